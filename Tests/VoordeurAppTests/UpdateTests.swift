import XCTest
@testable import VoordeurApp
import VoordeurKit

final class UpdateTests: UTCTestCase {
    let firstSignal = "woning.vreemd-reparatieverzoek"

    func testSpaceTicksAndUnticks() {
        var state = Fixture.state()
        state.press(.character(" "))
        XCTAssertTrue(state.visit.isTicked(firstSignal))
        XCTAssertTrue(state.dirty)
        state.press(.character(" "))
        XCTAssertFalse(state.visit.isTicked(firstSignal))
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

    func testUpMovesTheHighlightAndDoesNotScrollTheListUnderIt() {
        // 60×20: the list of 11 signals does not fit, so it scrolls.
        var state = Fixture.state(rows: 20, columns: 60)
        let visible = Regions.main(state).body.count
        XCTAssertLessThan(visible, 11)
        state.press(.end)
        let offset = state.cursor(.list(0)).offset
        XCTAssertEqual(offset, 11 - visible)
        state.press(.up)
        XCTAssertEqual(state.cursor(.list(0)).offset, offset, "↑ moves the highlight; the list stays")
        XCTAssertEqual(state.selected(.list(0)), 9)
    }

    func testPageDownMovesByWhatTheScreenShows() {
        var state = Fixture.state(rows: 20, columns: 60)
        let visible = Regions.main(state).body.count
        state.press(.pageDown)
        XCTAssertEqual(state.selected(.list(0)), visible - 1, "one page is what is visible, less one row of overlap")
        let screen = Renderer.render(state).text
        XCTAssertTrue(screen.contains("▸ [ ] " + String(state.card.lists[0].signals[visible - 1].text.prefix(20))),
                      "the selected row is on screen")
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

    func testEnterOpensTheEditorWithoutTickingAndTypingReachesTheVisit() {
        var state = Fixture.state()
        state.press(.down, .enter)
        XCTAssertFalse(state.visit.isTicked("woning.vuistafdrukken"), "reading the question does not tick")
        XCTAssertEqual(state.editor?.target, .signal("woning.vuistafdrukken"))
        state.type("De woning is vies.")
        XCTAssertTrue(state.visit.isTicked("woning.vuistafdrukken"), "writing something ticks it")
        XCTAssertEqual(state.visit.observation(for: "woning.vuistafdrukken")?.description, "De woning is vies.")
        XCTAssertEqual(state.editor?.report?.findings.map(\.category), [.oordeel])
        state.press(.enter)
        state.type("Ik zie twee gaten.")
        XCTAssertEqual(state.visit.observation(for: "woning.vuistafdrukken")?.description, "De woning is vies.\nIk zie twee gaten.")
        state.press(.backspace, .left, .left, .delete)
        XCTAssertEqual(state.visit.observation(for: "woning.vuistafdrukken")?.description, "De woning is vies.\nIk zie twee gatn")
        state.press(.escape)
        XCTAssertNil(state.top)
        XCTAssertEqual(state.remarkCounts["woning.vuistafdrukken"], 1)
    }

    func testEnterThenEscOnAnUntouchedSignalLeavesItUnticked() {
        var state = Fixture.state()
        state.press(.enter, .escape)
        XCTAssertFalse(state.visit.isTicked(firstSignal))
        XCTAssertEqual(state.visit.observations, [])
        XCTAssertFalse(Renderer.render(state).text.contains("[x]"))
        state.press(.character(" "))
        XCTAssertTrue(Renderer.render(state).textLines()[0].contains("1 signaal"), Renderer.render(state).textLines()[0])
        state.press(.down, .character(" "))
        XCTAssertTrue(Renderer.render(state).textLines()[0].contains("2 signalen"))
    }

    func testDownAtTheEndOfADescriptionStaysInTheDescription() {
        // The done-when of the flow issue: "regel een", ↓ twice, " en verder".
        var state = Fixture.state()
        state.press(.down, .enter)
        state.type("regel een")
        state.press(.down, .down)
        state.type(" en verder")
        let observation = state.visit.observation(for: "woning.vuistafdrukken")
        XCTAssertEqual(observation?.description, "regel een en verder")
        XCTAssertEqual(observation?.namedToTenant, .onbekend, "\"Direct benoemd\" is unchanged")
        XCTAssertEqual(state.focusedLabel, "Beschrijving")
        state.press(.up, .up, .up)
        XCTAssertEqual(state.focusedLabel, "Beschrijving", "↑ at the top stays too")
    }

    func testUpAndDownNeverLeaveASingleLineField() {
        var state = Fixture.state()
        state.press(.enter, .backTab, .backTab)
        XCTAssertEqual(state.focusedLabel, "Reactie van de huurder")
        state.type("ja")
        state.press(.up)
        state.type("!")
        state.press(.down)
        state.type("?")
        XCTAssertEqual(state.visit.observation(for: firstSignal)?.tenantReaction, "!ja?")
        XCTAssertEqual(state.focusedLabel, "Reactie van de huurder")
    }

    func testLettersOnAChoiceFieldDoNothingButExplain() {
        var state = Fixture.state()
        state.press(.enter, .tab, .tab)
        XCTAssertEqual(state.focusedLabel, "Direct benoemd bij de huurder?")
        state.type("janee")
        XCTAssertEqual(state.visit.observation(for: firstSignal)?.namedToTenant ?? .onbekend, .onbekend)
        XCTAssertEqual(state.editor?.hint, EditorOverlay.choiceHint)
        XCTAssertTrue(Renderer.render(state).text.contains("Dit is een keuzeveld"))
        state.press(.character(" "))
        XCTAssertEqual(state.visit.observation(for: firstSignal)?.namedToTenant, .ja)
        XCTAssertNil(state.editor?.hint)
    }

    func testNamedToTenantWhoAndReaction() {
        var state = Fixture.state()
        state.press(.enter, .tab, .character(" "), .character(" "), .tab, .character(" "), .tab)
        state.type("Dat is al oud.")
        state.press(.escape)
        let observation = state.visit.observation(for: firstSignal)
        XCTAssertEqual(observation?.concerns, .partner)
        XCTAssertEqual(observation?.namedToTenant, .ja)
        XCTAssertEqual(observation?.tenantReaction, "Dat is al oud.")
        let note = state.memo.note(state).plainText()
        XCTAssertTrue(note.contains("Over: partner"), note)
    }

    func testAPasteWithATabAndCRLFStaysTextInTheDescription() {
        var state = Fixture.state()
        state.press(.enter)
        _ = App.update(&state, .paste("ik zag een jas\tjij nee ja\r\njawel"))
        XCTAssertEqual(state.visit.observation(for: firstSignal)?.description, "ik zag een jas\tjij nee ja\njawel")
        XCTAssertEqual(state.focusedLabel, "Beschrijving", "no field change")
        XCTAssertEqual(state.visit.observation(for: firstSignal)?.namedToTenant, .onbekend)
        XCTAssertEqual(state.visit.observation(for: firstSignal)?.tenantReaction, "")
    }

    func testAPasteOnAChoiceFieldIsNotTakenAsKeys() {
        var state = Fixture.state()
        state.press(.enter, .tab, .tab)
        _ = App.update(&state, .paste(" \tZei niets."))
        XCTAssertEqual(state.visit.observation(for: firstSignal)?.namedToTenant ?? .onbekend, .onbekend)
        XCTAssertEqual(state.focusedLabel, "Direct benoemd bij de huurder?")
        XCTAssertTrue(state.editor?.hint?.contains("Plakken kan alleen in een tekstveld") ?? false)
    }

    func testAPasteOutsideAnEditorIsNotACommand() {
        var state = Fixture.state()
        _ = App.update(&state, .paste("q x j\n"))
        XCTAssertFalse(state.quitting)
        XCTAssertEqual(state.visit.observations, [])
        XCTAssertTrue(state.status?.contains("Plakken kan alleen") ?? false)
    }

    func testQuitWaitsForTheFinalSaveAndQInTheEditorTypes() {
        var state = Fixture.state()
        state.press(.enter)
        state.type("q")
        XCTAssertEqual(state.visit.observations.first?.description, "q")
        state.press(.escape)
        let effects = state.press(.character("q"))
        XCTAssertEqual(effects.count, 1)
        guard case .finalSave(let visit) = effects[0] else { return XCTFail("quit must save first") }
        XCTAssertEqual(visit.observations.first?.description, "q")
        XCTAssertEqual(App.update(&state, .finalSaved), [.quit], "only a successful save quits")
    }

    func testQuitWithAFailingSaveDoesNotExitAndOffersChoices() {
        var state = Fixture.state()
        state.press(.enter)
        state.type("Ik zie een gat.")
        XCTAssertEqual(state.press(.controlC).count, 1)
        XCTAssertEqual(App.update(&state, .finalSaveFailed("de schijf is vol")), [], "no quit")
        guard state.top(QuitOverlay.self) != nil else { return XCTFail("a dialog must ask") }
        let screen = Renderer.render(state).text
        XCTAssertTrue(screen.contains("de schijf is vol"))
        XCTAssertTrue(screen.contains("o = opnieuw proberen"))
        // Try again: a new final save.
        guard case .finalSave? = state.press(.character("o")).first else { return XCTFail("retry must save") }
        _ = App.update(&state, .finalSaveFailed("de schijf is nog steeds vol"))
        // Another folder, typed.
        state.press(.character("a"))
        state.type("/tmp/elders")
        guard case .saveCopy(let visit, let folder)? = state.press(.enter).first else { return XCTFail("copy expected") }
        XCTAssertEqual(folder, "/tmp/elders")
        XCTAssertEqual(visit.observations.first?.description, "Ik zie een gat.")
        _ = App.update(&state, .copySaveFailed("geen schrijfrechten"))
        XCTAssertTrue(Renderer.render(state).text.contains("geen schrijfrechten"))
        state.press(.escape)
        // Quit anyway needs a second, explicit yes.
        state.press(.character("s"))
        XCTAssertEqual(state.top, .confirm(.quitWithoutSaving))
        XCTAssertEqual(state.press(.character("n")), [])
        guard state.top(QuitOverlay.self) != nil else { return XCTFail("back to the choices") }
        state.press(.character("s"))
        XCTAssertEqual(state.press(.character("j")), [.quit])
    }

    func testEscInTheQuitDialogKeepsWorking() {
        var state = Fixture.state()
        state.press(.character(" "))
        _ = state.press(.character("q"))
        _ = App.update(&state, .finalSaveFailed("alleen-lezen"))
        state.press(.escape)
        XCTAssertNil(state.top)
        XCTAssertFalse(state.quitting)
        XCTAssertTrue(state.dirty, "the next tick tries to save again")
        XCTAssertEqual(App.update(&state, .tick(Fixture.start.addingTimeInterval(5))).count, 1)
    }

    func testQuitWithoutChangesOnANewVisitWritesNothing() {
        var state = Fixture.state()
        XCTAssertEqual(state.press(.character("q")), [.quit])
    }

    func testOpeningADraftAndQuittingDoesNotRenewItsRetention() {
        var state = Fixture.state()
        state.onDisk = true
        XCTAssertEqual(state.press(.character("q")), [.quit], "nothing changed: nothing written, updatedAt untouched")
        XCTAssertEqual(state.visit.updatedAt, Fixture.start)
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
        let screen = Renderer.render(state).text
        XCTAssertTrue(screen.contains("NIET OPGESLAGEN"))
        XCTAssertTrue(screen.contains("de schijf is vol"), "the reason is shown in full, wrapped")
        XCTAssertEqual(App.update(&state, .tick(Fixture.start.addingTimeInterval(2))).count, 1, "retried on the next tick")
        _ = App.update(&state, .saved(Fixture.start.addingTimeInterval(2)))
        XCTAssertNil(state.saveProblem)
        XCTAssertTrue(state.visit.isTicked(firstSignal), "nothing dropped")
    }

    func testALongSaveProblemWrapsInsteadOfBeingCut() {
        var state = Fixture.state()
        _ = App.update(&state, .saveFailed("kan /home/vakman/.local/share/voordeur/bezoek-20261122-0930-abcd.json niet schrijven (geen ruimte meer op het apparaat)"))
        let text = Renderer.render(state).text.replacingOccurrences(of: "\n ", with: " ")
        XCTAssertTrue(text.contains("geen ruimte meer op het apparaat"), text)
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

    func testHelpPagesAndSpecialSituations() {
        var state = Fixture.state()
        state.press(.character("?"))
        XCTAssertEqual(state.top, Overlay(HelpOverlay(page: 0)))
        state.press(.tab)
        XCTAssertEqual(state.top, Overlay(HelpOverlay(page: 1)))
        let plan = Renderer.render(state).text
        XCTAssertTrue(plan.contains("2. Intern overleg"), "the step plan without scrolling past the keys")
        XCTAssertTrue(plan.contains("1. Signaleren"))
        XCTAssertTrue(plan.contains("Eergerelateerd geweld"))
        state.press(.escape)
        state.press(.character("!"))
        XCTAssertEqual(state.top, Overlay(SpecialOverlay()))
        state.press(.character(" "), .down, .down, .character(" "))
        XCTAssertTrue(state.visit.special.acuteDanger)
        XCTAssertTrue(state.visit.special.recentSexualViolence)
        state.press(.escape)
        XCTAssertNil(state.top)
    }

    func testHelpScrollHasAnEnd() {
        var state = Fixture.state()
        state.press(.character("?"))
        for _ in 0..<300 { state.press(.down) }
        guard let help = state.top(HelpOverlay.self) else { return XCTFail() }
        let bottom = help.scroll
        state.press(.up)
        guard let after = state.top(HelpOverlay.self) else { return XCTFail() }
        XCTAssertEqual(after.scroll, bottom - 1, "one key back up, not hundreds")
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
        state.press(.tab, .character(" "))
        state.press(.escape)
        XCTAssertEqual(state.visit.ownSignals.map(\.title), ["rookmelder afgeplakt"])
        XCTAssertEqual(state.visit.ownSignals.first?.description, "Ik zie tape over de rookmelder in de gang.")
        XCTAssertEqual(state.visit.ownSignals.first?.concerns, .huurder)
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
        XCTAssertEqual(state.top, .confirm(.removeThirdParty(state.visit.thirdParty[0].id)))
        state.press(.character("n"))
        XCTAssertEqual(state.visit.thirdParty.count, 1)
        state.press(.character("x"), .character("j"))
        XCTAssertEqual(state.visit.thirdParty.count, 0)
    }

    func testVisitFormWithDateCorrectionAndStatusBack() {
        var state = Fixture.state()
        state.press(.backTab, .backTab)
        XCTAssertEqual(state.tab, .visit)
        // Date and time: corrected, and a wrong one leaves it as it was.
        state.press(.enter)
        for _ in 0..<20 { state.press(.backspace) }
        state.type("21-11-2026 14:05")
        state.press(.enter)
        XCTAssertEqual(DateText.dateTime(state.visit.startedAt), "21-11-2026 14:05")
        state.press(.enter)
        state.type("xx")
        state.press(.escape)
        XCTAssertEqual(DateText.dateTime(state.visit.startedAt), "21-11-2026 14:05")
        XCTAssertTrue(state.status?.contains("niet gewijzigd") ?? false)
        state.press(.down, .character(" "))
        XCTAssertEqual(state.visit.reason, .reparatie)
        state.press(.right, .right)
        XCTAssertEqual(state.visit.reason, .inspectie)
        state.press(.down, .down, .enter)
        state.type("WO-2026-1187")
        state.press(.escape, .down, .character(" "))
        XCTAssertEqual(state.visit.homeReference, "WO-2026-1187")
        XCTAssertEqual(state.visit.childrenPresent, .ja)
        state.press(.end, .character(" "))
        XCTAssertEqual(state.visit.status, .overgedragen)
        state.press(.character(" "))
        XCTAssertEqual(state.visit.status, .concept, "handed over can be set back to concept")
        XCTAssertNil(state.visit.handedOverAt)
    }

    func testReasonOtherAppearsInTheNote() {
        var state = Fixture.state()
        state.tab = .visit
        state.press(.down, .right, .right, .right, .right, .right)
        XCTAssertEqual(state.visit.reason, .anders)
        state.press(.down, .enter)
        state.type("meteropname")
        state.press(.escape)
        XCTAssertTrue(state.memo.note(state).plainText().contains("Toelichting bij 'anders': meteropname"))
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
        guard let review = state.top(ReviewOverlay.self) else { return XCTFail("no review") }
        XCTAssertEqual(review.action, .export(.txt))
        let effects = state.press(.character("j"))
        guard case .writeExport(let folder, let name, let content, _) = effects.first else { return XCTFail("no export") }
        XCTAssertEqual(folder.path, "/tmp/voordeur-export")
        XCTAssertEqual(name, "overdracht-20261122-0930-abcd.txt")
        XCTAssertTrue(content.hasPrefix("Overdracht signalen – vertrouwelijk"))
        state.press(.character("f"))
        XCTAssertEqual(state.exportFormat, .md)
        guard case .copyToClipboard(let text) = state.press(.character("c"), .character("j")).first else { return XCTFail("no copy") }
        XCTAssertTrue(text.contains("De woning is vies."))
        _ = App.update(&state, .exported(path: "/tmp/voordeur-export/overdracht-20261122-0930-abcd.txt"))
        state.press(.character("o"))
        XCTAssertEqual(state.visit.status, .concept, "nothing changes before the yes")
        XCTAssertEqual(state.top, .confirm(.markHandedOver))
        state.press(.character("j"))
        XCTAssertEqual(state.visit.status, .overgedragen)
        XCTAssertEqual(state.top, .confirm(.deleteAfterHandover))
        XCTAssertEqual(state.press(.character("j")), [.deleteVisit(id: "20261122-0930-abcd")])
        _ = App.update(&state, .visitDeleted(removed: 1, remaining: ["/media/usb/overdracht-20261122-0930-abcd.txt"]))
        XCTAssertTrue(state.status?.contains("/media/usb/overdracht-20261122-0930-abcd.txt") ?? false, "says what remains")
        XCTAssertEqual(state.visit.observations, [])
        XCTAssertNotEqual(state.visit.id, "20261122-0930-abcd")
        XCTAssertFalse(state.dirty, "the new, empty visit is not written until something is entered")
        XCTAssertEqual(state.press(.character("q")), [.quit], "quitting does not write the empty visit")
    }

    func testHandoverWithoutANoteNeedsAnExplicitYesAndOffersNoDeletion() {
        var state = Fixture.state()
        state.press(.character(" "))
        state.tab = .handover
        state.press(.character("o"))
        XCTAssertEqual(state.top, .confirm(.markHandedOver))
        XCTAssertEqual(state.press(.character("n")), [])
        XCTAssertNil(state.top)
        XCTAssertEqual(state.visit.status, .concept, "n keeps the concept")
        XCTAssertEqual(state.visit.observations.count, 1, "nothing deleted")
        XCTAssertEqual(state.press(.character("o"), .character("j")), [])
        XCTAssertEqual(state.visit.status, .overgedragen)
        XCTAssertNil(state.top, "no note left the program in this session: deleting is not offered")
        XCTAssertEqual(state.press(.character("o")), [], "not even on a second o")
        XCTAssertNil(state.top)
    }

    func testSettingsScreenWritesTheConfig() {
        var state = Fixture.state()
        state.tab = .own
        state.press(.character("i"))
        XCTAssertEqual(state.editor?.target, .settings)
        state.type("Jan de Vries")
        state.press(.tab, .character(" "))
        XCTAssertEqual(state.config.workerRole, state.card.jobTitles.first)
        state.press(.tab, .tab)
        state.type("j.devries@corporatie.nl")
        state.press(.tab)
        state.type("Anna Jansen")
        state.press(.tab)
        state.type("a.jansen@corporatie.nl")
        let effects = state.press(.escape)
        guard case .writeConfig(let config, let url)? = effects.first else { return XCTFail("config not written") }
        XCTAssertEqual(url, state.configLocation)
        XCTAssertEqual(config.workerName, "Jan de Vries")
        XCTAssertEqual(config.workerEmail, "j.devries@corporatie.nl")
        XCTAssertEqual(config.consulentName, "Anna Jansen")
        XCTAssertFalse(state.dirty, "settings are not part of the visit: nothing to save in the draft")
        XCTAssertEqual(state.memo.note(state).email().components(separatedBy: "\r\n").first,
                       "From: Jan de Vries <j.devries@corporatie.nl>")
    }

    func testSettingsWithAWrongEmailAreNotWritten() {
        var state = Fixture.state()
        state.press(.character("i"), .tab, .tab, .tab)
        state.type("geen adres")
        XCTAssertEqual(state.press(.escape), [])
        XCTAssertTrue(state.status?.contains("jouw e-mailadres") ?? false)
    }

    func testVisitsOverlayOpensAnotherVisitAndStartsANewOne() {
        var state = Fixture.state()
        state.press(.character(" "))
        XCTAssertEqual(state.press(.character("b")), [.listVisits])
        XCTAssertTrue(Renderer.render(state).text.contains("Concepten worden gelezen"))
        var older = Visit(id: "20261120-0800-beef", startedAt: Fixture.start.addingTimeInterval(-2 * 86_400))
        older.homeReference = "WO-77"
        older.updatedAt = older.startedAt
        _ = App.update(&state, .visitsListed([DraftSummary(older)], problems: []))
        let screen = Renderer.render(state).text
        XCTAssertTrue(screen.contains("WO-77"))
        XCTAssertTrue(screen.contains("nu open"))
        XCTAssertTrue(screen.contains("nog 12 d."))
        state.press(.down)
        guard case .openVisit(let id, let current)? = state.press(.enter).first else { return XCTFail("open expected") }
        XCTAssertEqual(id, "20261120-0800-beef")
        XCTAssertEqual(current?.observations.count, 1, "the visit on screen is saved first")
        _ = App.update(&state, .visitOpened(older))
        XCTAssertEqual(state.visit.id, "20261120-0800-beef")
        XCTAssertNil(state.top)
        state.press(.character("b"))
        guard case .newVisit? = state.press(.character("n")).first else { return XCTFail("new visit expected") }
        _ = App.update(&state, .newVisitStarted)
        XCTAssertNotEqual(state.visit.id, "20261120-0800-beef")
    }

    func testStartNoticesAreShownOneAfterAnother() {
        var state = AppState(card: CardLoader.defaultCard(), config: Config(), coach: Fixture.coach,
                             visit: Visit(id: "v", startedAt: Fixture.start), exportFolder: URL(fileURLWithPath: "/tmp"),
                             notices: ["1 concept ouder dan 14 dagen gewist (bewaartermijn).", "Concept bezoek-x.json kon niet worden gelezen."])
        XCTAssertTrue(Renderer.render(state).text.contains("1 concept ouder dan 14 dagen gewist"))
        state.press(.down)
        XCTAssertTrue(Renderer.render(state).text.contains("Concept bezoek-x.json kon niet worden gelezen."))
        state.press(.down)
        XCTAssertFalse(Renderer.render(state).text.contains("bezoek-x.json"))
    }

    func testHandoverScrollStopsAtTheEnd() {
        var state = Fixture.state()
        state.tab = .handover
        for _ in 0..<500 { state.press(.down) }
        let bottom = state.cursor(.handover).offset
        XCTAssertEqual(bottom, HandoverTab.maximumScroll(state, Regions.main(state)))
        XCTAssertGreaterThan(bottom, 0)
        state.press(.up)
        XCTAssertEqual(state.cursor(.handover).offset, bottom - 1, "one key back up, not hundreds")
        XCTAssertTrue(Renderer.render(state).text.contains("huurdersdossier"), "the end of the note is in view")
    }

    func testTheNoteIsBuiltOncePerChange() {
        var state = Fixture.state()
        state.tab = .handover
        _ = Renderer.render(state)
        let builds = state.memo.builds
        for _ in 0..<5 { state.press(.down); _ = Renderer.render(state) }
        _ = App.update(&state, .tick(state.now.addingTimeInterval(1)))
        _ = Renderer.render(state)
        XCTAssertEqual(state.memo.builds, builds, "scrolling and ticks reuse the note")
        state.visit.childrenPresent = .ja
        _ = Renderer.render(state)
        XCTAssertEqual(state.memo.builds, builds + 1)
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
        let help = HelpOverlay.lines(0, width: 200).joined(separator: "\n")
        for binding in KeyBindings.all {
            XCTAssertTrue(help.contains(binding.label), binding.label)
            XCTAssertTrue(help.contains(binding.help), binding.help)
        }
        XCTAssertTrue(HelpOverlay.lines(1, width: 200).joined().contains("Intern overleg"))
    }

    func testEveryComponentsKeyMapIsInTheHelpUnderItsOwnHeading() {
        let all = KeyBindings.all
        for type in OverlayRegistry.types {
            for binding in type.keyMap + type.openers {
                XCTAssertTrue(all.contains { $0.label == binding.label && $0.action == binding.action && $0.context == binding.context },
                              "\(type): \(binding.label) is missing from the help")
            }
        }
        for component in TabRegistry.fixed {
            for binding in component.keyMap {
                XCTAssertEqual(binding.context, component.keyContext, "\(component.id) declares its own context")
                XCTAssertTrue(all.contains { $0.label == binding.label && $0.context == binding.context })
            }
        }
        for context in KeyBindings.contexts {
            XCTAssertNotEqual(HelpOverlay.contextLabel(context), context.name, "no heading for \(context)")
        }
    }

    func testEveryFrameFitsAndShowsTheEmergencyLineAndTheKeysThatMatter() {
        for (rows, columns) in [(20, 60), (24, 80), (40, 120), (50, 200)] {
            var state = Fixture.state(rows: rows, columns: columns)
            for tab in state.tabs {
                state.tab = tab
                let lines = Renderer.render(state).textLines()
                XCTAssertEqual(lines.count, rows)
                XCTAssertTrue(lines.contains { $0.contains("112") && $0.contains("0800-2000") }, "\(tab) at \(columns)x\(rows)")
                let footer = lines[rows - 1]
                for hint in ["q stop", "? hulp", "F2 verberg"] {
                    XCTAssertTrue(footer.contains(hint), "\(hint) missing at \(columns)x\(rows) on \(tab): \(footer)")
                }
                XCTAssertTrue(lines[2].hasPrefix(" " + TabRegistry.component(tab).heading(state, width: columns - 2)[0]),
                              "the section's full name: \(lines[2])")
                for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), columns) }
            }
        }
    }

