import XCTest
@testable import VoordeurApp
import VoordeurKit

final class TextBufferTests: UTCTestCase {
    func testWrapAndVerticalMovement() {
        var buffer = TextBuffer("Ik zie twee gaten in de deur van de slaapkamer", multiline: true)
        let lines = buffer.layout(width: 20)
        XCTAssertEqual(lines.map { String(buffer.characters[$0]) }, ["Ik zie twee gaten ", "in de deur van de ", "slaapkamer"])
        buffer.up(width: 20)
        XCTAssertEqual(buffer.cursorPosition(width: 20).line, 1)
        buffer.home(width: 20)
        XCTAssertEqual(buffer.cursor, 18)
        buffer.end(width: 20)
        XCTAssertEqual(buffer.cursor, 35)
    }

    func testWideAndCombiningCharacters() {
        var buffer = TextBuffer(multiline: false)
        buffer.insert("e\u{0308}ën – ✓ 漢字")
        XCTAssertEqual(buffer.text, "ëën – ✓ 漢字")
        XCTAssertEqual(DisplayWidth.of(buffer.text), 12)
        buffer.insert("\nregel")
        XCTAssertEqual(buffer.text, "ëën – ✓ 漢字 regel", "single-line fields turn newlines into spaces")
    }
}
