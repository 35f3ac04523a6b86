import Foundation

/// "zou" reports what others claim ("hij zou haar slaan") only in a main clause or after "dat". In a clause of purpose,
/// condition or comparison ("zodat ik ze niet zou zien", "als hij zou bellen", "alsof hij zou vallen", "ik vroeg of ze
/// zou openen", "vroeg hoe laat ik klaar zou zijn") it is a plain conditional: no hearsay.
/// Silent: "ze hield de deur dicht zodat ik de kamer niet zou zien" (as hearsay; the purpose is another matter).
/// Still a remark: "de buurvrouw zegt dat hij haar zou slaan", "hij zou vaker drinken".
struct ConditionalWouldRule: CoachRule {
    private static let openers: Set<String> = ["zodat", "opdat", "als", "alsof", "of", "wanneer", "voordat", "totdat", "indien", "anders"]

    func apply(to context: inout CoachContext) {
        context.drop { context, item in
            guard context.category(item) == .horenZeggen,
                  let first = item.fixed.first, ["zou", "zouden"].contains(context.tokens[first].folded) else { return false }
            let clause = context.clause(of: first)
            if Self.openers.contains(context.tokens[clause.lowerBound].folded) { return true }
            // An indirect question: "vroeg hoe laat ik klaar zou zijn".
            let sentence = context.sentence(of: first)
            return (sentence.lowerBound..<first).contains { context.isWord($0, of: "vraag") }
        }
    }
}
