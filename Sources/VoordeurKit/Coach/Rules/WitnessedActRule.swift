import Foundation

/// Who did something ("door haar zoon") is a conclusion only when the worker did not see it happen. When the sentence says he witnessed
/// the act itself ("…, dat zag ik vanaf de trap", "ik zag hoe …", "ik hoorde hoe …"), the actor of a passive
/// ("werd door haar zoon opengedaan") is an observation. Seeing the result is not seeing the act: "ik zag dat de deur
/// was ingetrapt door haar man" keeps its remark.
/// Silent: "de voordeur werd door haar zoon opengedaan, dat zag ik". Still a remark: "de deur is ingetrapt door haar man".
struct WitnessedActRule: CoachRule {
    private static let seeing: Set<String> = ["zag", "zagen", "hoorde", "hoorden", "gezien", "gehoord"]
    private static let backReference: Set<String> = ["dat", "dit", "wat", "het", "alles"]

    func apply(to context: inout CoachContext) {
        context.drop { context, item in
            context.category(item) == .conclusie && item.fixed.contains { context.tokens[$0].folded == "door" }
                && witnessed(item, context)
        }
    }

    private func witnessed(_ item: RawFinding, _ context: CoachContext) -> Bool {
        let tokens = context.tokens
        let sentence = context.sentence(of: item.start)
        func word(_ i: Int) -> String { sentence.contains(i) ? tokens[i].folded : "" }
        // "…, dat zag ik", "dat heb ik gezien": a back-reference to the act, later in the sentence, with the worker.
        for i in item.end..<sentence.upperBound where Self.backReference.contains(word(i)) {
            let next = [word(i + 1), word(i + 2), word(i + 3)]
            if next.contains(where: DutchWords.firstPerson.contains) && next.contains(where: Self.seeing.contains) { return true }
        }
        // "ik zag hoe …", "ik heb gezien hoe …" before it.
        for i in sentence.lowerBound..<item.start where word(i) == "hoe" {
            let before = [word(i - 1), word(i - 2), word(i - 3)]
            if before.contains(where: DutchWords.firstPerson.contains) && before.contains(where: Self.seeing.contains) { return true }
        }
        return false
    }
}
