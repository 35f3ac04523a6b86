import XCTest
@testable import VoordeurKit

/// Issue 21, item 6: an e-mail that reads well in Outlook (RFC 3676 format=flowed, no alignment by spaces).
final class FlowedTextTests: UTCTestCase {

    func testSoftBreaksEndInOneSpaceAndJoinBack() {
        let paragraph = String(repeating: "woord ", count: 40).trimmingCharacters(in: .whitespaces)
        let lines = FlowedText.encode([paragraph], width: 72).split(separator: "\n").map(String.init)
        XCTAssertGreaterThan(lines.count, 2)
        for line in lines.dropLast() {
            XCTAssertTrue(line.hasSuffix(" ") && !line.hasSuffix("  "), "soft break: '\(line)'")
            XCTAssertLessThanOrEqual(line.count, 72)
        }
        XCTAssertFalse(lines.last!.hasSuffix(" "), "the paragraph ends in a hard break")
        XCTAssertEqual(FlowedText.decode(lines.joined(separator: "\n")), [paragraph])
    }

    func testSpaceStuffing() {
        let encoded = FlowedText.encode(["From the street I heard it", "> not a quote", " indented", "hard   "])
        XCTAssertEqual(encoded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                       [" From the street I heard it", " > not a quote", "  indented", "hard"])
        XCTAssertEqual(FlowedText.decode(encoded), ["From the street I heard it", "> not a quote", " indented", "hard"])
    }

    func testTheEmailIsFlowedAndNotAlignedBySpaces() {
        let mail = HandoverTests.note().email()
        let parts = mail.components(separatedBy: "\r\n\r\n")
        XCTAssertTrue(parts[0].contains("Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=no"))
        let body = HandoverTests.note().flowedText()
        for line in body.split(separator: "\n") {
            XCTAssertFalse(line.hasPrefix("  "), "no alignment by spaces: '\(line)'")
            XCTAssertFalse(line.contains("   "), "no runs of spaces: '\(line)'")
        }
        XCTAssertTrue(FlowedText.decode(body).contains("Van: Jan de Vries, vakman, 06-11112222, j.devries@woonstichting.example"))
    }
}
