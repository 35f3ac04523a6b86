import Foundation

/// The worker's own experience, in any words, is never a remark: it belongs in the note, labelled as his concern.
/// A feeling, a vague impression or an experience word ("eng", "benauwd", "creepy") in a clause about the worker
/// alone ("ik vond het …", "ik voelde me …", "ik had er een … gevoel bij", "kreeg er kippenvel van") is dropped; a
/// clause that names someone else keeps its remark, and so do a judgement of the home, a guess ("ik denk dat") and
/// a vague amount in what he saw ("ik zag veel plekken"). Patterns marked `@eigen` are dropped the same way.
/// Silent: "ik had er een naar gevoel bij". Still a remark: "ik vond hem agressief", "ze was bang".
struct OwnExperienceRule: CoachRule {
    private static let prepositions: Set<String> = ["met", "bij", "naast", "tegen", "van", "voor", "aan", "naar", "over",
                                                    "zonder", "achter", "tegenover"]

    func apply(to context: inout CoachContext) {
        context.drop { context, item in
            let pattern = context.patterns.patterns[item.pattern]
            let experienceWord = item.fixed.contains { context.isWord($0, of: "beleving") }
            let clause = context.clause(of: item.start)
            let experienceVerb = context.contains("beleven", in: clause)
            let qualifies: Bool
            switch pattern.category {
            case .emotie?: qualifies = true
            case .vaag?: qualifies = experienceWord || experienceVerb
            case .oordeel?: qualifies = experienceWord || Self.followsFindingFrame(item, context)
            default: qualifies = false
            }
            guard pattern.exemptForWorker || qualifies else { return false }
            return isAboutWorkerAlone(item, clause: clause, experienceVerb: experienceVerb, context)
        }
    }

    /// The clause names the worker, or has an experience verb and no subject in a sentence that names him; and it
    /// names no one else.
    /// "ik vond het zielig", "vind het echt heftig": the worker's finding about the situation ("het"), whatever the
    /// adjective; "ik vond hem agressief" or "vond het huis vies" name someone or something and keep their remark.
    private static func followsFindingFrame(_ item: RawFinding, _ context: CoachContext) -> Bool {
        var i = item.start - 1
        while i >= 0 && ["heel", "erg", "echt", "best", "wel", "zo", "nogal", "ook", "toch", "gewoon", "super"].contains(context.tokens[i].folded) {
            i -= 1
        }
        guard i >= 1, context.tokens[i].folded == "het" else { return false }
        return ["vind", "vond", "vonden", "vinden"].contains(context.tokens[i - 1].folded)
    }

    private func isAboutWorkerAlone(_ item: RawFinding, clause: Range<Int>, experienceVerb: Bool, _ context: CoachContext) -> Bool {
        var worker = false
        for i in clause {
            let word = context.tokens[i].folded
            // A person after a preposition is company, not the subject: "om daar met dhr alleen te staan".
            let company = i > clause.lowerBound && Self.prepositions.contains(context.tokens[i - 1].folded)
            if !company, DutchWords.thirdPerson.contains(word) || (context.isWord(i, of: "persoon") && !(item.start..<item.end).contains(i)) {
                return false
            }
            // "mijn hart ging tekeer": his own body.
            if DutchWords.firstPerson.contains(word) || DutchWords.firstPersonPossessive.contains(word) { worker = true }
        }
        if worker { return true }
        guard experienceVerb else { return false }
        // "kreeg er kippenvel van", "had er een naar gevoel bij": notes drop the "ik" that opens a clause.
        return context.isWord(clause.lowerBound, of: "beleven")
            || context.sentence(of: item.start).contains { DutchWords.firstPerson.contains(context.tokens[$0].folded) }
    }
}
