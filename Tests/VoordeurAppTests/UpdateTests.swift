import XCTest
@testable import VoordeurApp
import VoordeurKit

final class UpdateTests: XCTestCase {
    func testSpaceTicksAndUnticks() {
        var state = Fixture.state()
        state.press(.character(" "))
        XCTAssertTrue(state.visit.isTicked("woning.vreemd-reparatieverzoek"))
        XCTAssertTrue(state.dirty)
        state.press(.character(" "))
        XCTAssertFalse(state.visit.isTicked("woning.vreemd-reparatieverzoek"))
    }

    func testMovementKeys() {
        var state = Fixture.state()
        state.press(.down, .character("j"), .down)
        XCTAssertEqual(state.selected(.list(0)), 3)
        state.press(.up, .character("k"))
        XCTAssertEqual(state.selected(.list(0)), 1)
        state.press(.end)
        XCTAssertEqual(state.selected(.list(0)), 10)
        state.press(.down)
        XCTAssertEqual(state.selected(.list(0)), 10, "stays on the last row")
        state.press(.home)
        XCTAssertEqual(state.selected(.list(0)), 0)
        state.press(.pageDown)
        XCTAssertEqual(state.selected(.list(0)), 10)
        state.press(.pageUp)
        XCTAssertEqual(state.selected(.list(0)), 0)
    }

    func testTabsCycleBothWays() {
        var state = Fixture.state()
        XCTAssertEqual(state.tabs, [.list(0), .list(1), .own, .thirdParty, .visit, .handover])
        state.press(.tab)
        XCTAssertEqual(state.tab, .list(1))
        state.press(.backTab, .backTab)
        XCTAssertEqual(state.tab, .handover)
        state.press(.tab)
        XCTAssertEqual(state.tab, .list(0))
    }

    func testEnterOpensTheEditorTicksAndTypingReachesTheVisit() {
        var state = Fixture.state()
        state.press(.down, .enter)
        XCTAssertTrue(state.visit.isTicked("woning.vuistafdrukken"))
        XCTAssertEqual(state.editor?.target, .signal("woning.vuistafdrukken"))
        state.type("De woning is vies.")
        XCTAssertEqual(state.visit.observation(for: "woning.vuistafdrukken")?.description, "De woning is vies.")
        XCTAssertEqual(state.editor?.report?.findings.map(\.category), [.oordeel])
        state.press(.enter)
        state.type("Ik zie twee gaten.")
        XCTAssertEqual(state.visit.observation(for: "woning.vuistafdrukken")?.description, "De woning is vies.\nIk zie twee gaten.")
        state.press(.backspace, .left, .left, .delete)
        XCTAssertEqual(state.visit.observation(for: "woning.vuistafdrukken")?.description, "De woning is vies.\nIk zie twee gatn")
        state.press(.escape)
        XCTAssertEqual(state.mode, .browse)
        XCTAssertEqual(state.remarkCounts["woning.vuistafdrukken"], 1)
    }

    func testNamedToTenantAndReaction() {
        var state = Fixture.state()
        state.press(.enter, .tab, .character(" "), .tab)
        state.type("Dat is al oud.")
        state.press(.escape)
        let observation = state.visit.observation(for: "woning.vreemd-reparatieverzoek")
        XCTAssertEqual(observation?.namedToTenant, .ja)
        XCTAssertEqual(observation?.tenantReaction, "Dat is al oud.")
    }

    func testQuitSavesWhenThereAreChangesAndQInTheEditorTypes() {
        var state = Fixture.state()
        state.press(.enter)
        state.type("q")
        XCTAssertEqual(state.visit.observations.first?.description, "q")
        state.press(.escape)
        let effects = state.press(.character("q"))
        XCTAssertEqual(effects.count, 2)
        guard case .save(let visit) = effects[0] else { return XCTFail("first effect must save") }
        XCTAssertEqual(visit.observations.first?.description, "q")
        XCTAssertEqual(effects[1], .quit)
    }

    func testControlCQuitsFromTheEditorAndSaves() {
        var state = Fixture.state()
        state.press(.enter)
        state.type("Ik zie een gat.")
        let effects = state.press(.controlC)
        XCTAssertEqual(effects.last, .quit)
        guard case .save(let visit) = effects.first else { return XCTFail("must save") }
        XCTAssertEqual(visit.observations.first?.description, "Ik zie een gat.")
    }

