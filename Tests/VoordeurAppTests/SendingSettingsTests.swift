import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Issue 21, item 8: sending set up in the settings, with a test message to oneself.
final class SendingSettingsTests: UTCTestCase {
    func settings(_ config: Config = Fixture.config) -> AppState {
        var state = Fixture.state(config: config)
        state.press(.character("i"))
        return state
    }

    func focus(_ state: inout AppState, _ label: String) {
        for _ in 0..<20 where state.focusedLabel != label { state.press(.tab) }
        XCTAssertEqual(state.focusedLabel, label)
    }

    func testATypedCommandIsWrittenToTheConfig() {
        var state = settings()
        focus(&state, AppNoteTexts.sendCommand)
        state.type("msmtp -t")
        let effects = state.press(.escape)
        XCTAssertEqual(state.config.sendCommand, "msmtp -t")
        guard case .writeConfig(let config, _)? = effects.first else { return XCTFail("not written: \(effects)") }
        XCTAssertEqual(config.renderedAsText().contains("verzendcommando = msmtp -t"), true, config.renderedAsText())
    }

    func testACommandWithAPipeIsRefused() {
        var state = settings()
        focus(&state, AppNoteTexts.sendCommand)
        state.type("msmtp -t | tee /tmp/x")
        XCTAssertEqual(state.press(.escape), [])
        XCTAssertTrue(state.status?.contains("verzendcommando") ?? false, state.status ?? "")
    }

    func testTheFoundProgramsAreOffered() {
        XCTAssertEqual(MailPrograms.choices(lookup: { $0 == "msmtp" ? "/usr/bin/msmtp" : nil }), ["", "msmtp -t"])
        XCTAssertEqual(MailPrograms.choices(lookup: { _ in nil }), [""])
    }

    func testATestMessageGoesToTheWorkerAndIsNoHandover() {
        var config = Fixture.config
        config.workerEmail = "j.devries@woonstichting.example"
        var state = settings(config)
        focus(&state, AppNoteTexts.sendTest)
        guard case .send(let outgoing)? = state.press(.character(" ")).first else { return XCTFail("no test message") }
        XCTAssertTrue(outgoing.isTest)
        XCTAssertEqual(outgoing.note.config.consulentEmail, "j.devries@woonstichting.example")
        _ = App.update(&state, .testSendFailed("msmtp: geen server"))
        XCTAssertEqual(state.handoverLog, [], "a test is no handover")
        XCTAssertTrue(Renderer.render(state).textLines().joined().contains("Proefbericht mislukt: msmtp: geen server"))
    }

    func testATestMessageNeedsTheWorkersAddress() {
        var state = settings()
        focus(&state, AppNoteTexts.sendTest)
        XCTAssertEqual(state.press(.character(" ")), [])
        XCTAssertEqual(state.status, AppNoteTexts.sendTestNeedsEmail)
    }
}
