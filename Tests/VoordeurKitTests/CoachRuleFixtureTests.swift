import XCTest
@testable import VoordeurKit

/// Each rule of the coach's pipeline with sentences either way (`Fixtures/coach-regels.tsv`): what the rule decides,
/// checked through the whole coach, so a rule that stops working or starts deciding too much fails here by name.
final class CoachRuleFixtureTests: XCTestCase {
    func testEveryRuleBehavesOnItsFixture() throws {
        let coach = Coach()
        var failures: [String] = []
        var rulesSeen = Set<String>()
        var expectations: [String: Set<String>] = [:]
        for line in try CoachHeldOutTests.fixture("coach-regels.tsv").split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            XCTAssertEqual(parts.count, 3, "malformed line: \(line)")
            guard parts.count == 3 else { continue }
            let (rule, expected, sentence) = (parts[0], parts[1], parts[2])
            rulesSeen.insert(rule)
            expectations[rule, default: []].insert(expected == "geen" || expected == "tip" ? "silent" : "remark")
            let report = coach.analyse(sentence)
            let ok: Bool
            switch expected {
            case "geen": ok = report.findings.isEmpty
            case "tip": ok = report.findings.isEmpty && !report.tips.isEmpty
            default: ok = report.findings.contains { $0.category.name == expected }
            }
            if !ok {
                failures.append("\(rule) \(expected): \(sentence) → opmerkingen \(report.findings.map { "\($0.category.name):\($0.match)" }), tips \(report.tips.map(\.match))")
            }
        }
        XCTAssertEqual(failures, [])
        // Every rule in the pipeline has a fixture, and each shows its decision both ways where it has two.
        let pipeline = Set(Coach.rules.map { String(describing: type(of: $0)) })
        XCTAssertEqual(pipeline.subtracting(rulesSeen), [], "rules without a fixture line")
        XCTAssertEqual(rulesSeen.subtracting(pipeline), [], "fixture lines for rules that are not in the pipeline")
        for (rule, kinds) in expectations where rule != "NestedFindingRule" {
            XCTAssertEqual(kinds, ["silent", "remark"], "\(rule) needs a sentence either way")
        }
    }

    /// The `a|b c` pitfall of the pattern syntax is refused with the file and line, not silently compiled.
    func testPhraseInsideAnAlternativeIsRefused() {
        XCTAssertThrowsError(try CoachLexicon.compile("expres|opzettelijk|met opzet", category: .conclusie, file: "eigen.woorden", line: 7)) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("eigen.woorden") && text.contains("7"), text)
            XCTAssertTrue(text.contains("met opzet"), text)
        }
        // Positions meant as positions: the opener comes first.
        XCTAssertNoThrow(try CoachLexicon.compile("klopt er|iets niet", category: .vaag, file: "eigen.woorden", line: 8))
        XCTAssertNoThrow(try CoachLexicon.compile("volgens de|het|mijn werkorder", category: nil, file: "eigen.woorden", line: 9))
    }

    /// One rhetorical question is one remark, however many `@vraag` patterns it matches.
    func testOneRhetoricalQuestionIsOneRemark() {
        let report = Coach().analyse("wie laat er nou een kind zo leven!")
        XCTAssertEqual(report.findings.map { "\($0.category.name):\($0.match)" }, ["oordeel:wie laat er nou een kind"])
    }

    /// Card words: the tip asks the signal's own question.
    func testCardWordTipAsksTheSignalsQuestion() throws {
        let report = Coach().analyse("in de slaapkamerdeur zitten twee vuistafdrukken op borsthoogte")
        XCTAssertEqual(report.findings.count, 0)
        let tip = try XCTUnwrap(report.tips.first)
        let signal = try XCTUnwrap(CardLoader.defaultCard().allSignals.first { $0.id == "woning.vuistafdrukken" })
        XCTAssertEqual(tip.question, signal.hint)
        XCTAssertTrue(tip.explanation.contains(signal.text), tip.explanation)
        // Without a card, the same words are a remark again.
        XCTAssertFalse(Coach(card: nil).analyse("in de slaapkamerdeur zitten twee vuistafdrukken").findings.isEmpty)
    }
}
