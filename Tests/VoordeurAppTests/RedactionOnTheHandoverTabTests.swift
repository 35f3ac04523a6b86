import XCTest
@testable import VoordeurApp
import VoordeurKit

final class RedactionOnTheHandoverTabTests: UTCTestCase {
    func testTheWorkerSeesWhatChangesAndOnlyTheNoteChanges() {
        var state = Fixture.state()
        state.press(.enter)
        state.type("Ik zie een deuk. Bel mevrouw Jansen op 06-12345678.")
        state.press(.escape)
        state.tab = .handover
        state.press(.character("a"))
        guard case .redact(let preview)? = state.top(ConfirmOverlay.self)?.confirmation else { return XCTFail("the changes are shown first") }
        XCTAssertTrue(preview.joined().contains("06-12345678"), "\(preview)")
        XCTAssertTrue(Renderer.render(state).text.contains("[telefoonnummer]"), "the screen shows what it becomes")
        state.press(.character("j"))
        XCTAssertTrue(state.redacted)
        let note = state.memo.note(state).plainText()
        XCTAssertTrue(note.contains("[telefoonnummer]"), note)
        XCTAssertFalse(note.contains("06-12345678"))
        XCTAssertTrue(state.visit.observations.first?.description.contains("06-12345678") ?? false, "the draft is unchanged")
        guard case .writeExport(_, _, let content, _)? = state.press(.character("e"), .character("j")).first else {
            return XCTFail("export expected")
        }
        XCTAssertFalse(content.contains("06-12345678"))
        state.press(.character("a"))
        XCTAssertFalse(state.redacted, "a again shows the text as written")
        XCTAssertTrue(state.memo.note(state).plainText().contains("06-12345678"))
    }
}
