import XCTest
@testable import VoordeurKit

/// Measurement on text the coach was not written against: whole descriptions as workers type them, and single
/// sentences, both written by someone who never saw the coach (`Fixtures/coach-heldout-*`), plus the developers'
/// own description set (`coach-beschrijvingen-ontwikkel.txt`). It prints the figures; see BENCHMARKS.md.
///
///     swift test --skip-build --filter CoachHeldOutTests
///
/// Description format: the text (one or more lines), then one line per labelled phrase `@ categorie | phrase`,
/// or `@ objectief` for a text that should get no remark at all; descriptions are separated by `---`.
///
/// Issue 19 redefined two kinds of phrase the older sets (A to M) label as remarks: what the person the worker talks to
/// says to him ("mevrouw zei dat …") is first-hand, a tip at most, and the words inside it are hers. The floors of
/// C, D, E, G, I, J, L and M were lowered to what the coach of issue 19 catches; the difference is those phrases.
final class CoachHeldOutTests: XCTestCase {
    struct Description {
        var text: String
        var labels: [(category: String, phrase: String)]
        var objective: Bool
    }

    struct DescriptionScore {
        var phrases = 0, caught = 0, rightCategory = 0, objective = 0, objectiveClean = 0, descriptions = 0
        var extraRemarks = 0
        /// Clauses (cut at punctuation and line ends) that hold no labelled phrase, and how many of those got a remark.
        var cleanClauses = 0, cleanClausesFlagged = 0
        var falseFlagRate: Double { Double(cleanClausesFlagged) / Double(max(cleanClauses, 1)) }
        var objectiveCleanRate: Double { Double(objectiveClean) / Double(max(objective, 1)) }
        var misses: [String] = [], wrong: [String] = [], alarms: [String] = [], notFound: [String] = []
        var recall: Double { Double(caught) / Double(max(phrases, 1)) }
        /// Of the phrases caught, how many by a finding of the labelled category.
        var rightOfCaught: Double { Double(rightCategory) / Double(max(caught, 1)) }
        var rightOfAll: Double { Double(rightCategory) / Double(max(phrases, 1)) }
    }

