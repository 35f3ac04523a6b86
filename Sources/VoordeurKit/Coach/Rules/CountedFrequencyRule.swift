import Foundation

/// "altijd", "nooit", "steeds", "alle" are a claim only when nothing bounds them. Bounded, and so an observation:
/// a count in the clause ("vanochtend 3 keer", or ", 4 keer in tien minuten" right after), the span of the visit or a
/// stated period ("tijdens mijn bezoek", "van 8.30 tot 9.15"), a group just counted ("alle 3 de ramen"), or a question
/// the worker asked ("ik vroeg of hij altijd zo laat thuiskomt").
/// A repetition within a scene told in the past tense ("hij bleef de hele tijd in de deuropening staan", "ze keek
/// steeds naar de gang") is bounded by that scene, the visit; "altijd" and "nooit" reach beyond it and stay a claim.
/// Silent: "in de 40 minuten dat ik er was belde hij steeds". Still a remark: "hij belt haar steeds".
struct CountedFrequencyRule: CoachRule {
    /// Repetition words that can describe one scene; "altijd" and "nooit" cannot.
    private static let withinScene: Set<String> = ["steeds", "continu", "voortdurend", "constant", "telkens", "almaar",
                                                   "aldoor", "tijd", "onafgebroken", "aan", "stuk"]

    /// Words that say when a past scene happened, so that it was during the visit.
    private static let anchors: Set<String> = ["toen", "terwijl", "tijdens", "zolang", "als", "wanneer", "zodra"]

    /// Past forms of a posture: where someone was in front of the worker. Not a gaze: "hij keek aldoor naar buiten"
    /// stays a claim.
    private static let posture: Set<String> = ["zat", "zaten", "stond", "stonden", "lag", "lagen", "bleef", "bleven",
                                               "hield", "hielden"]

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
        // "vier keer aangebeld en iedere keer schoof het gordijn": each of the counted times.
        if item.fixed.contains(where: { ["elke", "iedere"].contains(tokens[$0].folded) }),
           counts(sentence.lowerBound..<item.start, context) || counts(item.end..<sentence.upperBound, context) { return true }
        // "elke keer dat ik iets vroeg", "telkens wanneer ik aanbelde": each time the worker did something, so during
        // the visit. Past tense only: "elke keer als ik kom" spans visits and stays a claim.
        if let conjunction = workerOccasion(item, context) {
            let ik = (conjunction + 1...min(conjunction + 2, tokens.count - 1)).first { tokens[$0].folded == "ik" }
            if let ik, (ik + 1..<min(ik + 6, context.clause(of: ik).upperBound)).contains(where: { isPast($0, context) }) {
                return true
            }
        }
        // "tussen 9:00 en 9:15": a stated period.
        if (sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound - 1)).contains(where: { i in
            tokens[i].folded == "tussen" && tokens[i + 1].folded.first?.isNumber == true
        }) { return true }
        // One scene in the past tense: the clause's verb is a past form and the word repeats within the scene.
        // "elke keer" belongs to the scene when the worker is in it: "keek elke keer naar haar man voordat ze antwoord
        // gaf op een vraag van mij".
        let withWorker = tokens[sentence].contains { DutchWords.firstPerson.contains($0.folded) }
        let everyTime = item.fixed.contains { ["elke", "iedere"].contains(tokens[$0].folded) }
            && item.fixed.contains { tokens[$0].folded == "keer" }
        if item.fixed.contains(where: { Self.withinScene.contains(tokens[$0].folded) }) || (everyTime && withWorker),
           !item.fixed.contains(where: { ["altijd", "nooit", "dag", "nacht", "week"].contains(tokens[$0].folded) }),
           everyTime || !item.fixed.contains(where: { ["elke", "iedere"].contains(tokens[$0].folded) }),
           context.contains("verleden", in: clause),
           // The scene is anchored: the worker is in the sentence, it says when ("toen", "terwijl", "als er geluid
           // was"), or its verb is a posture held in front of him ("mw zat de hele tijd met de baby op schoot").
           (withWorker || context.tokens[sentence].contains(where: { Self.anchors.contains($0.folded) })
            || context.tokens[clause].contains(where: { Self.posture.contains($0.folded) })) {
            return true
        }
        // Inside a question the worker asked: the question word comes before the claim in the sentence.
        if (sentence.lowerBound..<item.start).contains(where: { context.isWord($0, of: "vraag") }) { return true }
        // The visit's span or a stated period bounds the whole sentence.
        if context.contains("begrensd", in: sentence) { return true }
        return (sentence.lowerBound..<(sentence.upperBound - 1)).contains { i in
            tokens[i].folded == "tot" && tokens[i + 1].folded.first?.isNumber == true
        }
    }

    /// The "dat", "als", "wanneer" or "toen" right after "elke keer", "iedere keer", "telkens" or "steeds".
    private func workerOccasion(_ item: RawFinding, _ context: CoachContext) -> Int? {
        let tokens = context.tokens
        for i in item.fixed {
            var next = i + 1
            if ["elke", "iedere"].contains(tokens[i].folded) {
                guard next < tokens.count, tokens[next].folded == "keer" else { continue }
                next += 1
            } else if !["telkens", "steeds"].contains(tokens[i].folded) {
                continue
            }
            if next < tokens.count, ["dat", "als", "wanneer", "toen", "zodra"].contains(tokens[next].folded) { return next }
        }
        return nil
    }

    /// A past form: a listed one ("liep", "vroeg"), or a weak verb in -de or -te that follows no article ("aanbelde",
    /// "aanzette"; not "de grote kamer").
    private func isPast(_ i: Int, _ context: CoachContext) -> Bool {
        let word = context.tokens[i].folded
        if context.isWord(i, of: "verleden") { return true }
        guard word.count > 4, word.hasSuffix("de") || word.hasSuffix("te") || word.hasSuffix("den") || word.hasSuffix("ten")
        else { return false }
        return i == 0 || !["de", "het", "een", "die", "deze", "dat", "zijn", "haar", "mijn", "hun"].contains(context.tokens[i - 1].folded)
    }

    /// Whether the range holds a numeral followed by "keer" or "maal", or a count written "5x".
    private func counts(_ clause: Range<Int>, _ context: CoachContext) -> Bool {
        clause.contains { i in
            let word = context.tokens[i].folded
            if word.count >= 2, word.last == "x", word.dropLast().allSatisfy(\.isNumber) { return true }
            return i + 1 < clause.upperBound && context.isWord(i, of: "telwoord") && context.isWord(i + 1, of: "keer")
        }
    }
}
