import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Practice mode (issue 24): the same lists, editor and coach as a visit, a review afterwards, and nothing of it
/// kept, exported, sent or copied; the screen says "Oefening" on every frame, in its own colour.
final class PracticeModeTests: XCTestCase {
    /// `voordeur oefen` with the first case chosen.
    func practising(rows: Int = 24, columns: Int = 80) -> AppState {
        var state = Fixture.state(rows: rows, columns: columns)
        PracticeMode.standalone(&state)
        state.press(.enter)
        return state
    }

    /// Effects that would keep, write, send or copy something.
    func keeping(_ effects: [Effect]) -> [Effect] {
        effects.filter {
            switch $0 {
            case .save, .finalSave, .saveCopy, .writeExport, .copyToClipboard, .send, .deleteVisit: return true
            default: return false
            }
        }
    }

    func testAPracticeRunKeepsNothingAndReviewsTheCase() throws {
        var state = practising()
        let practiceCase = try XCTUnwrap(state.practice?.practiceCase)
        XCTAssertEqual(practiceCase.id, "badkamerdeur")
        XCTAssertEqual(state.tab, .practiceCase)
        XCTAssertFalse(state.tabs.contains(.handover), "no handover in practice")
        var effects: [Effect] = []
        // Tick the broken lock (in the case) and children at home (not in it); describe the lock with a judgement.
        effects += state.press(.tab, .down, .down, .down, .character(" "))
        effects += state.press(.down, .down, .down, .down, .down, .down, .character(" "))
        effects += state.press(.up, .up, .up, .up, .up, .up, .enter)
        effects += state.type("De man is agressief.")
        effects += state.press(.escape)
        effects += App.update(&state, .tick(state.now.addingTimeInterval(5)))
        XCTAssertTrue(state.visit.isTicked("woning.beschadigd-slot"))
        XCTAssertTrue(state.visit.isTicked("woning.kinderen-schooltijd"))
        XCTAssertFalse(state.dirty, "nothing waits to be saved")
        // q finishes: the review.
        effects += state.press(.character("q"))
        let review = try XCTUnwrap(state.top(PracticeReviewOverlay.self)?.review)
        XCTAssertEqual(review.found.map(\.id), ["woning.beschadigd-slot"])
        XCTAssertEqual(Set(review.missed.map(\.id)), Set(practiceCase.signals).subtracting(["woning.beschadigd-slot"]))
        XCTAssertEqual(review.extra.map(\.id), ["woning.kinderen-schooltijd"])
        XCTAssertEqual(review.remarkCount, 1)
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("Gemist (4):"), text)
        XCTAssertTrue(text.contains("kinderen thuis onder schooltijd"), text)
        // The rest of the review: the remark, a model beside his own words, the next step.
        var all = text
        for _ in 0..<6 {
            state.press(.pageDown)
            all += Renderer.render(state).text
        }
        XCTAssertTrue(all.contains("oordeel \"agressief\""), all)
        XCTAssertTrue(all.contains("Jij (beschadigd slot in wc of badkamerdeur): De man is agressief."), all)
        XCTAssertTrue(all.contains("Voorbeeld: Ik zie dat het slot"), all)
        XCTAssertTrue(all.contains("sociaal consulent"), all)
        // q in the review ends `voordeur oefen`: a plain quit, no final save.
        effects += state.press(.character("q"))
        XCTAssertEqual(effects.last, .quit)
        XCTAssertEqual(keeping(effects), [], "practice keeps nothing")
    }

    func testCtrlCAndTheGuardNeverSaveThePracticeVisit() {
        var state = practising()
        state.press(.tab, .enter)
        state.type("Ik zie een gat in de deur.")
        XCTAssertEqual(state.press(.controlC), [.quit])
        // Whatever asks for it, the practice visit is neither saved, exported, sent nor copied.
        state = practising()
        let visit = state.visit
        let note = HandoverNote(visit: visit, card: state.card, config: state.config, coach: Fixture.coach, now: state.now)
        let asked: [Effect] = [.save(visit), .finalSave(visit), .saveCopy(visit, folder: "/tmp"),
                               .writeExport(folder: state.exportFolder, fileName: "x.txt", content: "x", visitID: visit.id),
                               .copyToClipboard("x"), .deleteVisit(id: visit.id),
                               .send(NoteToSend(note: note, command: nil, attachmentFolder: state.exportFolder, tightenFolder: false)),
                               .listVisits]
        XCTAssertEqual(PracticeMode.guarded(&state, asked), [.quit, .listVisits])
        // Outside practice the same effects pass unchanged.
        var real = Fixture.state()
        XCTAssertEqual(PracticeMode.guarded(&real, [.save(real.visit), .copyToClipboard("x")]), [.save(real.visit), .copyToClipboard("x")])
    }

    func testFromAVisitTheVisitIsSavedFirstAndComesBack() throws {
        var state = Fixture.state()
        state.press(.character(" "))          // a real visit with a change
        XCTAssertTrue(state.dirty)
        let real = state.visit
        state.press(.character("b"))
        var effects = state.press(.character("o"))
        XCTAssertNotNil(state.top(PracticePickerOverlay.self))
        effects += state.press(.down, .enter)
        XCTAssertEqual(state.practice?.practiceCase?.id, "sjaal-in-juli")
        XCTAssertEqual(effects.compactMap { if case .save(let visit) = $0 { return visit.id } else { return nil } }, [real.id],
                       "the real visit is saved before practice")
        XCTAssertNotEqual(state.visit.id, real.id)
        // b waits while practising.
        state.press(.character("b"))
        XCTAssertNil(state.top)
        XCTAssertEqual(state.status, tr("oefen.status.geenbezoeken"))
        // Finish, then stop: back in the real visit, its tick still there.
        state.press(.character("q"))
        effects = state.press(.character("q"))
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.practice)
        XCTAssertEqual(state.visit.id, real.id)
        XCTAssertTrue(state.visit.isTicked("woning.vreemd-reparatieverzoek"))
        XCTAssertTrue(state.tabs.contains(.handover))
    }

    func testEveryPracticeFrameSaysOefeningInItsOwnColour() {
        var state = practising()
        func check(_ what: String) {
            let screen = Renderer.render(state)
            XCTAssertTrue(screen.textLines()[0].contains("OEFENING"), "\(what): \(screen.textLines()[0])")
            XCTAssertTrue((0..<screen.columns).allSatisfy { screen[0, $0].tone == .practice }, what)
        }
        check("case")
        state.press(.tab)
        check("list")
        state.press(.enter)
        check("editor")
        state.press(.escape, .character("?"))
        check("help")
        state.press(.escape, .character("q"))
        check("review")
        state.press(.character("n"))
        check("picker")
        // No real visit uses the colour.
        let real = Renderer.render(Fixture.state())
        XCTAssertFalse((0..<real.rows).contains { row in (0..<real.columns).contains { real[row, $0].tone == .practice } })
    }

    func testANoSignalCaseRewardsRestraint() throws {
        var state = practising()
        state.press(.character("q"), .character("n"))
        let index = try XCTUnwrap(PracticeMode.cases(state).firstIndex { $0.id == "verhuisdozen" })
        for _ in 0..<index { state.press(.down) }
        state.press(.enter, .character("q"))
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("In deze casus staat geen signaal van de kaart"), text)
        XCTAssertTrue(text.contains("Gevonden 0 van 0 · extra 0"), text)
    }

    func testGoldenCaseAndReview() {
        for (rows, columns) in GoldenScreenTests.sizes {
            var state = practising(rows: rows, columns: columns)
            assertGolden(Renderer.render(state), "oefen-casus-\(columns)x\(rows)")
            state.press(.tab, .down, .down, .down, .character(" "), .enter)
            state.type("De man is agressief.")
            state.press(.escape, .tab, .tab, .tab, .character("q"))
            assertGolden(Renderer.render(state), "oefen-nabespreking-\(columns)x\(rows)")
        }
    }
}

