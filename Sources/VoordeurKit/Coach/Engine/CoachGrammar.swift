import Foundation

/// The grammar's word classes (`[klasse naam]` in `Assets/coach.grammatica`), resolved once when the coach is built,
/// so a rule looks a class up by name. A class the files do not define is empty: the rule using it does nothing.
struct CoachGrammar: Sendable {
    private var classes: [String: PatternToken] = [:]
    private static let empty = PatternToken()
    /// The neutral senses, their classes resolved.
    private(set) var neutralSenses: [NeutralSense] = []

    init(_ lexicon: CoachLexicon) {
        for name in lexicon.classes.keys { classes[name] = lexicon.wordClass(name) }
        neutralSenses = lexicon.neutralSenses.map { sense in
            var resolved = sense
            let tokens = lexicon.resolved([sense.words, sense.cues, sense.unless])
            (resolved.words, resolved.cues, resolved.unless) = (tokens[0], tokens[1], tokens[2])
            return resolved
        }
    }

    subscript(name: String) -> PatternToken { classes[name] ?? Self.empty }
}
