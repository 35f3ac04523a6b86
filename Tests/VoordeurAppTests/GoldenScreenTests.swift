import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Golden screens of the pure renderer, compared as text.
final class GoldenScreenTests: XCTestCase {
    func described(rows: Int, columns: Int) -> AppState {
        var state = Fixture.state(rows: rows, columns: columns)
        state.press(.down, .enter)
        state.type("Ik zie twee deuken in de slaapkamerdeur, op 1,5 meter hoogte.")
        state.press(.escape, .down, .down, .character(" "), .down, .enter)
        state.type("De woning is vies.")
        state.press(.escape)
        _ = App.update(&state, .saved(Fixture.start.addingTimeInterval(700)))
        return state
    }

    func testChecklist80x24() { assertGolden(Renderer.render(described(rows: 24, columns: 80)), "checklist-80x24") }
    func testChecklist120x40() { assertGolden(Renderer.render(described(rows: 40, columns: 120)), "checklist-120x40") }

    func testEditor80x24() {
        var state = described(rows: 24, columns: 80)
        state.press(.enter)
        assertGolden(Renderer.render(state), "editor-80x24")
        // Flagged words are marked without colour: underlined.
        let screen = Renderer.render(state)
        let row = screen.textLines().firstIndex { $0.contains("De woning is vies.") }!
        let column = screen.textLines()[row].distance(from: screen.textLines()[row].startIndex,
                                                      to: screen.textLines()[row].range(of: "vies")!.lowerBound)
        XCTAssertTrue(screen[row, column].style.contains(.underline))
        XCTAssertFalse(screen[row, column - 3].style.contains(.underline))
    }

    func testEditor120x40() {
        var state = described(rows: 40, columns: 120)
        state.press(.enter)
        assertGolden(Renderer.render(state), "editor-120x40")
    }

    func testTooSmall() { assertGolden(Renderer.render(Fixture.state(rows: 19, columns: 59)), "too-small-59x19") }

    func testHelp80x24() {
        var state = Fixture.state()
        state.press(.character("?"))
        assertGolden(Renderer.render(state), "help-80x24")
    }

    func testSpecial80x24() {
        var state = Fixture.state()
        state.press(.character("!"), .down, .character(" "))
        assertGolden(Renderer.render(state), "special-80x24")
    }

    func testVisitAndHandover80x24() {
        var state = described(rows: 24, columns: 80)
        state.config = Fixture.config
        state.press(.backTab, .backTab, .character(" "))
        assertGolden(Renderer.render(state), "visit-80x24")
        state.press(.tab)
        assertGolden(Renderer.render(state), "handover-80x24")
    }
}