    func testQuitWithoutChangesOnANewVisitWritesNothing() {
        var state = Fixture.state()
        XCTAssertEqual(state.press(.character("q")), [.quit])
    }

    func testTickSavesOnlyWhenDirtyAndFailuresAreRetried() {
        var state = Fixture.state()
        XCTAssertEqual(App.update(&state, .tick(Fixture.start)), [])
        state.press(.character(" "))
        let effects = App.update(&state, .tick(Fixture.start.addingTimeInterval(1)))
        XCTAssertEqual(effects.count, 1)
        XCTAssertFalse(state.dirty)
        _ = App.update(&state, .saveFailed("de schijf is vol"))
        XCTAssertTrue(state.dirty)
        XCTAssertTrue(state.saveProblem?.contains("de schijf is vol") ?? false)
        XCTAssertTrue(Renderer.render(state).text.contains("NIET OPGESLAGEN"))
        XCTAssertEqual(App.update(&state, .tick(Fixture.start.addingTimeInterval(2))).count, 1, "retried on the next tick")
        _ = App.update(&state, .saved(Fixture.start.addingTimeInterval(2)))
        XCTAssertNil(state.saveProblem)
        XCTAssertTrue(state.visit.isTicked("woning.vreemd-reparatieverzoek"), "nothing dropped")
    }

    func testPastedEscapeSequencesAndControlCharactersNeverReachTheText() {
        var state = Fixture.state()
        state.press(.enter)
        _ = App.update(&state, .paste("Ik zie\u{1B}[31m rood\u{1B}[0m\u{07} \u{1B}]52;c;aGFjaw==\u{07}verf\u{0}.\u{202E}"))
        XCTAssertEqual(state.visit.observations.first?.description, "Ik zie rood verf.")
    }

    func testAHugePasteIsCutAtTheLimitAndSaid() {
        var state = Fixture.state()
        state.press(.enter)
        _ = App.update(&state, .paste(String(repeating: "Ik zie een deuk. ", count: 6_000)))
        XCTAssertEqual(state.visit.observations.first?.description.count, TextBuffer.maximumLength)
        XCTAssertTrue(state.editor?.truncated ?? false)
        XCTAssertTrue(Renderer.render(state).text.contains("te lang"))
    }

    func testHelpAndSpecialSituations() {
        var state = Fixture.state()
        state.press(.character("?"))
        XCTAssertEqual(state.mode, .help(scroll: 0))
        state.press(.escape)
        state.press(.character("!"))
        XCTAssertEqual(state.mode, .special(selected: 0))
        state.press(.character(" "), .down, .down, .character(" "))
        XCTAssertTrue(state.visit.special.acuteDanger)
        XCTAssertTrue(state.visit.special.recentSexualViolence)
        state.press(.escape)
        XCTAssertEqual(state.mode, .browse)
    }

    func testDiscreetModeHidesEverythingUntilPressedAgain() {
        var state = Fixture.state()
        state.press(.enter)
        state.type("Ik zie een gat in de deur.")
        state.press(.f2)
        let hidden = Renderer.render(state).text
        XCTAssertFalse(hidden.contains("gat"))
        XCTAssertFalse(hidden.contains("Voordeur"))
        XCTAssertFalse(hidden.contains("Beschrijf"))
        state.type("xyz")
        XCTAssertEqual(state.visit.observations.first?.description, "Ik zie een gat in de deur.", "keys do nothing while hidden")
        state.press(.f2)
        XCTAssertTrue(Renderer.render(state).text.contains("Ik zie een gat in de deur."))
    }

