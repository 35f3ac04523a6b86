import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Golden screens of every component at 80×24 and 60×20 (and the list at 120×40), compared as text.
final class GoldenScreenTests: UTCTestCase {
    static let sizes = [(24, 80), (20, 60)]

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

    /// Renders the state after `keys` at each size and compares it with `name-COLSxROWS.txt`.
    func check(_ name: String, config: Config = Config(), described: Bool = true, _ prepare: (inout AppState) -> Void) {
        for (rows, columns) in Self.sizes {
            var state = described ? self.described(rows: rows, columns: columns) : Fixture.state(rows: rows, columns: columns)
            state.config = config
            prepare(&state)
            assertGolden(Renderer.render(state), "\(name)-\(columns)x\(rows)")
        }
    }

    func testCardLists() {
        check("woning") { _ in }
        check("huurder") { $0.press(.tab) }
        assertGolden(Renderer.render(described(rows: 40, columns: 120)), "woning-120x40")
    }

    func testOwnAndThirdParty() {
        check("eigen") { state in
            state.tab = .own
            state.press(.enter)
            state.type("rookmelder afgeplakt")
            state.press(.escape)
        }
        check("derden") { state in
            state.tab = .thirdParty
            state.press(.enter)
            state.type("buurvrouw")
            state.press(.tab)
            state.type("Ze hoort 's nachts vaak geschreeuw.")
            state.press(.escape)
        }
    }

    func testVisitAndHandover() {
        check("bezoek", config: Fixture.config) { state in
            state.tab = .visit
            state.press(.down, .character(" "))
        }
        check("overdracht", config: Fixture.config) { $0.tab = .handover }
    }

    func testEditors() {
        check("beschrijving") { $0.press(.enter) }
        check("eigen-beschrijving", described: false) { state in
            state.tab = .own
            state.press(.enter)
            state.type("rookmelder afgeplakt")
            state.press(.tab)
            state.type("Ik zie tape over de rookmelder.")
        }
        check("derden-beschrijving", described: false) { state in
            state.tab = .thirdParty
            state.press(.enter)
        }
        check("werkorder", described: false) { state in
            state.tab = .visit
            state.press(.down, .down, .down, .enter)
        }
        check("instellingen", config: Fixture.config, described: false) { $0.press(.character("i")) }
        check("keuzeveld-hint", described: false) { state in
            state.press(.enter, .tab)
            state.type("j")
        }
    }

    func testEditorMarksFlaggedWordsWithoutColour() {
        var state = described(rows: 24, columns: 80)
        state.press(.enter)
        let screen = Renderer.render(state)
        let lines = screen.textLines()
        let row = lines.firstIndex { $0.contains("De woning is vies.") }!
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "vies")!.lowerBound)
        XCTAssertTrue(screen[row, column].style.contains(.underline))
        XCTAssertFalse(screen[row, column - 3].style.contains(.underline))
    }

    func testOverlays() {
        check("hulp-toetsen", described: false) { $0.press(.character("?")) }
        check("hulp-stappenplan", described: false) { $0.press(.character("?"), .tab) }
        check("bijzonder", described: false) { $0.press(.character("!"), .down, .character(" ")) }
        check("bevestigen") { state in
            state.tab = .handover
            state.press(.character("o"))
        }
        check("bezoeken") { state in
            state.press(.character("b"))
            var other = Visit(id: "20261120-0800-beef", startedAt: Fixture.start.addingTimeInterval(-2 * 86_400))
            other.updatedAt = other.startedAt
            other.homeReference = "WO-2026-0077"
            _ = App.update(&state, .visitsListed([DraftSummary(other)], problems: []))
        }
        check("niet-opgeslagen") { state in
            _ = state.press(.character("q"))
            _ = App.update(&state, .finalSaveFailed("kan /data/bezoek.json niet schrijven (geen ruimte meer op het apparaat)"))
        }
    }

    /// "NIET OPGESLAGEN" is bold and in the danger colour, in the status rows and in the title bar.
    func testASaveProblemIsShownInTheWarningColour() {
        check("opslaan-mislukt") { state in
            state.type("x")
            _ = App.update(&state, .saveFailed("kan /data/bezoek.json niet schrijven (geen ruimte meer op het apparaat)"))
        }
        var state = described(rows: 24, columns: 80)
        _ = App.update(&state, .saveFailed("geen ruimte meer op het apparaat"))
        let screen = Renderer.render(state)
        let lines = screen.textLines()
        let row = try! XCTUnwrap(lines.firstIndex { $0.contains("NIET OPGESLAGEN") })
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "NIET OPGESLAGEN")!.lowerBound)
        XCTAssertEqual(screen[row, column].tone, .danger)
        XCTAssertTrue(screen[row, column].style.contains(.bold))
        let title = lines[0].distance(from: lines[0].startIndex, to: try! XCTUnwrap(lines[0].range(of: "niet opgeslagen")).lowerBound)
        XCTAssertEqual(screen[0, title].tone, .danger)
    }

    func testTooSmall() { assertGolden(Renderer.render(Fixture.state(rows: 19, columns: 59)), "te-klein-59x19") }
}

