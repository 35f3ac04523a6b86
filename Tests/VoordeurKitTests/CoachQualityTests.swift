import XCTest
@testable import VoordeurKit

/// The labelled sets: sentences from repair and maintenance visits, interpretive and objective.
final class CoachQualityTests: XCTestCase {
    struct Score {
        var interpretive = 0, flagged = 0, objective = 0, falseAlarms = 0, rightCategory = 0
        var misses: [String] = [], alarms: [String] = []
        var recall: Double { Double(flagged) / Double(interpretive) }
        var falseAlarmRate: Double { Double(falseAlarms) / Double(objective) }
        var precision: Double { Double(flagged) / Double(flagged + falseAlarms) }
    }

    func score(_ name: String) throws -> Score {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        let coach = Coach()
        var score = Score()
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            XCTAssertEqual(parts.count, 2, "malformed line: \(line)")
            let found = coach.analyse(parts[1]).findings
            if parts[0] == "objectief" {
                score.objective += 1
                if !found.isEmpty { score.falseAlarms += 1; score.alarms.append(parts[1]) }
            } else {
                XCTAssertNotNil(CoachCategory(rawValue: parts[0]), "unknown label \(parts[0])")
                score.interpretive += 1
                if !found.isEmpty { score.flagged += 1 } else { score.misses.append(parts[1]) }
                if found.contains(where: { $0.category.rawValue == parts[0] }) { score.rightCategory += 1 }
            }
        }
        return score
    }

    func check(_ name: String, minimumSentences: Int) throws {
        let s = try score(name)
        print(String(format: "%@: %d interpretive, %d objective; recall %.3f, false-alarm rate %.3f, precision %.3f, right category %d/%d",
                     name, s.interpretive, s.objective, s.recall, s.falseAlarmRate, s.precision, s.rightCategory, s.interpretive))
        XCTAssertGreaterThanOrEqual(s.interpretive + s.objective, minimumSentences)
        XCTAssertGreaterThanOrEqual(s.recall, 0.95, "missed: \(s.misses)")
        XCTAssertLessThanOrEqual(s.falseAlarmRate, 0.05, "flagged objective sentences: \(s.alarms)")
        XCTAssertGreaterThanOrEqual(Double(s.rightCategory) / Double(s.interpretive), 0.90)
    }

    func testDevelopmentSet() throws { try check("coach-ontwikkelset.tsv", minimumSentences: 150) }

    func testHeldOutSet() throws { try check("coach-toetsset.tsv", minimumSentences: 90) }
}
