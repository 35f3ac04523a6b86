import CNcursesw
import Foundation
import VoordeurApp
import VoordeurKit

/// The last signal that asked the program to stop (SIGTERM, SIGHUP, SIGINT); read by the main loop.
nonisolated(unsafe) private var pendingSignal: Int32 = 0
nonisolated(unsafe) private var cursesActive: Int32 = 0

/// The terminal driver: the only code that talks to ncurses. It paints what `Renderer` draws, turns keys and
/// resizes into messages, and carries out effects (saving, exporting, the clipboard).
public enum TerminalDriver {
    static let tickMilliseconds: Int32 = 200
    static let tickInterval: TimeInterval = 0.25

    public enum Failure: Error, CustomStringConvertible {
        case noTerminal
        case cannotStart
        public var description: String {
            switch self {
            case .noTerminal: return "voordeur heeft een terminal nodig; in scripts: 'voordeur lijst', 'kaart', 'coach' of 'export'"
            case .cannotStart: return "de terminal kon niet worden gestart (controleer TERM)"
            }
        }
    }

    /// Runs the program until the worker quits. Every change is saved within a second, and again on exit.
    public static func run(state initial: AppState, store: DraftStore) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw Failure.noTerminal }
        installSignalHandlers()
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_ALL, "C.UTF-8") }
        guard initscr() != nil else { throw Failure.cannotStart }
        cursesActive = 1
        defer { shutdown() }
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        set_escdelay(25)
        wtimeout(stdscr, tickMilliseconds)
        let useColor = has_colors() && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        let painter = Painter(useColor: useColor)

        var state = initial
        _ = App.update(&state, .resize(rows: Int(getmaxy(stdscr)), columns: Int(getmaxx(stdscr))))
        var lastTick = Date()
        var running = true
        func send(_ message: Message) {
            var queue = [message]
            while !queue.isEmpty {
                let effects = App.update(&state, queue.removeFirst())
                for effect in effects {
                    if let result = perform(effect, store: store) { queue.append(result) }
                    if effect == .quit { running = false }
                }
            }
        }
        var moreWaiting = false
        while running {
            // While a long paste is still arriving, paint once it is in.
            if !moreWaiting { painter.paint(Renderer.render(state)) }
            let input = KeyReader.next()
            if case .text(let text) = input { moreWaiting = text.unicodeScalars.count >= KeyReader.burstLimit - 1 } else { moreWaiting = false }
            switch input {
            case .key(let key): send(.key(key))
            case .text(let text):
                deliver(burst: text, send: send, isEditing: {
                    if case .editor = state.mode { return true }
                    return false
                })
            case .resize:
                painter.invalidate()
                send(.resize(rows: Int(getmaxy(stdscr)), columns: Int(getmaxx(stdscr))))
            case .none:
                break
            }
            if pendingSignal != 0 {
                send(.key(.controlC))
                running = false
            }
            if Date().timeIntervalSince(lastTick) >= tickInterval {
                lastTick = Date()
                send(.tick(lastTick))
            }
        }
    }

    /// Delivers a burst of text: outside the editor each character is a key (Enter and Tab included); once the
    /// editor is open, the rest goes in as one paste, with Tab still moving between fields.
    static func deliver(burst text: String, send: (Message) -> Void, isEditing: () -> Bool) {
        var rest = Substring(text)
        while let ch = rest.first {
            if isEditing() {
                if let tab = rest.firstIndex(of: "\t") {
                    if tab > rest.startIndex { send(.paste(String(rest[..<tab]))) }
                    send(.key(.tab))
                    rest = rest[rest.index(after: tab)...]
                } else {
                    send(.paste(String(rest)))
                    rest = ""
                }
                continue
            }
            rest.removeFirst()
            switch ch {
            case "\n": send(.key(.enter))
            case "\t": send(.key(.tab))
            default: send(.key(.character(ch)))
            }
        }
    }

    /// Carries out an effect; returns the message that reports its outcome.
    static func perform(_ effect: Effect, store: DraftStore) -> Message? {
        switch effect {
        case .save(let visit):
            do {
                try store.save(visit)
                return .saved(Date())
            } catch {
                return .saveFailed("\(error)")
            }
        case .writeExport(let folder, let fileName, let content):
            do {
                try SecureFile.ensurePrivateFolder(folder, tightenExisting: false)
                let url = folder.appendingPathComponent(fileName)
                try SecureFile.write(Data(content.utf8), to: url)
                return .exported(path: url.path)
            } catch {
                return .exportFailed("\(error)")
            }
        case .copyToClipboard(let text):
            // OSC 52: the terminal (or tmux) puts the text on the clipboard. Nothing leaves the machine.
            let sequence = "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
            FileHandle.standardOutput.write(Data(sequence.utf8))
            return .copied
        case .deleteDraft(let id):
            do {
                try store.delete(id: id)
                return .draftDeleted
            } catch {
                return .draftDeleteFailed("\(error)")
            }
        case .quit:
            return nil
        }
    }

    static func shutdown() {
        if cursesActive == 1 {
            endwin()
            cursesActive = 0
        }
    }

    /// SIGTERM, SIGHUP and SIGINT ask the loop to save and stop. A crash restores the terminal before it dies.
    static func installSignalHandlers() {
        // A file-size limit or a full quota must give a write error that is shown, not kill the program.
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in pendingSignal = signal }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                if cursesActive == 1 { endwin() }
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(sig, &action, nil)
        }
    }
}

// MARK: - Input

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
