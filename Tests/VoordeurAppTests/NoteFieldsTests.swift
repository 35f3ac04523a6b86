import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Issue 21, item 3, on the screen: persons per observation, a time, ticking without text, erasing text.
final class NoteFieldsTests: UTCTestCase {
    func testAnObservationAboutTwoPersonsAtATime() {
        var state = GoldenScreenTests.filledVisit(rows: 24, columns: 80)
        state.tab = .list(0)
        state.press(.enter)
        state.type("Ik zie dat het kind achter de moeder gaat staan.")
        state.press(.tab)
        XCTAssertEqual(state.focusedLabel, AppNoteTexts.aboutWhom)
        state.press(.character(" "), .right, .right, .character(" "))
        state.press(.tab, .tab, .tab)
        XCTAssertEqual(state.focusedLabel, AppNoteTexts.timeLabel)
        state.type("14.35")
        state.press(.escape)
        let observation = state.visit.observations.first
        XCTAssertEqual(observation?.personIDs, ["p1", "p3"])
        let note = state.memo.note(state).plainText(width: 200)
        XCTAssertTrue(note.contains("1. 14:35 – "), note)
        XCTAssertTrue(note.contains("Over: partner (ca. 40), kind (8 jaar)"), note)
    }

    func testTickingWithSpaceAloneAsksForTheDescription() {
        var state = Fixture.state()
        state.press(.character(" "))
        XCTAssertEqual(state.status, AppNoteTexts.tickedAsk)
        state.press(.character(" "))
        XCTAssertNotEqual(state.status, AppNoteTexts.tickedAsk, "unticking asks nothing")
    }

    func testErasingTheWholeDescriptionUnticksTheSignal() {
        var state = Fixture.state()
        state.press(.enter)
        state.type("Ik zie een gat in de deur.")
        state.press(.escape)
        XCTAssertTrue(state.visit.observations.first?.ticked ?? false)
        state.press(.enter)
        for _ in 0..<30 { state.press(.backspace) }
        state.press(.escape)
        XCTAssertFalse(state.visit.isTicked("woning.vreemd-reparatieverzoek"), "no text, nothing else: no longer ticked")
        XCTAssertEqual(state.status, AppNoteTexts.erasedUnticked)
    }
}
