import XCTest
@testable import VoordeurKit

final class PrivacyRobustnessTests: XCTestCase {
    /// Random and hostile text never crashes the scanner or the redactor, and every span is inside the text and
    /// matches it. Seeded, so a failure can be replayed.
    func testRandomTextKeepsSpansValid() {
        var generator = SplitMix(seed: 20261201)
        let pieces = ["0", "6", "+31", "(", ")", "-", " ", ".", "@", "[at]", "NL", "AB", "mw", "dhr.", "van", "'t", "straat",
                      "laan", "12", "a", "II", "bis", "geb.", "zei", "Kevin", "volgens", "é", "👨‍👩‍👧", "\u{0301}", "\n", ",",
                      "1234", "2026", "-KLT-", "x", "Z", "ë", "\u{200B}"]
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int(generator.next() % 30) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let chars = Array(text)
            for finding in PersonalDataScanner.scan(text) {
                XCTAssertTrue(finding.start >= 0 && finding.start < finding.end && finding.end <= chars.count, text)
                XCTAssertEqual(String(chars[finding.start..<finding.end]), finding.match, text)
            }
            _ = Redactor.redact(text)
        }
    }
}
