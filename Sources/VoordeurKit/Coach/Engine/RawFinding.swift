import Foundation
import VoordeurFormats

/// A pattern's match while the rules still weigh it: token positions, not yet text.
struct RawFinding {
    var start: Int
    var end: Int
    var pattern: Int
    /// Token indices matched by the pattern's own words (not by a gap).
    var fixed: [Int]
    var level: CoachLevel = .opmerking
    /// For a tip: the key of its text in `[teksten]` (`tip-letterlijk`), replacing the category's texts.
    var tip: String?
    /// For a card-word tip: the signal whose words the worker used; its hint is the tip's question.
    var cardSignal: CardSignal?
}
