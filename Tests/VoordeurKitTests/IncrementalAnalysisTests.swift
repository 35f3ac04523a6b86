import XCTest
@testable import VoordeurKit

final class IncrementalAnalysisTests: XCTestCase {
    /// Every sentence of the coach's sets, run together into long paragraphs and several paragraphs.
    func longTexts() throws -> [String] {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var sentences: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("coach-") && name.hasSuffix(".tsv") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                if let tab = line.firstIndex(of: "\t") { sentences.append(String(line[line.index(after: tab)...])) }
            }
        }
        XCTAssertGreaterThan(sentences.count, 100)
        var texts: [String] = []
        for size in [3, 7, 20] {
            var index = 0
            while index < sentences.count {
                let group = sentences[index..<min(sentences.count, index + size)]
                texts.append(group.joined(separator: " "))
                texts.append(group.joined(separator: "\n"))
                index += size
            }
        }
        return texts
    }

    func testPiecesCoverTheTextExactly() throws {
        for text in try longTexts() {
            let pieces = TextPieces.split(text)
            XCTAssertEqual(pieces.map(\.text).joined(), text)
            var offset = 0
            for piece in pieces {
                XCTAssertEqual(piece.offset, offset)
                offset += piece.text.count
            }
        }
        XCTAssertEqual(TextPieces.split("").count, 0)
    }

    func testTheCoachGivesTheSameFindingsPieceByPieceAsOnTheWholeText() throws {
        let coach = Coach()
        let incremental = IncrementalAnalysis(coach: coach)
        var compared = 0, comparedTips = 0
        for text in try longTexts() {
            let whole = coach.analyse(text)
            let pieces = incremental.coach(text)
            XCTAssertEqual(pieces.findings, whole.findings, text)
            XCTAssertEqual(pieces.tips, whole.tips, text)
            XCTAssertEqual(pieces.hasSensoryAnchor, whole.hasSensoryAnchor)
            compared += whole.findings.count
            comparedTips += whole.tips.count
        }
        XCTAssertGreaterThan(compared, 100, "the comparison covered real findings")
        XCTAssertGreaterThan(comparedTips, 10, "the comparison covered tips")
        // A second time comes from the cache and is the same.
        let text = try longTexts()[0]
        XCTAssertEqual(incremental.coach(text), incremental.coach(text))
    }

    func testThePersonalDataCheckPieceByPiece() {
        let incremental = IncrementalAnalysis(coach: Coach())
        let text = String(repeating: "Ik zie een deuk in de deur op ongeveer een meter hoogte en nog een. ", count: 10)
            + "Bel 06-12345678 voor een afspraak. " + String(repeating: "De kast is 1800 mm breed. ", count: 10)
        XCTAssertEqual(incremental.personalData(text), PersonalDataScanner.scan(text))
        XCTAssertFalse(incremental.personalData(text).isEmpty)
    }
}