/// Issue 21: the new Bezoek fields (persons present, what was agreed, a return visit, the worker's concern).
extension GoldenScreenTests {
    static func filledVisit(rows: Int, columns: Int) -> AppState {
        var state = Fixture.state(rows: rows, columns: columns, config: Fixture.config)
        state.tab = .visit
        state.press(.down, .down, .down, .enter)
        state.type("WO-2026-0413")
        state.press(.enter, .down, .down, .enter, .character(" "), .character(" "), .tab)
        state.type("ca. 40")
        state.press(.tab, .character(" "))
        state.type("")
        state.press(.tab)
        state.type("ca. 35")
        state.press(.tab, .character(" "), .character(" "), .character(" "), .tab)
        state.type("8")
        state.press(.tab, .character(" "), .character(" "), .character(" "), .tab)
        state.type("5")
        state.press(.escape, .down, .down, .enter)
        state.type("Gezegd dat ik het slot donderdag vervang.")
        state.press(.escape, .down, .enter)
        state.type("do 26-11 9:00")
        state.press(.enter, .down, .enter)
        state.type("Ik denk dat de vrouw bang is voor haar man.")
        state.press(.escape)
        _ = App.update(&state, .saved(Fixture.start.addingTimeInterval(700)))
        return state
    }

    func testNewVisitFields() {
        for (rows, columns) in Self.sizes {
            var state = Self.filledVisit(rows: rows, columns: columns)
            assertGolden(Renderer.render(state), "bezoek-ingevuld-\(columns)x\(rows)")
            state.cursors[.visit] = ListCursor()
            state.press(.down, .down, .down, .down, .down, .enter)
            assertGolden(Renderer.render(state), "aanwezig-\(columns)x\(rows)")
            state.press(.escape, .down, .down, .down, .down, .enter)
            assertGolden(Renderer.render(state), "zorg-\(columns)x\(rows)")
        }
    }

    func testFilledVisitHasFourPersonsAndTheFields() {
        let state = Self.filledVisit(rows: 24, columns: 80)
        XCTAssertEqual(state.visit.persons.map(\.role), [.partner, .huurder, .kind, .kind])
        XCTAssertEqual(state.visit.persons.map(\.age), ["ca. 40", "ca. 35", "8", "5"])
        XCTAssertEqual(state.visit.agreed, "Gezegd dat ik het slot donderdag vervang.")
        XCTAssertEqual(state.visit.returnVisit, "do 26-11 9:00")
        XCTAssertEqual(state.visit.concern, "Ik denk dat de vrouw bang is voor haar man.")
    }
}

extension GoldenScreenTests {
    func testReviewBeforeExport() {
        check("controle", config: Fixture.config) { state in
            state.tab = .handover
            state.press(.character("e"))
        }
    }
}