    func testTheEditorFooterKeepsItsKeysAt60Columns() {
        var state = Fixture.state(rows: 20, columns: 60)
        state.press(.down, .enter)
        state.type("de huurder was erg zenuwachtig en de deur is kapot, volgens de buurvrouw slaat hij haar")
        let lines = Renderer.render(state).textLines()
        for hint in ["Esc sluit", "Tab volgend veld", "F2 verberg", "Ctrl-C stop"] {
            XCTAssertTrue(lines[19].contains(hint), "\(hint) missing: \(lines[19])")
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix(" Coach: ") && DisplayWidth.of($0) <= 60 })
    }

    func testTheWholeQuestionIsShownAt80Columns() {
        var state = Fixture.state()
        state.press(.down, .enter)
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("op"), text)
        XCTAssertTrue(text.replacingOccurrences(of: "\n        ", with: " ").contains("op welke hoogte?"), text)
        state.press(.escape)
        XCTAssertTrue(Renderer.render(state).text.replacingOccurrences(of: "\n        ", with: " ").contains("op welke hoogte?"))
    }

    func testEveryCoachRemarkCanBeReachedInTheEditor() {
        var state = Fixture.state(rows: 20, columns: 60)
        state.press(.enter)
        state.type("Het huis is vies. Hij is agressief. Ze is waarschijnlijk bang. Het is altijd een puinhoop. Ze is depressief.")
        let findings = state.editor?.report?.findings ?? []
        XCTAssertGreaterThanOrEqual(findings.count, 4)
        var seen = Set<String>()
        // Walk through the text from the start: each remark comes into view.
        for _ in 0..<10 { state.press(.pageUp) }
        XCTAssertEqual(state.editor?.focused.buffer?.cursor, 0)
        for _ in 0..<200 {
            let text = Renderer.render(state).text
            for finding in findings where text.contains("\"\(finding.match)\"") { seen.insert(finding.match) }
            state.press(.right)
        }
        XCTAssertEqual(seen, Set(findings.map(\.match)))
    }
}