    func testOwnSignalsAndThirdParties() {
        var state = Fixture.state()
        state.press(.tab, .tab)
        XCTAssertEqual(state.tab, .own)
        state.press(.enter)
        state.type("rookmelder afgeplakt")
        state.press(.tab)
        state.type("Ik zie tape over de rookmelder in de gang.")
        state.press(.escape)
        XCTAssertEqual(state.visit.ownSignals.map(\.title), ["rookmelder afgeplakt"])
        XCTAssertEqual(state.visit.ownSignals.first?.description, "Ik zie tape over de rookmelder in de gang.")
        // An own signal opened and left empty is not kept.
        state.press(.down, .enter, .escape)
        XCTAssertEqual(state.visit.ownSignals.count, 1)

        state.press(.tab)
        XCTAssertEqual(state.tab, .thirdParty)
        state.press(.enter)
        state.type("buurvrouw")
        state.press(.tab)
        state.type("Hoort 's nachts geschreeuw.")
        state.press(.tab, .character(" "))
        state.press(.escape)
        XCTAssertEqual(state.visit.thirdParty.first?.role, "buurvrouw")
        XCTAssertEqual(state.visit.thirdParty.first?.said, "Hoort 's nachts geschreeuw.")
        XCTAssertEqual(state.visit.thirdParty.first?.advisedVeiligThuis, true)
        XCTAssertEqual(state.visit.thirdParty.first?.advised112, false)
        // Removing asks first.
        state.press(.home, .character("x"))
        XCTAssertEqual(state.mode, .confirm(.removeThirdParty(state.visit.thirdParty[0].id)))
        state.press(.character("n"))
        XCTAssertEqual(state.visit.thirdParty.count, 1)
        state.press(.character("x"), .character("j"))
        XCTAssertEqual(state.visit.thirdParty.count, 0)
    }

    func testVisitForm() {
        var state = Fixture.state()
        state.press(.backTab, .backTab)
        XCTAssertEqual(state.tab, .visit)
        state.press(.character(" "))
        XCTAssertEqual(state.visit.reason, .reparatie)
        state.press(.right, .right)
        XCTAssertEqual(state.visit.reason, .inspectie)
        state.press(.down, .down, .enter)
        state.type("WO-2026-1187")
        state.press(.escape, .down, .character(" "))
        XCTAssertEqual(state.visit.homeReference, "WO-2026-1187")
        XCTAssertEqual(state.visit.childrenPresent, .ja)
    }

    func testHandoverExportCopyMarkAndDelete() {
        var state = Fixture.state(config: Fixture.config)
        state.press(.enter)
        state.type("De woning is vies.")
        state.press(.escape)
        state.press(.backTab)
        XCTAssertEqual(state.tab, .handover)
        // Remarks of the coach: a warning first.
        XCTAssertEqual(state.press(.character("e")), [])
        XCTAssertEqual(state.mode, .confirm(.exportWithRemarks(.txt)))
        let effects = state.press(.character("j"))
        guard case .writeExport(let folder, let name, let content) = effects.first else { return XCTFail("no export") }
        XCTAssertEqual(folder.path, "/tmp/voordeur-export")
        XCTAssertEqual(name, "overdracht-20261122-0930-abcd.txt")
        XCTAssertTrue(content.hasPrefix("Overdracht signalen – vertrouwelijk"))
        state.press(.character("f"))
        XCTAssertEqual(state.exportFormat, .md)
        guard case .copyToClipboard(let text) = state.press(.character("c")).first else { return XCTFail("no copy") }
        XCTAssertTrue(text.contains("De woning is vies."))
        state.press(.character("o"))
        XCTAssertEqual(state.visit.status, .overgedragen)
        XCTAssertEqual(state.mode, .confirm(.deleteAfterHandover))
        XCTAssertEqual(state.press(.character("j")), [.deleteDraft(id: "20261122-0930-abcd")])
        _ = App.update(&state, .draftDeleted)
        XCTAssertEqual(state.visit.observations, [])
        XCTAssertNotEqual(state.visit.id, "20261122-0930-abcd")
        XCTAssertFalse(state.dirty, "the new, empty visit is not written until something is entered")
        XCTAssertNil(state.lastSaved)
        XCTAssertEqual(state.press(.character("q")), [.quit], "quitting does not write the empty visit")
    }