    static func fixture(_ name: String) throws -> String {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil), name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func descriptions(_ name: String) throws -> [Description] {
        var result: [Description] = []
        for block in try fixture(name).components(separatedBy: "\n---") {
            var text: [String] = []
            var labels: [(String, String)] = []
            var objective = false
            for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix("#") { continue }
                if line.hasPrefix("@") {
                    let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                    if body == "objectief" { objective = true; continue }
                    let parts = body.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if parts.count == 2 { labels.append((parts[0], parts[1])) }
                } else {
                    text.append(String(line))
                }
            }
            if text.isEmpty { continue }
            result.append(Description(text: text.joined(separator: "\n"), labels: labels, objective: objective))
        }
        return result
    }

    /// Finds `phrase` in `text` (case-insensitive) as a Character range.
    static func locate(_ phrase: String, in text: String) -> Range<Int>? {
        let chars = Array(text.lowercased())
        let target = Array(phrase.lowercased())
        guard !target.isEmpty, target.count <= chars.count else { return nil }
        for start in 0...(chars.count - target.count) where Array(chars[start..<(start + target.count)]) == target {
            return start..<(start + target.count)
        }
        return nil
    }

    /// The clauses of `text` as Character ranges: cut at . , ; : ! ? and line ends.
    static func clauses(_ text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let chars = Array(text)
        for (i, ch) in chars.enumerated() where ".,;:!?\n".contains(ch) {
            if chars[start..<i].contains(where: { $0.isLetter }) { result.append(start..<i) }
            start = i + 1
        }
        if chars[start...].contains(where: { $0.isLetter }) { result.append(start..<chars.count) }
        return result
    }

    static func scoreDescriptions(_ name: String, coach: Coach) throws -> DescriptionScore {
        var score = DescriptionScore()
        for description in try descriptions(name) {
            score.descriptions += 1
            let findings = coach.analyse(description.text).findings
            let labelled = description.labels.compactMap { locate($0.phrase, in: description.text) }
            for clause in clauses(description.text) where !labelled.contains(where: { $0.overlaps(clause) }) {
                score.cleanClauses += 1
                if findings.contains(where: { ($0.start..<$0.end).overlaps(clause) }) { score.cleanClausesFlagged += 1 }
            }
            if description.objective {
                score.objective += 1
                if findings.isEmpty { score.objectiveClean += 1 } else {
                    score.alarms.append(findings.map { "\($0.category.name):\($0.match)" }.joined(separator: ", ")
                                        + "  ← " + String(description.text.prefix(70)))
                }
                continue
            }
            var covered = Set<Int>()
            for label in description.labels {
                score.phrases += 1
                guard let span = locate(label.phrase, in: description.text) else {
                    score.notFound.append(label.phrase); score.misses.append(label.phrase); continue
                }
                let overlapping = findings.indices.filter { findings[$0].start < span.upperBound && span.lowerBound < findings[$0].end }
                covered.formUnion(overlapping)
                if overlapping.isEmpty { score.misses.append("\(label.category): \(label.phrase)"); continue }
                score.caught += 1
                if overlapping.contains(where: { findings[$0].category.name == label.category }) {
                    score.rightCategory += 1
                } else {
                    score.wrong.append("\(label.category) ≠ \(overlapping.map { findings[$0].category.name }): \(label.phrase)")
                }
            }
            score.extraRemarks += findings.indices.filter { !covered.contains($0) }.count
        }
        return score
    }

    struct SentenceScore {
        var interpretive = 0, flagged = 0, objective = 0, objectiveFlagged = 0, rightCategory = 0
        var misses: [String] = [], alarms: [String] = []
        var recall: Double { Double(flagged) / Double(max(interpretive, 1)) }
        var objectiveFlaggedRate: Double { Double(objectiveFlagged) / Double(max(objective, 1)) }
    }

    static func scoreSentences(_ name: String, coach: Coach) throws -> SentenceScore {
        var score = SentenceScore()
        for line in try fixture(name).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let findings = coach.analyse(parts[1]).findings
            if parts[0] == "objectief" {
                score.objective += 1
                if !findings.isEmpty {
                    score.objectiveFlagged += 1
                    score.alarms.append(findings.map { "\($0.category.name):\($0.match)" }.joined(separator: ", ") + "  ← " + parts[1])
                }
            } else {
                score.interpretive += 1
                if findings.isEmpty { score.misses.append("\(parts[0]): \(parts[1])") } else { score.flagged += 1 }
                if findings.contains(where: { $0.category.name == parts[0] }) { score.rightCategory += 1 }
            }
        }
        return score
    }

    static func report(_ name: String, _ s: DescriptionScore, verbose: Bool) -> String {
        var out = String(format: "%@: %d descriptions, %d labelled phrases; recall %.3f (%d/%d); right category %.3f of caught (%d/%d), %.3f of all; objective descriptions without remark %d/%d; remarks outside labelled phrases %d; clean clauses flagged %.3f (%d/%d)",
                         name, s.descriptions, s.phrases, s.recall, s.caught, s.phrases, s.rightOfCaught, s.rightCategory, s.caught,
                         s.rightOfAll, s.objectiveClean, s.objective, s.extraRemarks, s.falseFlagRate, s.cleanClausesFlagged, s.cleanClauses)
        if verbose {
            for miss in s.misses { out += "\n  missed: \(miss)" }
            for wrong in s.wrong { out += "\n  category: \(wrong)" }
            for alarm in s.alarms { out += "\n  objective flagged: \(alarm)" }
            for phrase in s.notFound { out += "\n  phrase not in text: \(phrase)" }
        }
        return out
    }

    static func report(_ name: String, _ s: SentenceScore, verbose: Bool) -> String {
        var out = String(format: "%@: %d interpretive, %d objective; recall %.3f (%d/%d), right category %d/%d, objective flagged %.3f (%d/%d)",
                         name, s.interpretive, s.objective, s.recall, s.flagged, s.interpretive, s.rightCategory, s.interpretive,
                         s.objectiveFlaggedRate, s.objectiveFlagged, s.objective)
        if verbose {
            for miss in s.misses { out += "\n  missed: \(miss)" }
            for alarm in s.alarms { out += "\n  objective flagged: \(alarm)" }
        }
        return out
    }

    var verbose: Bool { ProcessInfo.processInfo.environment["VOORDEUR_COACH_VERBOSE"] != nil }

    /// The coach without any dictionary: only typo matching is lost.
    /// The figures without the dictionary are printed only with VOORDEUR_COACH_VERBOSE: a second pass over every set
    /// doubles the time and asserts nothing.
    static let noDictionary = Coach(speller: Speller(affix: "/nonexistent/nl.aff", dictionary: "/nonexistent/nl.dic"))

    func testHeldOutDescriptions() throws {
        let s = try Self.scoreDescriptions("coach-heldout-descriptions-a.txt", coach: Coach())
        print(Self.report("held-out descriptions (a)", s, verbose: verbose))
        if verbose { print(Self.report("held-out descriptions (a), no dictionary",
                          try Self.scoreDescriptions("coach-heldout-descriptions-a.txt", coach: Self.noDictionary), verbose: false)) }
        XCTAssertGreaterThanOrEqual(s.descriptions, 50)
        // The issue's targets, reached on this set (which has since been used for development).
        XCTAssertGreaterThanOrEqual(s.recall, 0.9, "missed: \(s.misses)")
        XCTAssertGreaterThanOrEqual(s.rightOfCaught, 0.85, "\(s.wrong)")
        XCTAssertGreaterThanOrEqual(Double(s.objectiveClean) / Double(s.objective), 13.0 / 15.0, "\(s.alarms)")
    }

    func testDevelopmentDescriptions() throws {
        let s = try Self.scoreDescriptions("coach-beschrijvingen-ontwikkel.txt", coach: Coach())
        print(Self.report("development descriptions", s, verbose: verbose))
        XCTAssertGreaterThanOrEqual(s.descriptions, 25)
        XCTAssertGreaterThanOrEqual(s.recall, 0.9, "missed: \(s.misses)")
        XCTAssertEqual(s.objectiveClean, s.objective, "\(s.alarms)")
    }

    func testHeldOutSentences() throws {
        let s = try Self.scoreSentences("coach-heldout-sentences.tsv", coach: Coach())
        print(Self.report("held-out sentences", s, verbose: verbose))
        if verbose { print(Self.report("held-out sentences, no dictionary",
                          try Self.scoreSentences("coach-heldout-sentences.tsv", coach: Self.noDictionary), verbose: false)) }
        XCTAssertGreaterThanOrEqual(s.interpretive + s.objective, 100)
        XCTAssertGreaterThanOrEqual(s.recall, 0.97, "missed: \(s.misses)")
        XCTAssertLessThanOrEqual(s.objectiveFlaggedRate, 0.03, "\(s.alarms)")
    }

    /// Scores a description set with and without the dictionary, prints both, and returns the score with it.
    func scoreAndPrint(_ file: String, _ name: String) throws -> DescriptionScore {
        let s = try Self.scoreDescriptions(file, coach: Coach())
        print(Self.report(name, s, verbose: true))
        if verbose { print(Self.report("\(name), no dictionary", try Self.scoreDescriptions(file, coach: Self.noDictionary), verbose: false)) }
        return s
    }

    /// Set `name`'s descriptions (`coach-heldout-descriptions-NAME.txt`): its size, and its floors.
    func checkDescriptions(_ name: String, descriptions: Int, objective: Int, phrases: Int, caught: Int, objectiveClean: Int,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let s = try scoreAndPrint("coach-heldout-descriptions-\(name).txt", "held-out descriptions (\(name))")
        XCTAssertEqual([s.descriptions, s.objective, s.phrases], [descriptions, objective, phrases], file: file, line: line)
        XCTAssertGreaterThanOrEqual(s.caught, caught, "missed: \(s.misses)", file: file, line: line)
        XCTAssertEqual(s.objectiveClean, objectiveClean, "\(s.alarms)", file: file, line: line)
    }

    /// Set `name`'s sentences (`coach-heldout-sentences-NAME.tsv`), with and without the dictionary: size and floors.
    func checkSentences(_ name: String, interpretive: Int, objective: Int, flagged: Int, objectiveFlagged: Int,
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let s = try Self.scoreSentences("coach-heldout-sentences-\(name).tsv", coach: Coach())
        print(Self.report("held-out sentences (\(name))", s, verbose: true))
        if verbose {
            print(Self.report("held-out sentences (\(name)), no dictionary",
                              try Self.scoreSentences("coach-heldout-sentences-\(name).tsv", coach: Self.noDictionary), verbose: false))
        }
        XCTAssertEqual([s.interpretive, s.objective], [interpretive, objective], file: file, line: line)
        XCTAssertGreaterThanOrEqual(s.flagged, flagged, "missed: \(s.misses)", file: file, line: line)
        XCTAssertEqual(s.objectiveFlagged, objectiveFlagged, "\(s.alarms)", file: file, line: line)
    }

    /// Set B: written with set A by someone who never saw the coach, kept closed while the coach was developed,
    /// measured once on the finished coach (recall 0.792, figures in BENCHMARKS.md). Its misses were then fixed
    /// by class, so it is development data now and these targets are no longer a measurement on unseen text.
    func testHeldOutDescriptionsB() throws {
        let s = try scoreAndPrint("coach-heldout-descriptions-b.txt", "held-out descriptions (b)")
        XCTAssertGreaterThanOrEqual(s.descriptions, 25)
        XCTAssertGreaterThanOrEqual(s.recall, 0.9, "missed: \(s.misses)")
        XCTAssertEqual(s.objective, 12)
        XCTAssertEqual(s.objectiveClean, 12, "\(s.alarms)")
    }

    /// Set C: written at the end of the second session by a helper that saw neither the coach nor the other sets,
    /// measured once on that coach: recall 0.750 (54/72), 16 of 17 objective descriptions clean (BENCHMARKS.md). Its
    /// misses were then fixed by class (third session: 68/72, 17/17); that is held as a floor. Issue 19 made what the
    /// person present said to the worker an observation with a tip (class 1), and a card word beside what was seen a
    /// tip (class 5); C labels "zegt dat ze het zelf gedaan heeft" and "verwaarloosd … stonk" as remarks: 66 since.
    func testHeldOutDescriptionsC() throws {
        let s = try scoreAndPrint("coach-heldout-descriptions-c.txt", "held-out descriptions (c)")
        XCTAssertGreaterThanOrEqual(s.descriptions, 30)
        XCTAssertGreaterThanOrEqual(s.caught, 66, "missed: \(s.misses)")
        XCTAssertEqual(s.objectiveClean, 17, "\(s.alarms)")
    }

    /// Set D: written at the start of the third session by a helper that saw neither the coach nor the other sets,
    /// measured once before the coach was changed for it: recall 0.784 (58/74), 13 of 15 objective descriptions clean.
    /// Then a development set (73/74, 14/15); that is held as a floor.
    func testHeldOutDescriptionsD() throws {
        let s = try scoreAndPrint("coach-heldout-descriptions-d.txt", "held-out descriptions (d)")
        XCTAssertEqual(s.descriptions, 45)
        XCTAssertEqual(s.objective, 15)
        XCTAssertEqual(s.phrases, 74)
        XCTAssertGreaterThanOrEqual(s.caught, 68, "missed: \(s.misses)")
        XCTAssertGreaterThanOrEqual(s.objectiveClean, 14, "\(s.alarms)")
    }

    /// Set E: written at the start of the third session by another helper that saw neither the coach nor any set,
    /// kept closed while the coach was changed, and measured once on the finished coach: recall 0.909 (50/55), right
    /// category 0.940 of caught, 10 of 10 objective descriptions clean (BENCHMARKS.md). Held as a floor; its misses
    /// were left as they are, so the figure stays the one measured.
    func testHeldOutDescriptionsE() throws {
        let s = try scoreAndPrint("coach-heldout-descriptions-e.txt", "held-out descriptions (e)")
        XCTAssertEqual(s.descriptions, 30)
        XCTAssertEqual(s.objective, 10)
        XCTAssertGreaterThanOrEqual(s.caught, 53, "missed: \(s.misses)")
        XCTAssertEqual(s.objectiveClean, 10, "\(s.alarms)")
    }

    /// Set F: 180 single sentences (105 interpretive, 75 objective) written in the third session by a helper that saw
    /// neither the coach nor any set, measured once on the coach after the third round: recall 0.829 (87/105), 5 of 75
    /// objective sentences flagged (BENCHMARKS.md). Then a development set (fourth round); that is held as a floor.
    func testHeldOutSentencesF() throws {
        let s = try Self.scoreSentences("coach-heldout-sentences-f.tsv", coach: Coach())
        print(Self.report("held-out sentences (f)", s, verbose: true))
        if verbose { print(Self.report("held-out sentences (f), no dictionary",
                          try Self.scoreSentences("coach-heldout-sentences-f.tsv", coach: Self.noDictionary), verbose: false)) }
        XCTAssertEqual(s.interpretive, 105)
        XCTAssertEqual(s.objective, 75)
        XCTAssertGreaterThanOrEqual(s.recall, 0.97, "missed: \(s.misses)")
        XCTAssertEqual(s.objectiveFlagged, 0, "\(s.alarms)")
    }

    /// Sets G (150 single sentences) and H (25 descriptions): written in the third session by a helper that saw neither
    /// the coach nor any set, kept closed while the coach was changed, measured once on the finished coach
    /// (BENCHMARKS.md): G recall 0.864 (76/88), 0 of 62 objective sentences flagged; H recall 0.863 (44/51), right
    /// category 40/44, 7 of 8 objective descriptions clean. Held as floors. In the fifth round the broad vocabulary
    /// (written by a helper that saw no set) raised them to G 84/88 and H 46/51; some of E's and H's misses were then
    /// read and fixed by class, so E and H are development data now. The honest figure of that round is set J's.
    func testHeldOutSentencesG() throws {
        let s = try Self.scoreSentences("coach-heldout-sentences-g.tsv", coach: Coach())
        print(Self.report("held-out sentences (g)", s, verbose: true))
        if verbose { print(Self.report("held-out sentences (g), no dictionary",
                          try Self.scoreSentences("coach-heldout-sentences-g.tsv", coach: Self.noDictionary), verbose: false)) }
        XCTAssertEqual(s.interpretive, 88)
        XCTAssertEqual(s.objective, 62)
        XCTAssertGreaterThanOrEqual(s.flagged, 83, "missed: \(s.misses)")
        XCTAssertEqual(s.objectiveFlagged, 0, "\(s.alarms)")
    }

    func testHeldOutDescriptionsH() throws {
        let s = try scoreAndPrint("coach-heldout-descriptions-h.txt", "held-out descriptions (h)")
        XCTAssertEqual(s.descriptions, 25)
        XCTAssertEqual(s.objective, 8)
        XCTAssertGreaterThanOrEqual(s.caught, 46, "missed: \(s.misses)")
        XCTAssertGreaterThanOrEqual(s.objectiveClean, 7, "\(s.alarms)")
    }
    /// Sets I (60 descriptions, 150 sentences): written at the start of the fourth session by a helper that saw neither
    /// the coach nor any set, measured once before the coach was changed for them: descriptions recall 0.638 (67/105),
    /// 15 of 16 objective clean; sentences recall 0.773 (68/88), 1 of 62 objective flagged (BENCHMARKS.md). Then a
    /// development set (fifth round: the broad vocabulary, then fixes by class); that is held as a floor.
    func testHeldOutDescriptionsI() throws {
        try checkDescriptions("i", descriptions: 60, objective: 16, phrases: 105, caught: 98, objectiveClean: 16)
    }

    func testHeldOutSentencesI() throws {
        try checkSentences("i", interpretive: 88, objective: 62, flagged: 84, objectiveFlagged: 0)
    }

    /// Sets J (25 descriptions, 100 sentences): written at the start of the fourth session by a helper that saw neither
    /// the coach nor any set, kept closed while the coach was changed, measured once on the finished fifth round:
    /// descriptions recall 0.770 (47/61), right category 44/47, 7 of 8 objective clean; sentences recall 0.867 (52/60),
    /// 0 of 40 objective flagged (BENCHMARKS.md). Then a development set (sixth round); that is held as a floor.
    func testHeldOutDescriptionsJ() throws {
        try checkDescriptions("j", descriptions: 25, objective: 8, phrases: 61, caught: 49, objectiveClean: 8)
    }

    func testHeldOutSentencesJ() throws {
        try checkSentences("j", interpretive: 60, objective: 40, flagged: 59, objectiveFlagged: 0)
    }
    /// Sets K (15 descriptions, 60 sentences): written in the fourth session by a helper that saw neither the coach nor
    /// any set, kept closed until the end and measured once on the finished coach: descriptions recall 0.880 (22/25),
    /// right category 21/22, 5 of 5 objective clean; sentences recall 0.861 (31/36), 1 of 24 objective flagged
    /// (BENCHMARKS.md). Then a development set (seventh round); that is held as a floor.
    func testHeldOutDescriptionsK() throws {
        try checkDescriptions("k", descriptions: 15, objective: 5, phrases: 25, caught: 24, objectiveClean: 5)
    }

    func testHeldOutSentencesK() throws {
        try checkSentences("k", interpretive: 36, objective: 24, flagged: 36, objectiveFlagged: 0)
    }
    /// Sets L (20 descriptions, 80 sentences): written in the fourth session by a helper that saw neither the coach nor
    /// any set, kept closed until the end and measured once on the finished coach (after the seventh round):
    /// descriptions recall 0.844 (38/45), right category 36/38, 6 of 6 objective clean; sentences recall 0.979
    /// (47/48), 0 of 32 objective flagged (BENCHMARKS.md). Then a development set (eighth round); that is held as a
    /// floor.
    func testHeldOutDescriptionsL() throws {
        try checkDescriptions("l", descriptions: 20, objective: 6, phrases: 45, caught: 44, objectiveClean: 6)
    }

    func testHeldOutSentencesL() throws {
        try checkSentences("l", interpretive: 48, objective: 32, flagged: 48, objectiveFlagged: 0)
    }
    /// Sets M (25 descriptions, 80 sentences): written in the fourth session by a helper that saw neither the coach nor
    /// any set, kept closed until the end and measured once on the finished coach: descriptions recall 0.952 (40/42),
    /// right category 38/40, 7 of 8 objective clean; sentences recall 1.000 (48/48), 1 of 32 objective flagged
    /// (BENCHMARKS.md). Held at the measured figures, with one change made after the measurement: the remark on the
    /// worker's own "ik vond het eng" in an objective description was a class of false alarm (the exception for "ik vond
    /// het …" asked for "om", "dat" or "te" after it), fixed by class; the misses are left as they are.
    func testHeldOutDescriptionsM() throws {
        try checkDescriptions("m", descriptions: 25, objective: 8, phrases: 42, caught: 39, objectiveClean: 8)
    }

    func testHeldOutSentencesM() throws {
        try checkSentences("m", interpretive: 48, objective: 32, flagged: 48, objectiveFlagged: 1)
    }

    /// Sets N and O (60 descriptions and 170 sentences each), written in the sixth session by two helpers that saw
    /// neither the coach nor any set, each with 30 fully objective descriptions. N was measured once before issue 19's
    /// changes (descriptions recall 0.885, 15 of 30 objective clean, 9.4 % of clean clauses flagged; sentences recall
    /// 0.912, 27 of 90 objective flagged) and then used for development. O was kept closed and measured once on the
    /// finished coach: descriptions recall 0.938, right category 0.908 of all, 25 of 30 objective clean, 2.9 % of
    /// clean clauses flagged; sentences recall 0.963, 2 of 90 objective flagged. Both held at the figures after the
    /// seventh session's class fixes (O: 62 caught, 27 of 30 objective clean; sentences 79 of 80, 1 of 90 objective flagged).
    func testHeldOutSetsNO() throws {
        try checkDescriptions("n", descriptions: 60, objective: 30, phrases: 61, caught: 56, objectiveClean: 29)
        try checkSentences("n", interpretive: 80, objective: 90, flagged: 77, objectiveFlagged: 0)
        try checkDescriptions("o", descriptions: 60, objective: 30, phrases: 65, caught: 62, objectiveClean: 27)
        try checkSentences("o", interpretive: 80, objective: 90, flagged: 79, objectiveFlagged: 1)
    }

    /// Set Q (60 descriptions, 34 of them fully objective, and 100 sentences), written by a helper that saw neither the
    /// coach nor any set, kept closed through the seventh session's work on issue 19 and measured once at its end:
    /// descriptions recall 0.927, right category 0.836 of all, 32 of 34 objective clean, 1.4 % of clean clauses
    /// flagged; sentences recall 0.920, 1 of 50 objective flagged. Held at those figures, raised where the eighth
    /// session's fixes by class did better (sentences 48 caught, 0 objective flagged).
    func testHeldOutSetQ() throws {
        try checkDescriptions("q", descriptions: 60, objective: 34, phrases: 55, caught: 51, objectiveClean: 32)
        try checkSentences("q", interpretive: 50, objective: 50, flagged: 48, objectiveFlagged: 0)
    }

    /// Issue 19's sets U and V (measured once before the changes they led to: U descriptions recall 0.881, 25 of 31
    /// objective clean; V 0.909, 26 of 32), then used for development; held at the figures after it.
    func testHeldOutSetsUV() throws {
        try checkDescriptions("u", descriptions: 60, objective: 31, phrases: 59, caught: 56, objectiveClean: 30)
        try checkSentences("u", interpretive: 60, objective: 60, flagged: 60, objectiveFlagged: 0)
        try checkDescriptions("v", descriptions: 60, objective: 32, phrases: 55, caught: 54, objectiveClean: 31)
        try checkSentences("v", interpretive: 60, objective: 60, flagged: 59, objectiveFlagged: 0)
    }

    /// Issue 19's closed sets, measured once at the end (BENCHMARKS.md): Z descriptions recall 0.941, 28 of 31 objective
    /// clean; Z sentences 0.917, 1 of 60 objective flagged; AC sentences 0.967, 1 of 60. Both were then used for
    /// development (AD, 0.925 and 2 of 80, was measured after AC's fixes and is not a fixture). OB: 50 fully objective descriptions, written to find false remarks.
    func testHeldOutSetsZACOB() throws {
        try checkDescriptions("z", descriptions: 60, objective: 31, phrases: 68, caught: 67, objectiveClean: 30)
        try checkSentences("z", interpretive: 60, objective: 60, flagged: 60, objectiveFlagged: 0)
        try checkSentences("ac", interpretive: 60, objective: 60, flagged: 59, objectiveFlagged: 0)
        try checkDescriptions("ob", descriptions: 50, objective: 50, phrases: 0, caught: 0, objectiveClean: 49)
    }

    /// Sentences per class of issue 19 (class, expected category or `geen`, sentence), each set written by a helper
    /// that saw neither the coach nor any earlier set. A sentence behaves when it gets no opmerking (`geen`) or an
    /// opmerking of the expected category. Each set was measured once when it was new, then used for development, and
    /// the next set checked the fixes: `coach-klassen` 76/102 → 102; R 100/144 → 143; S 86/108 → 106; T 34/48 → 44.
    /// Held at the figures after development.
    func testIssue19ClassSets() throws {
        try checkClassSet("coach-klassen.tsv", sentences: 102, floor: 102)
        try checkClassSet("coach-klassen-r.tsv", sentences: 144, floor: 143)
        try checkClassSet("coach-klassen-s.tsv", sentences: 108, floor: 106)
        try checkClassSet("coach-klassen-t.tsv", sentences: 48, floor: 44)
        // U 78/112 when new; W, X (42/58), Y (50/60), AA (38/52), AB (32/38) each checked the fixes on the one before.
        try checkClassSet("coach-klassen-u.tsv", sentences: 112, floor: 98)
        try checkClassSet("coach-klassen-w.tsv", sentences: 68, floor: 68)
        try checkClassSet("coach-klassen-x.tsv", sentences: 58, floor: 58)
        try checkClassSet("coach-klassen-y.tsv", sentences: 60, floor: 59)
        try checkClassSet("coach-klassen-aa.tsv", sentences: 52, floor: 51)
        try checkClassSet("coach-klassen-ab.tsv", sentences: 38, floor: 35)
    }

    private func checkClassSet(_ name: String, sentences: Int, floor: Int) throws {
        let coach = Coach()
        var perClass: [String: (good: Int, all: Int)] = [:]
        var bad: [String] = []
        for line in try Self.fixture(name).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard parts.count == 3 else { continue }
            let findings = coach.analyse(parts[2]).findings
            let ok = parts[1] == "geen" ? findings.isEmpty : findings.contains { $0.category.name == parts[1] }
            perClass[parts[0], default: (0, 0)].all += 1
            if ok { perClass[parts[0]]!.good += 1 } else { bad.append("\(parts[0]) \(parts[1]): \(parts[2]) → \(findings.map { "\($0.category.name):\($0.match)" })") }
        }
        let good = perClass.values.map(\.good).reduce(0, +), all = perClass.values.map(\.all).reduce(0, +)
        print("\(name): \(good)/\(all); " + perClass.sorted(by: { $0.key < $1.key }).map { "\($0.key) \($0.value.good)/\($0.value.all)" }.joined(separator: ", "))
        if verbose { for line in bad { print("  class miss: \(line)") } }
        XCTAssertEqual(all, sentences, name)
        XCTAssertGreaterThanOrEqual(good, floor, "\(name):\n" + bad.joined(separator: "\n"))
    }
}
