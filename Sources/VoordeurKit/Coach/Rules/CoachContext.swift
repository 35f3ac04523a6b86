import Foundation

/// What the rules read and change: one tokenised text, the patterns' findings so far, and the grammar's word classes.
struct CoachContext {
    let text: Tokenised
    let patterns: PatternSet
    let grammar: CoachGrammar
    let cardWords: CardWords
    var findings: [RawFinding]
    /// Token spans of phrases inside which nothing is flagged ("volgens de werkorder").
    var exceptionSpans: [Range<Int>]

    var tokens: [Tokenised.Token] { text.tokens }

    func category(_ finding: RawFinding) -> CoachCategory? { patterns.patterns[finding.pattern].category }

    /// The token range of the clause that holds token `position`.
    func clause(of position: Int) -> Range<Int> { span(of: position) { $0.clause } }

    /// The token range of the sentence that holds token `position`.
    func sentence(of position: Int) -> Range<Int> { span(of: position) { $0.sentence } }

    private func span(of position: Int, _ key: (Tokenised.Token) -> Int) -> Range<Int> {
        let tokens = text.tokens
        let value = key(tokens[position])
        var low = position
        while low > 0 && key(tokens[low - 1]) == value { low -= 1 }
        var high = position + 1
        while high < tokens.count && key(tokens[high]) == value { high += 1 }
        return low..<high
    }

    /// The punctuation that closes the sentence holding token `position` ("?", "!", "."), or nil at the end of the text.
    func closingMark(ofSentenceAt position: Int) -> Character? {
        let last = sentence(of: position).upperBound - 1
        let characters = text.characters
        var i = text.tokens[last].end
        while i < characters.count {
            let ch = characters[i]
            if ch == "?" || ch == "!" || ch == "." || ch == "\n" || ch == ";" || ch == "…" { return ch }
            i += 1
        }
        return nil
    }

    /// Whether a token in `range` belongs to word class `name`.
    func contains(_ name: String, in range: Range<Int>) -> Bool {
        let words = grammar[name]
        return text.tokens[range].contains { words.matches($0.folded) }
    }

    func isWord(_ position: Int, of name: String) -> Bool {
        position >= 0 && position < text.tokens.count && grammar[name].matches(text.tokens[position].folded)
    }

    /// Drops the findings for which `condition` holds; the condition reads the context as it was before.
    mutating func drop(where condition: (CoachContext, RawFinding) -> Bool) {
        let before = self
        findings.removeAll { condition(before, $0) }
    }
}