    func testStartNoticesAreShownOneAfterAnother() {
        DateText.timeZone = TimeZone(identifier: "UTC")!
        var state = AppState(card: CardLoader.defaultCard(), config: Config(), coach: Fixture.coach,
                             visit: Visit(id: "v", startedAt: Fixture.start), exportFolder: URL(fileURLWithPath: "/tmp"),
                             notices: ["1 concept(en) ouder dan 14 dagen gewist (bewaartermijn).", "Concept bezoek-x.json kon niet worden gelezen."])
        XCTAssertTrue(Renderer.render(state).text.contains("1 concept(en) ouder dan 14 dagen gewist"))
        state.press(.down)
        XCTAssertTrue(Renderer.render(state).text.contains("Concept bezoek-x.json kon niet worden gelezen."))
        state.press(.down)
        XCTAssertTrue(Renderer.render(state).text.contains("✎ = beschreven"))
    }

    func testHandoverScrollStopsAtTheEnd() {
        var state = Fixture.state()
        state.tab = .handover
        for _ in 0..<500 { state.press(.down) }
        let bottom = state.handoverScroll
        XCTAssertEqual(bottom, HandoverView.maximumScroll(state))
        XCTAssertGreaterThan(bottom, 0)
        state.press(.up)
        XCTAssertEqual(state.handoverScroll, bottom - 1, "one key back up, not hundreds")
        XCTAssertTrue(Renderer.render(state).text.contains("huurdersdossier"), "the end of the note is in view")
    }

    func testTooSmallTerminalShowsAMessageAndKeepsWorking() {
        var state = Fixture.state(rows: 19, columns: 80)
        XCTAssertTrue(Renderer.render(state).text.contains("Venster te klein"))
        state.press(.character(" "))
        XCTAssertEqual(state.visit.observations, [], "no hidden changes while too small")
        _ = App.update(&state, .resize(rows: 24, columns: 80))
        XCTAssertTrue(Renderer.render(state).text.contains("vuistafdrukken"))
    }

    func testHelpIsDrivenByTheKeyTable() {
        let help = HelpView.lines().joined(separator: "\n")
        for binding in KeyBindings.all {
            XCTAssertTrue(help.contains(binding.label), binding.label)
            XCTAssertTrue(help.contains(binding.help), binding.help)
        }
        XCTAssertTrue(help.contains("Intern overleg"))
    }

    func testEveryFrameFitsAndShowsTheEmergencyLine() {
        for (rows, columns) in [(20, 60), (24, 80), (40, 120), (50, 200)] {
            var state = Fixture.state(rows: rows, columns: columns)
            for tab in state.tabs {
                state.tab = tab
                let lines = Renderer.render(state).textLines()
                XCTAssertEqual(lines.count, rows)
                XCTAssertTrue(lines.contains { $0.contains("Bel 112") && $0.contains("0800-2000") }, "\(tab) at \(columns)x\(rows)")
                for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), columns) }
            }
        }
    }
}

final class TextBufferTests: XCTestCase {
    func testWrapAndVerticalMovement() {
        var buffer = TextBuffer("Ik zie twee gaten in de deur van de slaapkamer", multiline: true)
        let lines = buffer.layout(width: 20)
        XCTAssertEqual(lines.map { String(buffer.characters[$0]) }, ["Ik zie twee gaten ", "in de deur van de ", "slaapkamer"])
        buffer.up(width: 20)
        XCTAssertEqual(buffer.cursorPosition(width: 20).line, 1)
        buffer.home(width: 20)
        XCTAssertEqual(buffer.cursor, 18)
        buffer.end(width: 20)
        XCTAssertEqual(buffer.cursor, 35)
    }

    func testWideAndCombiningCharacters() {
        var buffer = TextBuffer(multiline: false)
        buffer.insert("e\u{0308}ën – ✓ 漢字")
        XCTAssertEqual(buffer.text, "ëën – ✓ 漢字")
        XCTAssertEqual(DisplayWidth.of(buffer.text), 12)
        buffer.insert("\nregel")
        XCTAssertEqual(buffer.text, "ëën – ✓ 漢字 regel", "single-line fields turn newlines into spaces")
    }
}

final class BurstTests: XCTestCase {
    func testAPasteOnAToggleFieldActsAsKeys() {
        var state = Fixture.state()
        state.press(.enter, .tab)
        XCTAssertEqual(state.editor?.focusedField, .namedToTenant)
        _ = App.update(&state, .paste(" "))
        XCTAssertEqual(state.editor?.answer, .ja)
        _ = App.update(&state, .paste("\tZei niets."))
        XCTAssertEqual(state.editor?.focusedField, .reaction)
    }
}
