import XCTest
@testable import VoordeurKit

/// A C1 introducer on its own (U+009B CSI, U+009D OSC) in a name is one stray character: it goes, and nothing after
/// it goes with it unless that really is a sequence.
final class StrayC1Tests: XCTestCase {
    func testAStrayC1IntroducerTakesNothingWithIt() {
        XCTAssertEqual(TextSanitizer.clean("Jan\u{9B}Piet"), "JanPiet")
        XCTAssertEqual(TextSanitizer.clean("Jan\u{9D}de Vries"), "Jande Vries")
        XCTAssertEqual(TextSanitizer.clean("a\u{85}b\u{90}c\u{9F}d"), "abcd")
    }

    func testRealC1SequencesStillGoWhole() {
        XCTAssertEqual(TextSanitizer.clean("Jan\u{9B}2J de Vries"), "Jan de Vries")
        XCTAssertEqual(TextSanitizer.clean("a\u{9B}1;31mb"), "ab")
        XCTAssertEqual(TextSanitizer.clean("a\u{9D}52;c;aGk=\u{07}b"), "ab")
        XCTAssertEqual(TextSanitizer.clean("a\u{9D}0;titel\u{9C}b"), "ab")
        // ESC-introduced sequences are as before, an unterminated OSC included.
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}[Pb"), "ab")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}]0;titel"), "a")
    }
}
