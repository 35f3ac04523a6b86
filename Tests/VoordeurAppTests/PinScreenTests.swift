import XCTest
@testable import VoordeurApp
import VoordeurKit

/// The PIN screen: what it shows and hides, its waits, the idle lock, the settings screen's fixed keys, and the
/// runner's unlocking against a real data folder.
final class PinScreenTests: UTCTestCase {
    let word = "reigerveer"
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-pin-\(UUID().uuidString)/data")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }

    func describedState(rows: Int = 24, columns: Int = 80) -> AppState {
        var state = Fixture.state(rows: rows, columns: columns)
        state.press(.enter)
        state.type("Ik zie een \(word) op de mat.")
        state.press(.escape)
        return state
    }

    func text(_ state: AppState) -> String { Renderer.render(state).text }

    func testGoldenPinScreens() {
        for (rows, columns) in GoldenScreenTests.sizes {
            var state = describedState(rows: rows, columns: columns)
            state.overlays = [.pin(PinState(mode: .unlock, allowWithoutPin: true))]
            state.type("123")
            assertGolden(Renderer.render(state), "pincode-\(columns)x\(rows)")
            XCTAssertFalse(text(state).contains(word))
            var choose = Fixture.state(rows: rows, columns: columns)
            choose.overlays = [.pin(PinState(mode: .choose, allowWithoutPin: true))]
            assertGolden(Renderer.render(choose), "pincode-kiezen-\(columns)x\(rows)")
        }
    }

    /// Locked or not, the way to 112 and to advice stays on screen; the typed text does not.
    func testThePinScreenKeepsTheEmergencyLineAndHidesTheDrafts() {
        for (columns, rows) in [(80, 24), (60, 20)] {
            for mode in [PinState.Mode.unlock, .choose, .relock] {
                var state = describedState(rows: rows, columns: columns)
                state.overlays = [.pin(PinState(mode: mode))]
                let screen = text(state)
                XCTAssertTrue(screen.contains("112"), "\(mode) \(columns)x\(rows)\n\(screen)")
                XCTAssertFalse(screen.contains(word), "\(mode) \(columns)x\(rows)")
            }
        }
    }

    func testTheGateFollowsTheSettingAndVerplichtHidesWithoutPin() throws {
        let store = DraftStore(folder: folder)
        var config = Config()
        config.encryption = .uit
        XCTAssertEqual(try PinGate.decide(config: config, store: store), .open)
        config.encryption = .verplicht
        guard case .ask(let required) = try PinGate.decide(config: config, store: store) else { return XCTFail("geen pincodescherm") }
        var state = Fixture.state()
        state.overlays = [.pin(required)]
        XCTAssertFalse(text(state).contains("zonder pincode"))
        state.press(.character("z"))
        XCTAssertFalse(text(state).contains("versleuteld (bijvoorbeeld"), "z bood toch 'zonder pincode' aan")
        config.encryption = .aan
        guard case .ask(let offered) = try PinGate.decide(config: config, store: store) else { return XCTFail("geen pincodescherm") }
        state.overlays = [.pin(offered)]
        XCTAssertTrue(text(state).contains("zonder pincode"))
        // "zonder pincode" chosen earlier, and the corporation now requires one: choose a PIN.
        try Vault.chooseWithoutPin(store: store)
        config.encryption = .aan
        XCTAssertEqual(try PinGate.decide(config: config, store: store), .open)
        config.encryption = .verplicht
        XCTAssertEqual(try PinGate.decide(config: config, store: store), .ask(PinState(mode: .choose, allowWithoutPin: false)))
    }

