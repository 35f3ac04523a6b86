import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// A text at its limit says so when a key would add to it, and F2 hides a screen with a long text at once.
final class TextLimitTests: UTCTestCase {
    func fullEditor() -> AppState {
        var state = Fixture.state()
        state.press(.enter)
        _ = App.update(&state, .paste(String(repeating: "Ik zie een gat. ", count: 2_000)))
        XCTAssertEqual(state.editor?.focused.buffer?.characters.count, TextBuffer.maximumLength)
        return state
    }

    func testTypingInAFullTextSaysSo() {
        var state = fullEditor()
        let revision = state.editor?.focused.buffer?.revision
        state.press(.character("x"))
        XCTAssertEqual(state.editor?.focused.buffer?.revision, revision, "a key that adds nothing changes nothing")
        XCTAssertEqual(state.editor?.focused.buffer?.characters.count, TextBuffer.maximumLength)
        let screen = Renderer.render(state).textLines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Dit veld is vol: hoogstens 20000 tekens"), screen)
        state.press(.enter)
        XCTAssertEqual(state.editor?.hint, EditorOverlay.fullHint, "a new line does not fit either")
        // Making room clears it: the next key is text again.
        state.press(.backspace, .character("y"))
        XCTAssertNil(state.editor?.hint)
        XCTAssertEqual(state.editor?.focused.buffer?.characters.last, "y")
    }
}
