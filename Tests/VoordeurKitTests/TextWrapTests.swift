import XCTest
@testable import VoordeurKit

final class TextWrapTests: XCTestCase {
    /// The byte path for printable ASCII wraps exactly as the Character path does: words, long words cut, empty
    /// paragraphs, runs of spaces, every width.
    func testASCIIWrapsAsCharactersDo() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "de", "deur", "slaapkamerdeur", "x", " ", "  ", "\n", "\n\n", "12,5", "(3x)", "verschrikkelijklangwoordzonderspaties"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            let width = Int.random(in: 1...30, using: &generator)
            XCTAssertEqual(TextWrap.asciiLines(text, width: width), TextWrap.characterLines(text, width: width),
                           "\(text.debugDescription) at \(width)")
        }
    }

    func testWrapsAndCuts() {
        XCTAssertEqual(TextWrap.lines("een twee drie", width: 8), ["een twee", "drie"])
        XCTAssertEqual(TextWrap.lines("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextWrap.lines("ik zie\n\nnu", width: 10), ["ik zie", "", "nu"])
        XCTAssertEqual(TextWrap.lines("één twee", width: 4), ["één", "twee"])
        XCTAssertEqual(TextWrap.lines("x", width: 0), [])
    }
}