    /// A restart continues where the wrong PINs of the last run left the screen: the wait still runs, and after ten
    /// the wipe offer comes first.
    func testTheGateStartsWithTheStoredWrongPins() throws {
        let store = DraftStore(folder: folder)
        _ = try Vault.choosePin("482913", store: store, limits: .fastestForTests)
        var config = Config()
        config.encryption = .aan
        XCTAssertNil(try Vault.unlock(pin: "000000", store: DraftStore(folder: folder)))
        guard case .ask(let once) = try PinGate.decide(config: config, store: DraftStore(folder: folder)) else { return XCTFail("geen pincodescherm") }
        XCTAssertEqual(once.attempts.failures, 1)
        XCTAssertNotNil(once.waitUntil, "the wait after a wrong PIN ended with the program")
        XCTAssertEqual(once.step, .current)
        for _ in 2...10 { XCTAssertNil(try Vault.unlock(pin: "000000", store: DraftStore(folder: folder))) }
        guard case .ask(let ten) = try PinGate.decide(config: config, store: DraftStore(folder: folder)) else { return XCTFail("geen pincodescherm") }
        XCTAssertEqual(ten.attempts.failures, 10)
        XCTAssertEqual(ten.step, .wipeOffer)
        var state = Fixture.state()
        state.overlays = [.pin(ten)]
        XCTAssertTrue(text(state).contains("wissen"), text(state))
    }

    func testChoosingTwiceAndTheUnlockWork() {
        var state = Fixture.state()
        state.overlays = [.pin(PinState(mode: .choose, allowWithoutPin: true))]
        state.type("12345\n")
        XCTAssertTrue(text(state).contains("minstens 6 cijfers"))
        state.type("123456\n654321\n")
        XCTAssertTrue(text(state).contains("niet gelijk"))
        state.type("123456\n")
        let effects = state.type("123456\n")
        XCTAssertEqual(effects, [.pin(.choose("123456"))])
        XCTAssertFalse(text(state).contains("•"), "de pincode bleef zichtbaar staan")
    }

