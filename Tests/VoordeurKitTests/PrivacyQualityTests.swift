import XCTest
@testable import VoordeurKit

/// Quality of the personal-data check on labelled sentences (`SENTENCE<TAB>kind=match | kind=match`, no labels = no
/// personal data). Recall: labelled items found by a finding of the right kind whose span overlaps the label's.
/// False-alarm rate: sentences without personal data that got any finding.
final class PrivacyQualityTests: XCTestCase {
    struct Score: CustomStringConvertible {
        var labels = 0, found = 0, clean = 0, alarms = 0
        var misses: [String] = []
        var falseAlarms: [String] = []
        var recall: Double { labels == 0 ? 1 : Double(found) / Double(labels) }
        var falseAlarmRate: Double { clean == 0 ? 0 : Double(alarms) / Double(clean) }
        var description: String {
            String(format: "recall %.3f (%d/%d), false alarms %.3f (%d/%d)", recall, found, labels, falseAlarmRate, alarms, clean)
        }
    }

    static func fixture(_ name: String) throws -> String {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Character offsets of the first occurrence of `needle` in `text`.
    static func span(of needle: String, in text: String) -> Range<Int>? {
        guard let range = text.range(of: needle) else { return nil }
        let start = text.distance(from: text.startIndex, to: range.lowerBound)
        return start..<(start + needle.count)
    }

    static func kindMatches(_ found: String, _ label: String) -> Bool {
        let found = found.lowercased(), label = label.lowercased()
        if found == "postcode of adres" { return label == "adres" || label == "postcode" }
        return found == label
    }

    /// The scanner's findings as (kind, Character span).
    static func findings(_ text: String) -> [(kind: String, span: Range<Int>)] {
        PersonalDataScanner.scan(text).map { ($0.kind.rawValue, $0.start..<$0.end) }
    }

    static func score(_ file: String) throws -> Score {
        // As `voordeur privacy` does: the dictionary tells names from Dutch words, so the figures do not depend on
        // whether it happened to be loaded by an earlier test.
        Speller.shared.waitUntilLoaded()
        var score = Score()
        for line in try fixture(file).split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let text = parts[0]
            let labels = (parts.count > 1 ? parts[1] : "").components(separatedBy: " | ").compactMap { label -> (String, String)? in
                let kv = label.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return kv.count == 2 && !kv[0].isEmpty ? (kv[0], kv[1]) : nil
            }
            let found = findings(text)
            if labels.isEmpty {
                score.clean += 1
                if !found.isEmpty { score.alarms += 1; score.falseAlarms.append("\(text)  → \(found.map(\.kind))") }
                continue
            }
            for (kind, match) in labels {
                score.labels += 1
                guard let span = span(of: match, in: text) else { XCTFail("label '\(match)' not in '\(text)'"); continue }
                if found.contains(where: { kindMatches($0.kind, kind) && $0.span.overlaps(span) }) {
                    score.found += 1
                } else {
                    score.misses.append("\(kind)=\(match)  in: \(text)  found: \(found.map { "\($0.kind)@\($0.span)" })")
                }
            }
        }
        return score
    }

    func report(_ name: String, _ score: Score) {
        print("privacy \(name): \(score)")
        if ProcessInfo.processInfo.environment["VOORDEUR_PRIVACY_DETAILS"] != nil {
            for miss in score.misses { print("  miss: \(miss)") }
            for alarm in score.falseAlarms { print("  alarm: \(alarm)") }
        }
    }

    /// Scores one set and holds it to the targets: recall ≥ 0.95, false alarms ≤ 0.03.
    func check(_ file: String, _ name: String) throws {
        let score = try Self.score(file)
        report(name, score)
        XCTAssertGreaterThan(score.labels, 30)
        XCTAssertGreaterThanOrEqual(score.recall, 0.95, score.misses.joined(separator: "\n"))
        XCTAssertLessThanOrEqual(score.falseAlarmRate, 0.03, score.falseAlarms.joined(separator: "\n"))
    }

    func testHeldOutSetA() throws { try check("privacy-heldout-a.tsv", "held-out A") }

    func testDevelopmentSet() throws { try check("privacy-ontwikkelset.tsv", "development") }
}
