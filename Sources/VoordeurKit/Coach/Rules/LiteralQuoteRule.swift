import Foundation

/// A speech verb followed by a literal quote gives the words and who said them: not hearsay.
/// Silent: `de buurvrouw zei: "ik hoor hem elke avond schreeuwen"`. Still a remark: "de buurvrouw zei dat hij schreeuwt".
struct LiteralQuoteRule: CoachRule {
    func apply(to context: inout CoachContext) {
        let text = context.text
        context.drop { context, item in
            context.category(item) == .horenZeggen
                && (text.quoteFollows(text.tokens[item.end - 1].end) || text.quoteLaterInSentence(after: item.end - 1))
        }
    }
}