    func testWrongPinsWaitLongerAndTenOfferTheWipe() {
        var state = describedState()
        state.overlays = [.pin(PinState(mode: .unlock))]
        var waits: [TimeInterval] = []
        for _ in 0..<10 {
            XCTAssertEqual(state.type("999999\n"), [.pin(.unlock("999999"))])
            _ = App.update(&state, .pin(.rejected))
            guard let pin = state.top(PinOverlay.self)?.pin, let until = pin.waitUntil else { return XCTFail("geen wachttijd") }
            waits.append(until.timeIntervalSince(state.now))
            // While waiting, typing and Enter start nothing.
            XCTAssertEqual(state.type("1\n"), [])
            _ = App.update(&state, .tick(until.addingTimeInterval(0.1)))
        }
        XCTAssertEqual(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60, 60])
        XCTAssertTrue(text(state).contains("wissen"), text(state))
        XCTAssertEqual(state.press(.character("j")), [.pin(.wipeAll)])
        _ = App.update(&state, .pin(.wiped(3)))
        XCTAssertEqual(state.overlays, [.pin({ var p = PinState(mode: .choose); p.message = "3 bestanden gewist. Kies een nieuwe pincode."; return p }())])
        XCTAssertFalse(text(state).contains(word))
        XCTAssertTrue(state.visit.observations.allSatisfy { $0.description.isEmpty })
    }

    func testTheScreenLocksAfterTheIdleTimeAndNotBefore() {
        var state = describedState()
        state.pinProtected = true
        state.config.idleLockMinutes = 5
        _ = App.update(&state, .tick(state.lastInput.addingTimeInterval(299)))
        XCTAssertFalse(state.overlays.contains(where: PinOverlay.isPin))
        state.press(.down)  // a key restarts the idle time
        _ = App.update(&state, .tick(state.lastInput.addingTimeInterval(299)))
        XCTAssertFalse(state.overlays.contains(where: PinOverlay.isPin))
        _ = App.update(&state, .tick(state.lastInput.addingTimeInterval(300)))
        XCTAssertTrue(state.overlays.contains(where: PinOverlay.isPin))
        XCTAssertFalse(text(state).contains("Beschrijving"))
        XCTAssertEqual(state.type("123456\n"), [.pin(.check("123456"))])
        _ = App.update(&state, .pin(.accepted))
        XCTAssertFalse(state.overlays.contains(where: PinOverlay.isPin))
        // Without a PIN, or with vergrendel-na = 0, it never locks.
        state.config.idleLockMinutes = 0
        _ = App.update(&state, .tick(state.now.addingTimeInterval(86_400)))
        XCTAssertFalse(state.overlays.contains(where: PinOverlay.isPin))
    }

    func testFixedKeysAreReadOnlyInTheSettingsAndThePinLineOpensTheChange() {
        var config = Fixture.config
        config.lockedKeys = ["sociaal-consulent.email", "voordeur.bewaardagen"]
        var state = Fixture.state(config: config)
        state.pinProtected = true
        state.press(.character("i"))
        guard let editor = state.editor else { return XCTFail("instellingen niet geopend") }
        let labels = editor.fields.map(\.spec.label)
        XCTAssertTrue(labels.contains("Vastgezet: Sociaal consulent: e-mail"), "\(labels)")
        XCTAssertTrue(labels.contains("Vastgezet: voordeur.bewaardagen"), "\(labels)")
        while state.focusedLabel != "Vastgezet: Sociaal consulent: e-mail" { state.press(.tab) }
        state.type("x")
        state.press(.backspace)
        XCTAssertEqual(state.config.consulentEmail, "a.jansen@woonstichting.example")
        XCTAssertEqual(state.editor?.hint, "Vastgezet door de corporatie; dit wijzig je hier niet.")
        while state.focusedLabel != "Pincode" { state.press(.tab) }
        state.press(.enter)
        guard let pin = state.top(PinOverlay.self)?.pin else { return XCTFail("pincodescherm niet geopend") }
        XCTAssertEqual(pin.mode, .change)
        state.type("111111\n222222\n")
        XCTAssertEqual(state.type("222222\n"), [.pin(.change(old: "111111", new: "222222"))])
        _ = App.update(&state, .pin(.changed))
        XCTAssertNotNil(state.editor, "na het wijzigen is de instellingen weer zichtbaar")
    }

    func testTheRunnerSealsWhatIsTypedAndOnlyTheRightPinOpensIt() throws {
        let runner = EffectRunner(store: DraftStore(folder: folder), defaultExportFolder: folder.appendingPathComponent("overdracht"))
        runner.pinLimits = .fastestForTests
        var state = describedState()
        guard case .pin(.unlocked)? = runner.perform(.pin(.choose("482913"))) else { return XCTFail("geen sleutel gemaakt") }
        state.visit.updatedAt = state.now
        XCTAssertEqual(runner.perform(.save(state.visit)).map { if case .saved = $0 { return true } else { return false } }, true)
        let bytes = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .map { try Data(contentsOf: $0) }
        XCTAssertFalse(bytes.contains { $0.range(of: Data(word.utf8)) != nil }, "het woord staat leesbaar in de gegevensmap")

        // The next start: a wrong PIN opens nothing and changes no file; the right one shows the text.
        let next = EffectRunner(store: DraftStore(folder: folder), defaultExportFolder: folder.appendingPathComponent("overdracht"))
        next.openAfterUnlock = { store in
            let visit = (try? store.open(retentionDays: 14).latestConcept) ?? Visit.new()
            return UnlockedStart(visit: visit, onDisk: true, notices: [], protected: true)
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            (try Data(contentsOf: folder.appendingPathComponent($0)), try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[.modificationDate] as? Date, name: $0)
        }
        guard case .pin(.rejected)? = next.perform(.pin(.unlock("482914"))) else { return XCTFail("onjuiste pincode niet geweigerd") }
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            (try Data(contentsOf: folder.appendingPathComponent($0)), try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[.modificationDate] as? Date, name: $0)
        }
        // Only the count of wrong PINs is new (it survives a restart); the right PIN below removes it.
        XCTAssertEqual(before.map(\.0), after.filter { $0.name != DataLayout.pinAttemptsFile }.map(\.0))
        XCTAssertEqual(before.map(\.1), after.filter { $0.name != DataLayout.pinAttemptsFile }.map(\.1))
        XCTAssertEqual(Vault.attempts(store: DraftStore(folder: folder)).failures, 1)
        guard case .pin(.unlocked(let start))? = next.perform(.pin(.unlock("482913"))) else { return XCTFail("juiste pincode opende niets") }
        var reopened = Fixture.state()
        reopened.overlays = [.pin(PinState(mode: .unlock))]
        _ = App.update(&reopened, .pin(.unlocked(start)))
        reopened.press(.enter)
        XCTAssertTrue(text(reopened).contains(word), text(reopened))
    }
}
