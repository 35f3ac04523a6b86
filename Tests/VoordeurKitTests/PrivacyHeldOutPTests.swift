import XCTest
@testable import VoordeurKit

/// Set P: written for issue 22 by a helper that never read the scanner, in two files: ordinary personal data
/// (`-gewoon`, third round) and the special categories of AVG articles 9 and 10 (`-special`: origin, religion, health,
/// addiction, sexuality, politics, union, criminal data), each with as many sentences that must stay silent
/// (look-alikes: a Turkish shop, a church as a landmark, the worker's own back, a bruise without a diagnosis).
/// Measured once before the scanner changed; the figures are in the commit that added the sets, below and in
/// BENCHMARKS.md.
final class PrivacyHeldOutPTests: XCTestCase {
    func score(_ file: String, _ name: String) throws -> PrivacyQualityTests.Score {
        let score = try PrivacyQualityTests.score(file)
        print("privacy held-out \(name): \(score)")
        for miss in score.misses { print("  miss: \(miss)") }
        for alarm in score.falseAlarms { print("  alarm: \(alarm)") }
        XCTAssertGreaterThan(score.labels, 30)
        XCTAssertGreaterThan(score.clean, 30)
        return score
    }

    // Measured once before the scanner changed: ordinary recall 0.759 (63/83), false alarms 0.020 (1/50); special
    // recall 0.027 (2/74), false alarms 0.033 (2/60). After the changes of issue 22 (developed with these sets' misses
    // in view, so no longer unseen): 0.988 (82/83), 0.000 (0/50) and 0.986 (73/74), 0.000 (0/60). Held to the issue's
    // targets from now on.
    func testOrdinaryPersonalData() throws { try assertOrdinaryTargets("privacy-heldout-p-gewoon.tsv", "P ordinary") }

    func testSpecialCategories() throws { try assertSpecialTargets("privacy-heldout-p-special.tsv", "P special") }

    /// Issue 22's targets: ordinary personal data recall ≥ 0.97 with false alarms ≤ 0.02.
    private func assertOrdinaryTargets(_ file: String, _ name: String) throws {
        let score = try score(file, name)
        XCTAssertGreaterThanOrEqual(score.recall, 0.97, name)
        XCTAssertLessThanOrEqual(score.falseAlarmRate, 0.02, name)
    }

    /// Issue 22's targets: special categories recall ≥ 0.90 with false alarms ≤ 0.05.
    private func assertSpecialTargets(_ file: String, _ name: String) throws {
        let score = try score(file, name)
        XCTAssertGreaterThanOrEqual(score.recall, 0.90, name)
        XCTAssertLessThanOrEqual(score.falseAlarmRate, 0.05, name)
    }

    // Set Q, written in the seventh session by a helper that never saw the scanner, measured once before any change:
    // ordinary recall 0.920 (80/87), false alarms 0.000 (0/40); special recall 0.905 (67/74), false alarms 0.060
    // (3/50). Then developed on by class (names in parentheses or quotes after a person, a first name with particle
    // and surname, a street with ", nummer", a people's noun after a copula, party names with a suffix, recovery,
    // suspicion; a nationality on a product, the worker's own union context, a job at a prison): 0.977 (85/87),
    // 0.000 and 1.000 (74/74), 0.000. Held to the issue's targets.
    func testOrdinaryPersonalDataSetQ() throws { try assertOrdinaryTargets("privacy-heldout-q-gewoon.tsv", "Q ordinary") }

    func testSpecialCategoriesSetQ() throws { try assertSpecialTargets("privacy-heldout-q-special.tsv", "Q special") }

    // Set T, written in the eighth session by a helper that never saw the scanner, kept closed during the fixes by
    // class and measured once after them (BENCHMARKS.md): ordinary recall 0.824 (56/68), false alarms 0.000 (0/45);
    // special recall 0.877 (50/57), false alarms 0.040 (2/50). Then developed on by class (a first name after a
    // profession, in apposition, after "ene", called in quotes; a lowercase surname after a title before a verb or
    // double-barrelled; initials after "naam"; a house number with a letter before a lowercase street, a street
    // without a street word as a heading; common illnesses, illness abbreviations, origin in brackets after a person,
    // voting with the verb last, detention for an offence; an institution as a landmark, a care professional not
    // tied to a person): 1.000 (68/68), 0.000 and 1.000 (57/57), 0.000, no longer unseen. Held to the issue's targets.
    func testOrdinaryPersonalDataSetT() throws { try assertOrdinaryTargets("privacy-heldout-t-gewoon.tsv", "T ordinary") }

    func testSpecialCategoriesSetT() throws { try assertSpecialTargets("privacy-heldout-t-special.tsv", "T special") }

