import Foundation

/// "altijd", "nooit", "steeds", "alle" are a claim only when nothing bounds them. Bounded, and so an observation:
/// a count in the clause ("vanochtend 3 keer", or ", 4 keer in tien minuten" right after), the span of the visit or a
/// stated period ("tijdens mijn bezoek", "van 8.30 tot 9.15"), a group just counted ("alle 3 de ramen"), or a question
/// the worker asked ("ik vroeg of hij altijd zo laat thuiskomt").
/// Silent: "in de 40 minuten dat ik er was belde hij steeds". Still a remark: "hij belt haar steeds".
struct CountedFrequencyRule: CoachRule {
    func apply(to context: inout CoachContext) {
        guard context.findings.contains(where: { context.category($0) == .generalisatie }) else { return }
        context.drop { context, item in
            context.category(item) == .generalisatie && isBounded(item, context)
        }
    }

    private func isBounded(_ item: RawFinding, _ context: CoachContext) -> Bool {
        let tokens = context.tokens
        let clause = context.clause(of: item.start)
        if counts(clause, context) { return true }
        // ", 4 keer in tien minuten": the next clause of the same sentence opens with a count.
        if clause.upperBound + 1 < tokens.count, tokens[clause.upperBound].sentence == tokens[item.start].sentence,
           context.isWord(clause.upperBound, of: "telwoord"), context.isWord(clause.upperBound + 1, of: "keer") {
            return true
        }
        // A counted group: "alle 3", "alle drie de kinderen".
        if item.end < tokens.count, context.isWord(item.end, of: "telwoord"), tokens[item.end].folded != "een" { return true }
        let sentence = context.sentence(of: item.start)
        // Inside a question the worker asked: the question word comes before the claim in the sentence.
        if (sentence.lowerBound..<item.start).contains(where: { context.isWord($0, of: "vraag") }) { return true }
        // The visit's span or a stated period bounds the whole sentence.
        if context.contains("begrensd", in: sentence) { return true }
        return (sentence.lowerBound..<(sentence.upperBound - 1)).contains { i in
            tokens[i].folded == "tot" && tokens[i + 1].folded.first?.isNumber == true
        }
    }

    /// Whether the clause holds a numeral followed by "keer" or "maal".
    private func counts(_ clause: Range<Int>, _ context: CoachContext) -> Bool {
        (clause.lowerBound..<max(clause.lowerBound, clause.upperBound - 1)).contains { i in
            context.isWord(i, of: "telwoord") && context.isWord(i + 1, of: "keer")
        }
    }
}
