import CNcursesw
import Foundation
import XCTest
@testable import VoordeurTerminal
import VoordeurApp

/// Real ncurses reading from a pipe: what a terminal sends for a paste, byte for byte.
final class KeyReaderPasteTests: UTCTestCase {
    /// Runs `body` with an ncurses screen whose input is a pipe; `write` puts bytes into it.
    func withInput(_ body: (_ write: @escaping ([UInt8]) -> Void) throws -> Void) throws {
        setlocale(LC_ALL, "C.UTF-8")
        var fds: [Int32] = [-1, -1]
        XCTAssertEqual(pipe(&fds), 0)
        guard let output = fopen("/dev/null", "w"), let input = fdopen(fds[0], "r") else { throw XCTSkip("no /dev/null") }
        guard let screen = newterm("xterm-256color", output, input) else { throw XCTSkip("terminfo for xterm-256color missing") }
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        set_escdelay(25)
        wtimeout(stdscr, TerminalDriver.tickMilliseconds)
        defer {
            endwin()
            delscreen(screen)
            fclose(output)
            fclose(input)
            close(fds[1])
        }
        try body { bytes in _ = bytes.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count) } }
    }

    /// Nothing more to read: no key or text left over from a paste.
    func assertNothingLeft(file: StaticString = #filePath, line: UInt = #line) {
        let next = KeyReader.next()
        guard case .none = next else { return XCTFail("left over after the paste: \(next)", file: file, line: line) }
    }

    static let start: [UInt8] = Array("\u{1B}[200~".utf8)
    static let end: [UInt8] = Array("\u{1B}[201~".utf8)

    /// The audit's attack: a pasted text holding the end marker, then Esc k, Shift-Tab and e o j. Wrapped as a
    /// whole by the terminal (tmux paste-buffer -p does exactly this), all of it is one paste.
    func testAnEndMarkerInsideThePastedTextDoesNotEndThePaste() throws {
        try withInput { write in
            let inner = Array("Ik zie een gat.".utf8) + Self.end + Array("\u{1B}k\u{1B}[Zeoj".utf8)
            write(Self.start + inner + Self.end)
            guard case .paste(let text) = KeyReader.next() else { return XCTFail("not read as a paste") }
            XCTAssertTrue(text.hasPrefix("Ik zie een gat."), text)
            XCTAssertTrue(text.hasSuffix("eoj"), "the bytes after the inner marker stay text: \(text.debugDescription)")
            XCTAssertFalse(text.contains("[201~"), "the inner marker is dropped: \(text.debugDescription)")
            // Nothing of it is left over as keys.
            assertNothingLeft()
        }
    }

    /// A plain paste ends at its marker, and a key typed afterwards is a key again.
    func testAPasteEndsAtTheTerminalsMarkerAndTheNextKeyIsAKey() throws {
        try withInput { write in
            write(Self.start + Array("regel\teen\r\ntwee".utf8) + Self.end)
            guard case .paste(let text) = KeyReader.next() else { return XCTFail("not read as a paste") }
            XCTAssertEqual(text, "regel\teen\r\ntwee")
            usleep(100_000)
            write(Array("q".utf8))
            guard case .key(let key) = KeyReader.next() else { return XCTFail("q after the paste is not a key") }
            XCTAssertEqual(key, .character("q"))
        }
    }

    /// Beyond the read limit the rest of a paste is thrown away, never turned into keys.
    func testWhatIsBeyondTheReadLimitIsDroppedNotTyped() throws {
        try withInput { write in
            let writer = Thread {
                let body = [UInt8](repeating: UInt8(ascii: "a"), count: KeyReader.pasteReadLimit) + Array("qeoj".utf8)
                write(Self.start + body + Self.end)
            }
            writer.start()
            guard case .paste(let text) = KeyReader.next() else { return XCTFail("not read as a paste") }
            XCTAssertEqual(text.unicodeScalars.count, KeyReader.pasteReadLimit)
            XCTAssertFalse(text.contains("q"))
            assertNothingLeft()
        }
    }
}
