import CNcursesw
import Foundation
import XCTest
@testable import VoordeurApp
@testable import VoordeurTerminal
import VoordeurKit

/// Real ncurses, no TTY: newterm on /dev/null, paint a frame, read ncurses' own screen back.
final class HeadlessPainterTests: UTCTestCase {
    func withTerminal(rows: Int, columns: Int, _ body: () -> Void) throws {
        setlocale(LC_ALL, "C.UTF-8")
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { throw XCTSkip("no /dev/null") }
        guard let screen = newterm("xterm-256color", output, input) else { throw XCTSkip("terminfo for xterm-256color missing") }
        set_term(screen)
        resizeterm(Int32(rows), Int32(columns))
        body()
        endwin()
        delscreen(screen)
        fclose(output)
        fclose(input)
    }

    func state(rows: Int, columns: Int) -> AppState {
        var visit = Visit(id: "x", startedAt: Date(timeIntervalSince1970: 1_795_339_800))
        visit.updateObservation("woning.vuistafdrukken") {
            $0.ticked = true
            $0.description = "Ik zie één deuk – geïrriteerd ✓"
        }
        return AppState(card: CardLoader.defaultCard(), config: Config(), coach: Coach(), visit: visit,
                        exportFolder: URL(fileURLWithPath: "/tmp"), rows: rows, columns: columns)
    }

    func testPaintedFrameReadsBackAsTheRenderedText() throws {
        try withTerminal(rows: 24, columns: 80) {
            let painter = Painter(useColor: false)
            var state = state(rows: 24, columns: 80)
            let frame = Renderer.render(state)
            painter.paint(frame)
            XCTAssertEqual(Painter.readBack(rows: 24, columns: 80), frame.textLines())
            // Open the editor: non-ASCII text (ë é ï – ✓) is drawn as is, and only changed rows are repainted.
            state.cursors[.list(0)] = ListCursor(selected: 1)
            _ = App.update(&state, .key(.enter))
            let editor = Renderer.render(state)
            painter.paint(editor)
            let back = Painter.readBack(rows: 24, columns: 80)
            XCTAssertEqual(back, editor.textLines())
            XCTAssertTrue(back.contains { $0.contains("Ik zie één deuk – geïrriteerd ✓") })
        }
    }

    func testResizeRepaintsEverything() throws {
        try withTerminal(rows: 40, columns: 120) {
            let painter = Painter(useColor: true)
            let big = Renderer.render(state(rows: 40, columns: 120))
            painter.paint(big)
            XCTAssertEqual(Painter.readBack(rows: 40, columns: 120), big.textLines())
            resizeterm(20, 60)
            painter.invalidate()
            let small = Renderer.render(state(rows: 20, columns: 60))
            painter.paint(small)
            XCTAssertEqual(Painter.readBack(rows: 20, columns: 60), small.textLines())
        }
    }
}
