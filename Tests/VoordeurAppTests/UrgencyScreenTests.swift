import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Issue 21, item 2: ticking acute danger or honour-related violence says at once whom to call, in full.
final class UrgencyScreenTests: UTCTestCase {
    func testAcuteDangerSaysCall112AndTheConsulentInFull() {
        for (rows, columns) in [(24, 80), (20, 60)] {
            var state = Fixture.state(rows: rows, columns: columns, config: Fixture.config)
            state.press(.character("!"), .character(" "))
            XCTAssertTrue(state.visit.special.acuteDanger)
            XCTAssertEqual(state.status, "Bel eerst 112. Bel nu de sociaal consulent: A. Jansen, 010-3334444.")
            let text = Renderer.render(state).textLines().joined(separator: "\n")
            XCTAssertTrue(text.contains("Bel eerst 112."), text)
            XCTAssertTrue(text.contains("Bel nu de sociaal consulent: A. Jansen, 010-3334444."), text)
        }
    }

    func testHonourRelatedSaysCallTheConsulent() {
        var state = Fixture.state(config: Fixture.config)
        state.press(.character("!"), .down, .down, .down, .character(" "))
        XCTAssertTrue(state.visit.special.honourRelated)
        XCTAssertEqual(state.status, "Bel nu de sociaal consulent: A. Jansen, 010-3334444.")
    }

    func testNamedDirectlyWithHonourRelatedViolenceWarnsInTheEditor() {
        var state = Fixture.state(config: Fixture.config)
        state.visit.special.honourRelated = true
        state.press(.enter, .tab, .tab)
        XCTAssertEqual(state.focusedLabel, "Direct benoemd bij de huurder?")
        state.press(.character(" "))
        XCTAssertEqual(EditorView.statusLine(state, state.editor!)?.0, AppNoteTexts.honourNamedShort)
        let text = Renderer.render(state).textLines().joined(separator: " ")
        XCTAssertTrue(text.contains("Veilig Thuis 0800-2000."), "the whole warning is on screen")
    }
}

extension UrgencyScreenTests {
    func testEveryItemStaysVisibleWithTheCallAt60x20() {
        var state = Fixture.state(rows: 20, columns: 60, config: Fixture.config)
        state.press(.character("!"), .character(" "))
        let text = Renderer.render(state).textLines().joined(separator: "\n")
        for item in SpecialItem.allCases { XCTAssertTrue(text.contains(String(item.label.prefix(20))), "\(item.label)\n\(text)") }
        XCTAssertTrue(text.contains("Esc terug"), text)
    }
}
