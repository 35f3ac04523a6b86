import Foundation

/// A worker who names a signal in the signalenkaart's own words ("in de deur zitten twee vuistafdrukken", "de
/// achterdeur is vernield") uses the words the program taught him: not an insult. A judgement, conclusion or vague word
/// that is a card word becomes a tip that asks the signal's own question. Feelings and diagnoses of others stay remarks,
/// whatever the card calls them.
/// The tip needs the observation beside it (a number, a perception word, a clause of detail); who did it stays a remark.
/// Tip: "de computer is vernield, het scherm is ingedeukt". Still a remark: "het huis is vervuild", "raam vernield
/// door de zoon", "ze zorgt slecht voor die man" (a person in the clause), "ze was bang" (emotie).
struct CardWordRule: CoachRule {
    func apply(to context: inout CoachContext) {
        guard !context.cardWords.isEmpty else { return }
        for index in context.findings.indices {
            let item = context.findings[index]
            guard item.level == .opmerking, let category = context.category(item),
                  [.conclusie, .oordeel, .vaag].contains(category) else { continue }
            // The card word first: it is rare, and the checks after it read the whole sentence.
            let words = context.cardWords, tokens = context.tokens
            guard let signal = item.fixed.lazy.compactMap({ words.signal(for: tokens[$0].folded) }).first else { continue }
            // Who did it is still a conclusion ("vernield door de zoon"), and a card word with nothing seen beside it
            // ("het huis is vervuild") still needs the observation: both keep their remark.
            // A card word said of a person in the clause ("ze zorgt slecht voor die man") judges that person.
            guard !context.clause(of: item.start).contains(where: { context.isWord($0, of: "persoon")
                                                                    || ["hij", "zij", "ze", "hem", "die"].contains(tokens[$0].folded) }),
                  hasDetail(beside: item, context) else { continue }
            context.findings[index].level = .tip
            context.findings[index].tip = "tip-kaartwoord"
            context.findings[index].cardSignal = signal
        }
    }

    /// The sentence says what was seen: a number, a perception word, or another clause without an opmerking.
    private func hasDetail(beside item: RawFinding, _ context: CoachContext) -> Bool {
        let tokens = context.tokens
        let sentence = context.sentence(of: item.start)
        let outside = sentence.filter { !(item.start..<item.end).contains($0) }
        if outside.contains(where: { tokens[$0].folded.first?.isNumber == true || context.isWord($0, of: "waarneming")
                                      || (context.isWord($0, of: "telwoord") && tokens[$0].folded != "een") }) {
            return true
        }
        let ownClause = tokens[item.start].clause
        let otherClauses = Set(outside.map { tokens[$0].clause }).subtracting([ownClause])
        return otherClauses.contains { clause in
            let words = outside.filter { tokens[$0].clause == clause }
            return words.count >= 2 && !context.findings.contains { finding in
                finding.level == .opmerking && words.contains { (finding.start..<finding.end).contains($0) }
            }
        }
    }
}
