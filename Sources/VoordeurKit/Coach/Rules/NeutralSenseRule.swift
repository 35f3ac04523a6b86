import Foundation

/// A remark needs the word's interpretive sense. When a cue of a neutral sense (`Assets/coach.betekenissen`) stands in
/// the clause or sentence and nothing rules it out, the coach is silent.
/// Silent: "er staat nog spanning op de lamp in de hal", "vermoedelijk is de pakking versleten".
/// Still a remark: "er hing een gespannen sfeer", "vermoedelijk heeft hij haar geslagen".
struct NeutralSenseRule: CoachRule {
    func apply(to context: inout CoachContext) {
        let senses = context.grammar.neutralSenses
        guard !senses.isEmpty else { return }
        let tokens = context.tokens
        context.drop { context, item in
            for sense in senses where item.fixed.contains(where: { sense.words.matches(tokens[$0].folded) }) {
                var range = sense.scope == .zin ? context.sentence(of: item.start) : context.clause(of: item.start)
                // "ik denk dat de pakking versleten is": the clause the guess is about follows its "dat".
                if sense.scope != .zin, range.upperBound < tokens.count, tokens[range.upperBound].folded == "dat",
                   tokens[range.upperBound].sentence == tokens[item.start].sentence {
                    range = range.lowerBound..<context.clause(of: range.upperBound).upperBound
                }
                // The cue must stand outside the finding; what rules the sense out counts inside it too:
                // "kapot door haar vriend" names a person whatever the finding's span.
                let outside = range.filter { !(item.start..<item.end).contains($0) }
                if outside.contains(where: { sense.cues.matches(tokens[$0].folded) }),
                   !range.contains(where: { sense.unless.matches(tokens[$0].folded) }) {
                    return true
                }
            }
            return false
        }
    }
}
