import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Issue 21, item 1: a handover that cannot go wrong.
final class HandoverQuestionTests: UTCTestCase {
    func handoverState() -> AppState {
        var state = Fixture.state(config: Fixture.config)
        state.press(.character(" "))
        state.tab = .handover
        return state
    }

    func questionText(_ state: AppState) -> String {
        guard let confirmation = state.top(ConfirmOverlay.self)?.confirmation else { return "" }
        return ConfirmOverlay.question(confirmation, state).joined(separator: " ")
    }

    func testAFailedSendIsNamedAndOffersNoDeletion() {
        var state = handoverState()
        _ = App.update(&state, .sendFailed("msmtp gaf afsluitcode 1"))
        state.press(.character("o"))
        XCTAssertEqual(state.visit.status, .concept)
        let text = questionText(state)
        XCTAssertTrue(text.contains("versturen MISLUKT (msmtp gaf afsluitcode 1)"), text)
        XCTAssertFalse(text.contains("wissen"), "no deletion in the question: \(text)")
        state.press(.character("j"))
        XCTAssertEqual(state.visit.status, .overgedragen)
        XCTAssertNil(state.top, "a failed send is no reason to offer deleting")
    }

    func testAFailedSendAndAWrittenNoteAreBothNamed() {
        var state = handoverState()
        _ = App.update(&state, .sendFailed("geen mailprogramma"))
        _ = App.update(&state, .exported(path: "/tmp/voordeur-export/overdracht-x.txt"))
        state.press(.character("o"), .character("j"))
        XCTAssertEqual(state.top, .confirm(.deleteAfterHandover))
        let text = questionText(state)
        XCTAssertTrue(text.contains("Gelukt in deze sessie: notitie geschreven (/tmp/voordeur-export/overdracht-x.txt)"), text)
        XCTAssertTrue(text.contains("Mislukt in deze sessie: versturen MISLUKT (geen mailprogramma)"), text)
        XCTAssertTrue(text.contains("Concept nu wissen"), text)
    }

    func testNoKeepsTheConcept() {
        var state = handoverState()
        _ = App.update(&state, .copied(method: "Gekopieerd via tmux."))
        state.press(.character("o"), .character("n"))
        XCTAssertEqual(state.visit.status, .concept)
        XCTAssertNil(state.visit.handedOverAt)
        XCTAssertNil(state.top)
    }

    func testLeavingAnUnchangedVisitDoesNotMakeItTheLastEdited() {
        var state = handoverState()
        _ = App.update(&state, .saved(Fixture.start))
        state.dirty = false
        state.onDisk = true
        let before = state.visit.updatedAt
        state.now = Fixture.start.addingTimeInterval(3_600)
        state.tab = .list(0)
        state.press(.character("b"))
        _ = App.update(&state, .visitsListed([], problems: []))
        guard case .newVisit(let current)? = state.press(.character("n")).first else { return XCTFail("no new visit") }
        XCTAssertEqual(current?.updatedAt, before, "unchanged: its time stays")
    }

    func testTitleShowsTheWorkOrder() {
        var state = handoverState()
        state.visit.homeReference = "WO-2026-0413"
        XCTAssertTrue(Chrome.visitLabel(state, level: 2).contains("WO-2026-0413"))
        XCTAssertTrue(Renderer.render(state).textLines()[0].contains("WO-2026-0413"))
    }
}
