import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Spelling help in the editor: unknown words marked (dim, underlined: not the coach's bold), F3 for suggestions.
final class SpellingInTheEditorTests: UTCTestCase {
    func speller() throws -> Speller {
        let speller = Speller.shared
        try XCTSkipUnless(speller.dictionaryInstalled, "hunspell-nl is not installed (.ci/run installs it)")
        XCTAssertTrue(speller.waitUntilLoaded())
        return speller
    }

    func state(_ speller: Speller) -> AppState {
        return AppState(card: CardLoader.defaultCard(), config: Config(), coach: Fixture.coach,
                        visit: Visit(id: "20261122-0930-abcd", startedAt: Fixture.start),
                        exportFolder: URL(fileURLWithPath: "/tmp/voordeur-export"), now: Fixture.start, speller: speller)
    }

    func testUnknownWordsAreMarkedAndF3ReplacesOne() throws {
        var state = state(try speller())
        state.press(.enter)
        state.type("Ik zie een gat in de slaapkamerdeur op een meter hoogte boven de vloerr")
        let text = state.visit.observations.first?.description ?? ""
        let marked = (state.editor?.misspelled[0] ?? []).map { String(Array(text)[$0]) }
        XCTAssertEqual(marked, ["vloerr"])
        let screen = Renderer.render(state)
        let lines = screen.textLines()
        let row = try XCTUnwrap(lines.firstIndex { $0.contains("vloerr") })
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "vloerr")!.lowerBound)
        XCTAssertTrue(screen[row, column].style.contains(.underline))
        XCTAssertTrue(screen[row, column].style.contains(.dim), "distinct from the coach's bold marks")
        XCTAssertTrue(lines.last?.contains("F3 spelling") ?? false, lines.last ?? "")

        state.press(.f3)
        guard let spelling = state.top(SpellingOverlay.self) else { return XCTFail("suggestions expected") }
        XCTAssertEqual(spelling.word, "vloerr")
        let index = try XCTUnwrap(spelling.suggestions.firstIndex(of: "vloer"), "\(spelling.suggestions)")
        for _ in 0..<index { state.press(.down) }
        state.press(.enter)
        XCTAssertEqual(state.visit.observations.first?.description,
                       "Ik zie een gat in de slaapkamerdeur op een meter hoogte boven de vloer")
        XCTAssertEqual(state.editor?.misspelled[0] ?? [], [])
    }

    func testF3WithoutAnUnknownWordSaysSo() throws {
        var state = state(try speller())
        state.press(.enter)
        state.type("Ik zie een gat in de deur.")
        state.press(.f3)
        XCTAssertEqual(state.editor?.target, .signal("woning.vreemd-reparatieverzoek"), "the editor stays")
        XCTAssertTrue(state.status?.contains("Geen onbekend woord") ?? false)
    }

    /// The editor never waits for Hunspell's suggestions: they arrive in the background, and a tick brings the
    /// coach's remark on the typo ("smerrig" for "smerig") onto the screen.
    func testATypoOfAListedWordIsFlaggedOnceItsSuggestionsArrive() throws {
        let speller = try speller()
        let coach = Coach(speller: speller, spelling: .whenReady)
        var state = AppState(card: CardLoader.defaultCard(), config: Config(), coach: coach,
                             visit: Visit(id: "20261122-0930-abcd", startedAt: Fixture.start),
                             exportFolder: URL(fileURLWithPath: "/tmp/voordeur-export"), now: Fixture.start, speller: speller)
        state.press(.enter)
        state.type("het huis is smerrrig")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !(state.editor?.report?.findings.contains { $0.match == "smerrrig" } ?? false) {
            Thread.sleep(forTimeInterval: 0.05)
            _ = App.update(&state, .tick(Fixture.start))
        }
        XCTAssertEqual(state.editor?.report?.findings.map(\.match), ["smerrrig"])
    }
}