    // Set Z, written in the ninth session by a helper that never saw the scanner, measured once on the scanner after
    // set T's fixes (BENCHMARKS.md): ordinary recall 0.883 (68/77), false alarms 0.022 (1/45); special recall 0.878
    // (65/74), false alarms 0.060 (3/50). Then developed on by class (a name after an account-holder or contact
    // phrase, after "fam.", two titles or a speech verb before a title, after an abbreviated particle; care aids and
    // sense impairments, "aan de drank", places where drugs are grown; an institution, party or union building as a
    // landmark, a ticket number after "nr"): 1.000 and 0.000 on both, no longer unseen. Held to the issue's targets.
    func testOrdinaryPersonalDataSetZ() throws { try assertOrdinaryTargets("privacy-heldout-z-gewoon.tsv", "Z ordinary") }

    func testSpecialCategoriesSetZ() throws { try assertSpecialTargets("privacy-heldout-z-special.tsv", "Z special") }

    /// Sentences per class (class, sentence, labels), written by helpers that never saw the scanner, after the fixes
    /// they test: a sentence behaves when every label is found with its kind, or, without labels, nothing is found.
    /// R measured once when new: 44 of 55 (naam in brackets 1/5, people's nouns 3/5, jobs at a prison 3/5, the
    /// worker's own union 4/5, suspicion 4/5, recovery 4/5); after the fixes by class it holds at 53. S, written to
    /// check those fixes, measured once: 22 of 30 (people's nouns 5/5, names in brackets 4/5, jobs 4/5, own past 4/5,
    /// suspicion 3/5, recovery 2/5). Then fixed by class (a name in brackets or quotes after any punctuation, or
    /// unknown to the dictionary; recovery from addiction; suspicions, interrogations, trials; a job at a prison, the
    /// probation service or a care institution; the worker's own past, family and quoted speech): S 30, R 55. The
    /// engineer's own sentences of the same classes (`-eigen`, written with the fixes) hold at 35 of 35.
    func testClassSentences() throws {
        try checkClassSet("privacy-klassen-r.tsv", sentences: 55, floor: 55)
        try checkClassSet("privacy-klassen-s.tsv", sentences: 30, floor: Self.classFloorS)
        try checkClassSet("privacy-klassen-eigen.tsv", sentences: 35, floor: 35)
        try checkClassSet("privacy-klassen-u.tsv", sentences: 42, floor: Self.classFloorU)
        try checkClassSet("privacy-klassen-v.tsv", sentences: 50, floor: Self.classFloorV)
    }

    /// V, written to check set Z's fixes by class and measured once after them: 44 of 50 (names after a contact
    /// phrase 4/5, places where drugs are made 3/5, origins as workers spell them 4/5, buildings as landmarks 4/5, parts
    /// that look like health 4/5; the rest 5/5). Not developed on.
    static let classFloorV = 44

    /// U, written to check the fixes by class and measured once after them: 38 of 42 (names in brackets 6/7,
    /// suspicion 5/7, recovery 6/7, the rest 7/7). Then fixed by class what it showed (several names in one bracket,
    /// selling drugs, compounds of detention, recovery programmes): 42, no longer unseen.
    static let classFloorU = 42

    static let classFloorS = 30

    private func checkClassSet(_ file: String, sentences: Int, floor: Int) throws {
        Speller.shared.waitUntilLoaded()
        var good = 0, all = 0
        var bad: [String] = []
        for line in try PrivacyQualityTests.fixture(file).split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { continue }
            let text = parts[1]
            let labels = (parts.count > 2 ? parts[2] : "").components(separatedBy: " | ").compactMap { label -> (String, String)? in
                let kv = label.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return kv.count == 2 && !kv[0].isEmpty ? (kv[0], kv[1]) : nil
            }
            let found = PrivacyQualityTests.findings(text)
            let characters = Array(text)
            var ok = labels.isEmpty ? found.isEmpty : true
            for (kind, match) in labels {
                let target = Array(match)
                let starts = (0...max(0, characters.count - target.count)).filter { start in
                    start + target.count <= characters.count && Array(characters[start..<(start + target.count)]) == target
                }
                guard let start = starts.first else { ok = false; break }
                let span = start..<(start + target.count)
                if !found.contains(where: { PrivacyQualityTests.kindMatches($0.kind, kind) && $0.span.overlaps(span) }) { ok = false }
            }
            all += 1
            if ok { good += 1 } else { bad.append("\(parts[0]): \(text) → \(found.map(\.kind))") }
        }
        print("\(file): \(good)/\(all)")
        XCTAssertEqual(all, sentences, file)
        XCTAssertGreaterThanOrEqual(good, floor, bad.joined(separator: "\n"))
    }
}