/// A real visit whose save failed on the way into practice: the practice visit is never the one saved, and the
/// real one is saved again afterwards.
final class PracticeSaveProblemTests: XCTestCase {
    func testAFailedSaveOfTheRealVisitNeverMakesThePracticeVisitTheOneToSave() throws {
        var state = Fixture.state()
        state.press(.character(" "))
        let real = state.visit
        state.press(.character("b"), .character("o"), .enter)
        XCTAssertNotNil(state.practice)
        _ = App.update(&state, .saveFailed("schijf vol"))
        XCTAssertNil(state.saveProblem, "no save problem the signal handler could take for the practice visit")
        XCTAssertFalse(state.dirty)
        XCTAssertEqual(state.practice?.returnSaveProblem, tr("status.savefailed", ["reden": "schijf vol"]))
        // Ctrl-C now saves the real visit, never the practice one.
        var quitting = state
        let effects = quitting.press(.controlC)
        XCTAssertEqual(effects.compactMap { if case .finalSave(let visit) = $0 { return visit.id } else { return nil } }, [real.id])
        // Back in the visit, the problem is said again and the save is tried again.
        state.press(.character("q"), .character("q"))
        XCTAssertNil(state.practice)
        XCTAssertNotNil(state.saveProblem)
        XCTAssertTrue(state.dirty)
        let retry = App.update(&state, .tick(state.now.addingTimeInterval(2)))
        XCTAssertEqual(retry.compactMap { if case .save(let visit) = $0 { return visit.id } else { return nil } }, [real.id])
    }
}
