import Foundation
import VoordeurFormats

/// The signalenkaart's own words ("vuistafdrukken", "vernielde", "verwaarloosd huishouden"), so the coach can tell a
/// worker who names a signal in the card's words from one who judges: the first gets a tip with the signal's question.
struct CardWords: Sendable {
    /// Words of a signal's text too general to point to that signal.
    private static let general: Set<String> = [
        "kinderen", "woning", "huurder", "houding", "kleding", "contacten", "sociale", "afspraken", "schooltijd",
        "bijvoorbeeld", "gevolg", "verhaal", "overeen", "reparatieverzoek", "huisvestingsopties", "vanwege",
        "computer", "spullen", "toilet", "koelkast", "eigen", "financien", "lichamelijke", "thuis", "onder",
    ]
    /// Letters two forms of one word share: "vernield" and "vernielde", "vuistafdruk" and "vuistafdrukken".
    static let stemLength = 7

    /// The first signal per stem, for a lookup per word on every keystroke.
    private let byStem: [String: CardSignal]

    var isEmpty: Bool { byStem.isEmpty }

    init(card: Signalenkaart?) {
        var byStem: [String: CardSignal] = [:]
        for signal in card?.allSignals ?? [] {
            // Words in parentheses explain a signal ("(slachtoffer)", "(gevolg van geweld?)"): they are the card's
            // interpretation, not words a worker can see.
            var outside = ""
            var depth = 0
            for ch in signal.text {
                if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(ch) }
            }
            for word in outside.split(whereSeparator: { !$0.isLetter }) {
                let folded = DutchText.fold(String(word))
                guard folded.count >= 6, !Self.general.contains(folded) else { continue }
                let stem = String(folded.prefix(Self.stemLength))
                if byStem[stem] == nil { byStem[stem] = signal }
            }
        }
        self.byStem = byStem
    }

    /// The signal whose text holds this word, in any of its forms.
    func signal(for word: String) -> CardSignal? {
        guard word.count >= 6, !byStem.isEmpty else { return nil }
        return byStem[String(word.prefix(Self.stemLength))]
    }
}
