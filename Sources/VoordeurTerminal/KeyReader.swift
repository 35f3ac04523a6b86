import CNcursesw
import VoordeurApp

/// Turns ncurses input into messages. Text that arrives in one burst becomes one `.paste` (so a 100,000-character
/// paste is one update, not 100,000), and unknown escape sequences are swallowed whole.
struct KeyReader {
    static let keyF0: Int32 = 264

    enum Input {
        case key(Key)
        case text(String)
        case resize
        case none
    }

    /// Reads one ncurses input unit, waiting at most the window's timeout.
    static func readRaw() -> (code: Int32, isKey: Bool)? {
        var value: wint_t = 0
        let result = wget_wch(stdscr, &value)
        if result == ERR { return nil }
        return (Int32(bitPattern: value), result == vd_key_code_yes())
    }

    /// Reads the next input, collecting a burst of plain characters.
    static func next() -> Input {
        guard let first = readRaw() else { return .none }
        if first.isKey { return map(keyCode: first.code) }
        if first.code == 27 { return readEscape() }
        guard let key = map(character: first.code) else { return .none }
        guard case .character(let ch) = key else { return .key(key) }
        // Gather whatever is already waiting: a paste arrives as one burst. Escape sequences inside it are pasted
        // junk and are dropped; an Esc that is not followed by a sequence ends the burst.
        var text = String(ch)
        var count = 1
        nodelay(stdscr, true)
        defer { nodelay(stdscr, false); wtimeout(stdscr, TerminalDriver.tickMilliseconds) }
        while count < burstLimit, let more = readRaw() {
            if more.isKey || more.code == 3 {
                unget(more)
                break
            }
            if more.code == 27 {
                if skipSequence() { continue }
                unget(more)
                break
            }
            count += 1
            if more.code == 10 || more.code == 13 { text.append("\n"); continue }
            if more.code == 9 { text.append("\t"); continue }
            guard more.code >= 32, let scalar = Unicode.Scalar(UInt32(bitPattern: more.code)) else { continue }
            text.unicodeScalars.append(scalar)
        }
        return count == 1 ? .key(.character(ch)) : .text(text)
    }

    /// The largest burst read at once; a longer paste arrives in several.
    static let burstLimit = 8192

    /// After an ESC: skips a CSI, SS3 or OSC-like sequence and returns true, or returns false (and puts back what it
    /// read) when no sequence follows.
    static func skipSequence() -> Bool {
        guard let next = readRaw() else { return false }
        var count = 0
        switch (next.isKey, next.code) {
        case (false, 79): // SS3: one more character
            _ = readRaw()
            return true
        case (false, 91):
            while let c = readRaw(), count < 64 {
                count += 1
                if c.isKey || (c.code >= 0x40 && c.code <= 0x7E) { break }
            }
            return true
        case (false, 93), (false, 80), (false, 95), (false, 94):
            while let c = readRaw(), count < 4096 {
                count += 1
                if c.code == 7 { break }
                if c.code == 27 { _ = readRaw(); break }
            }
            return true
        default:
            unget(next)
            return false
        }
    }

    static func unget(_ input: (code: Int32, isKey: Bool)) {
        if input.isKey { ungetch(input.code) } else { unget_wch(wchar_t(input.code)) }
    }

    /// After ESC: nothing more means the Esc key. ESC [, ESC ], ESC O, ESC P, ESC _ and ESC ^ start an escape sequence
    /// (pasted, or from a key ncurses does not know), which is dropped whole. Anything else is Esc followed by that
    /// key, typed quickly.
    static func readEscape() -> Input {
        nodelay(stdscr, true)
        defer { nodelay(stdscr, false); wtimeout(stdscr, TerminalDriver.tickMilliseconds) }
        return skipSequence() ? .none : .key(.escape)
    }

    static func map(keyCode code: Int32) -> Input {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case keyF0 + 2: return .key(.f2)
        default: return .key(.other(Int(code)))
        }
    }

    static func map(character code: Int32) -> Key? {
        switch code {
        case 3: return .controlC
        case 9: return .tab
        case 10, 13: return .enter
        case 127, 8: return .backspace
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
            return .character(Character(scalar))
        }
    }
}
