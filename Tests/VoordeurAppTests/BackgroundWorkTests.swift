import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Sending runs off the UI loop: the app stays usable, a second send and "handed over" are refused meanwhile, and
/// Esc stops it.
final class BackgroundWorkTests: UTCTestCase {
    func sendingState() -> (AppState, [Effect]) {
        var config = Fixture.config
        config.sendCommand = "sleep 30"
        var state = Fixture.state(config: config)
        state.tab = .handover
        // The review lists what is still open (nothing is described); j sends anyway.
        let effects = state.press(.character("v"), .character("j"))
        return (state, effects)
    }

    func testSendingShowsInTheStatusLineAndKeysKeepWorking() {
        var (state, effects) = sendingState()
        XCTAssertEqual(effects.count, 1)
        XCTAssertTrue(effects.allSatisfy(EffectRunner.runsInBackground), "\(effects)")
        XCTAssertEqual(state.busy, "Versturen met sleep")
        XCTAssertTrue(Renderer.render(state).textLines().contains { $0.contains("Versturen met sleep… Esc breekt af.") })
        // Meanwhile the worker goes on: Tab to the first list, open a description, type.
        state.press(.tab, .enter)
        state.type("Ik zie een gat.")
        XCTAssertEqual(state.editor?.focused.buffer?.text, "Ik zie een gat.")
        XCTAssertNotNil(state.busy)
    }

    /// The audit's replay: o and j typed while the send hung ran once it ended and deleted the draft. Now a
    /// handover key during a send is refused on the spot and never runs later.
    func testHandoverKeysDuringASendAreRefusedNotQueued() {
        var (state, _) = sendingState()
        for key in ["o", "j", "v"] {
            XCTAssertEqual(state.press(.character(Character(key))), [], key)
        }
        XCTAssertNil(state.top, "no confirmation was opened")
        XCTAssertEqual(state.visit.status, .concept)
        XCTAssertTrue(state.status?.contains("Nog bezig") ?? false, state.status ?? "")
        // Copying beside it is fine: it runs off the UI loop too, and briefly.
        XCTAssertTrue(state.press(.character("c"), .character("j")).allSatisfy(EffectRunner.runsInBackground))
        _ = App.update(&state, .sendFailed("'sleep 30' is afgebroken"))
        XCTAssertNil(state.busy)
        XCTAssertEqual(state.visit.status, .concept, "nothing ran after the send ended")
        XCTAssertNil(state.top)
    }

    func testEscOnTheTabsCancelsAndEscInAnEditorClosesItFirst() {
        var (state, _) = sendingState()
        state.press(.tab, .enter)
        XCTAssertNotNil(state.editor)
        XCTAssertEqual(state.press(.escape).filter { $0 == .cancelBackground }, [])
        XCTAssertNil(state.top)
        XCTAssertEqual(state.press(.escape), [.cancelBackground])
        XCTAssertNotNil(state.busy, "busy until the result arrives")
        _ = App.update(&state, .sendFailed("afgebroken"))
        XCTAssertNil(state.busy)
        XCTAssertTrue(state.status?.contains("Versturen mislukt: afgebroken") ?? false)
    }

    /// The runner really runs it on another thread, reports back, and Esc (cancel) stops the program.
    func testTheRunnerStopsASendWhenCancelled() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-bg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = EffectRunner(store: DraftStore(folder: root), defaultExportFolder: root.appendingPathComponent("overdracht"))
        let (state, effects) = sendingState()
        _ = state
        let done = expectation(description: "the send reports back")
        let reported = Mailbox()
        let start = Date()
        runner.startInBackground(try XCTUnwrap(effects.first)) { result in
            reported.set(result.message)
            done.fulfill()
        }
        usleep(200_000)
        XCTAssertNil(reported.value, "still running")
        XCTAssertNil(runner.perform(.cancelBackground))
        wait(for: [done], timeout: 10)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        guard case .sendFailed(let reason)? = reported.value else { return XCTFail("\(String(describing: reported.value))") }
        XCTAssertTrue(reason.contains("afgebroken"), reason)
    }

    /// A message handed from the runner's thread to the test's.
    final class Mailbox: @unchecked Sendable {
        private let lock = NSLock()
        private var message: Message?
        func set(_ value: Message?) { lock.lock(); message = value; lock.unlock() }
        var value: Message? { lock.lock(); defer { lock.unlock() }; return message }
    }
}
