import CNcursesw
import Foundation
import VoordeurApp
import VoordeurKit

/// The last signal that asked the program to stop (SIGTERM, SIGHUP, SIGINT); read by the main loop.
nonisolated(unsafe) private var pendingSignal: Int32 = 0
nonisolated(unsafe) private var cursesActive: Int32 = 0
/// The terminal's settings before ncurses changed them: the crash handler puts them back with tcsetattr(3), which
/// is async-signal-safe, where endwin() is not.
nonisolated(unsafe) private var originalTermios = termios()
nonisolated(unsafe) private var haveOriginalTermios: Int32 = 0

/// The terminal driver: the only code that talks to ncurses. It paints what `Renderer` draws, turns keys and
/// resizes into messages, and carries out effects (saving, exporting, the clipboard).
public enum TerminalDriver {
    /// The one clock of the loop: how long a read waits for a key, and how often a tick (autosave, the dictionary
    /// having loaded) is sent. A read that times out has waited this long, so an idle loop ticks on every timeout.
    static let tickMilliseconds: Int32 = 250
    static var tickInterval: TimeInterval { TimeInterval(tickMilliseconds) / 1000 }

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

    /// Runs the program until the worker quits. Every change is saved within a second; quitting waits for the final
    /// save and does not exit while it fails (the worker chooses). Returns the exit status.
    public static func run(state initial: AppState, runner: EffectRunner) throws -> Int32 {
        guard isatty(0) == 1, isatty(1) == 1 else { throw Failure.noTerminal }
        installSignalHandlers()
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_ALL, "C.UTF-8") }
        if tcgetattr(0, &originalTermios) == 0 { haveOriginalTermios = 1 }
        guard initscr() != nil else { throw Failure.cannotStart }
        cursesActive = 1
        defer { shutdown() }
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        set_escdelay(25)
        wtimeout(stdscr, tickMilliseconds)
        // Bracketed paste: a paste arrives marked, so its tabs and newlines stay text.
        FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8))
        let useColor = has_colors() && ProcessEnvironment.current["NO_COLOR"].map(\.isEmpty) ?? true
        let painter = Painter(useColor: useColor)

        var state = initial
        _ = App.update(&state, .resize(rows: Int(getmaxy(stdscr)), columns: Int(getmaxx(stdscr))))
        var lastTick = Date()
        var running = true
        var exitStatus: Int32 = 0
        // Sending, copying and exporting run on a thread of their own and post their result here; the loop takes
        // it between keys. Keys typed meanwhile are handled as they come, so none waits to run afterwards.
        let inbox = Inbox<BackgroundResult>()
        func send(_ message: Message) {
            var queue = [message]
            while !queue.isEmpty {
                let effects = App.update(&state, queue.removeFirst())
                for effect in effects {
                    if effect == .quit { running = false }
                    if EffectRunner.runsInBackground(effect) {
                        runner.startInBackground(effect) { inbox.post($0) }
                    } else if let result = runner.perform(effect) {
                        queue.append(result)
                    }
                }
            }
        }
        // No helper program outlives the program: a send still running is stopped.
        defer { runner.stopBackground(timeout: 3) }
        var moreWaiting = false
        var lastScreen: Screen?
        // Paints only what changed, and not while a long paste is still arriving.
        func paint() {
            guard !moreWaiting else { return }
            let screen = Renderer.render(state)
            if screen != lastScreen || painter.needsFullPaint {
                painter.paint(screen)
                lastScreen = screen
            }
            // The coach's word lists (about 25 ms) and the Dutch dictionary (about 130 ms and 19 MB) are read on
            // threads of their own once the first frame is up.
            state.analysis.pending.start()
            state.speller?.startLoading()
        }
        while running {
            paint()
            // While work runs off the loop (or its result already waits), keys are waited for in short steps, so that
            // the result shows at once and not at the next tick.
            wtimeout(stdscr, runner.hasBackgroundWork || !inbox.isEmpty ? 10 : tickMilliseconds)
            let input = KeyReader.next()
            if case .text(let text) = input { moreWaiting = text.unicodeScalars.count >= KeyReader.burstLimit - 1 } else { moreWaiting = false }
            switch input {
            case .key(let key): send(.key(key))
            case .text(let text):
                deliver(burst: text, send: send, field: {
                    guard let buffer = state.editor?.focused.buffer else { return (false, false) }
                    return (true, buffer.multiline)
                })
            case .paste(let text): send(.paste(text))
            case .resize:
                painter.invalidate()
                lastScreen = nil
                send(.resize(rows: Int(getmaxy(stdscr)), columns: Int(getmaxx(stdscr))))
            case .none:
                break
            }
            for result in inbox.take() {
                // OSC 52 for the clipboard: written by this thread only, between frames.
                if let output = result.terminalOutput { FileHandle.standardOutput.write(Data(output.utf8)) }
                if let message = result.message { send(message) }
            }
            if pendingSignal != 0 {
                // SIGTERM, SIGHUP, Ctrl-C from outside: save now; when that fails, a rescue copy somewhere else.
                exitStatus = finalSaveOnSignal(state, runner: runner)
                running = false
            }
            if Date().timeIntervalSince(lastTick) >= tickInterval {
                // A key's frame first: the tick's autosave (an fsync) must not stand between a key and its frame.
                if case .none = input {} else { paint() }
                lastTick = Date()
                send(.tick(lastTick))
            }
        }
        return exitStatus
    }

    /// The save when a signal ends the program. Returns 0 when the draft is saved, 3 when only a rescue copy could
    /// be written, 4 when nothing could be written (the reasons go to stderr after the terminal is restored).
    static func finalSaveOnSignal(_ state: AppState, runner: EffectRunner) -> Int32 {
        // Unsaved changes, or a save that failed (also while the quit dialog is open): that text is not on disk.
        guard state.dirty || state.saveProblem != nil else { return 0 }
        var visit = state.visit
        visit.updatedAt = Date()
        var first = "onbekende fout"
        switch runner.perform(.finalSave(visit)) {
        case .finalSaved?: return 0
        // Deleted elsewhere: deletion wins on the way out too, so no rescue copy brings the text back.
        case .deletedElsewhere?: return 0
        case .finalSaveFailed(let reason)?: first = reason
        default: break
        }
        let outcome = QuitOutcome.afterFailedSave(visit, reason: first, dataFolder: runner.store.folder,
                                                  exportFolder: runner.defaultExportFolder, key: runner.store.key)
        shutdown()
        if let message = outcome.message { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        return outcome.exitCode
    }

    /// Delivers a burst of text (characters already waiting, without paste brackets, so typed ahead or pasted by a
    /// terminal without bracketed paste): in a multi-line text it is one paste, tabs and newlines included; in a
    /// one-line field a Tab still goes to the next field (typed ahead); elsewhere each character is a key.
    static func deliver(burst text: String, send: (Message) -> Void, field: () -> (isText: Bool, multiline: Bool)) {
        var rest = Substring(text)
        while let ch = rest.first {
            let (isText, multiline) = field()
            if isText && multiline {
                send(.paste(String(rest)))
                return
            }
            if isText {
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

    static func shutdown() {
        if cursesActive == 1 {
            endBracketedPaste()
            endwin()
            cursesActive = 0
        }
    }

    /// Switches bracketed paste off again, so the shell after us gets plain pastes. Async-signal-safe (a crash
    /// handler calls it too).
    static func endBracketedPaste() {
        // A tuple on the stack, not an array: no allocation inside a signal handler.
        let sequence: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0x1B, 0x5B, 0x3F, 0x32, 0x30, 0x30, 0x34, 0x6C)
        _ = withUnsafeBytes(of: sequence) { write(1, $0.baseAddress, $0.count) } // ESC [ ? 2 0 0 4 l
    }

    /// What endwin() does, with async-signal-safe calls only (write(2), tcsetattr(3)): bracketed paste off, attributes
    /// reset, cursor shown, the normal screen back, and the terminal's own settings (echo, line mode) restored.
    static func restoreTerminalInSignalHandler() {
        endBracketedPaste()
        // ESC [ 0 m, ESC [ ? 2 5 h, ESC [ ? 1 0 4 9 l, CR LF; a tuple on the stack: no allocation.
        let sequence: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                       UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0x1B, 0x5B, 0x30, 0x6D, 0x1B, 0x5B, 0x3F, 0x32, 0x35, 0x68, 0x1B, 0x5B, 0x3F, 0x31, 0x30, 0x34, 0x39, 0x6C, 0x0D, 0x0A)
        _ = withUnsafeBytes(of: sequence) { write(1, $0.baseAddress, $0.count) }
        if haveOriginalTermios == 1 { _ = tcsetattr(0, TCSANOW, &originalTermios) }
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
                if cursesActive == 1 { TerminalDriver.restoreTerminalInSignalHandler() }
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
        /// A bracketed paste, as it was pasted.
        case paste(String)
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
        // ESC [ 2 0 0 ~ starts a bracketed paste.
        var peeked: [(code: Int32, isKey: Bool)] = []
        let start: [Int32] = [91, 50, 48, 48, 126]
        for expected in start {
            guard let c = readRaw() else { break }
            peeked.append(c)
            if c.isKey || c.code != expected { break }
        }
        if peeked.count == start.count, peeked.map(\.code) == start {
            return .paste(readPaste())
        }
        for c in peeked.reversed() { unget(c) }
        return skipSequence() ? .none : .key(.escape)
    }

    /// Reads a bracketed paste up to the terminal's own ESC [ 2 0 1 ~; raw text, CR and tabs included. Other escape
    /// sequences inside are dropped by the sanitiser later.
    ///
    /// The end marker can be inside the pasted text itself (tmux's `paste-buffer -p` wraps the buffer as it is), and
    /// whatever followed it would then arrive as keystrokes. The terminal writes a paste in one go and its own end
    /// marker comes last, so a marker followed by more input within `pasteGrace` was part of the text: it is dropped
    /// and the paste goes on. Only a marker followed by a pause ends the paste. Beyond `pasteReadLimit` characters
    /// the rest is read and thrown away up to that end, so that it never turns into keys either.
    static func readPaste() -> String {
        var scalars = String.UnicodeScalarView()
        var count = 0
        func keep(_ value: UInt32) {
            count += 1
            if count <= pasteReadLimit, let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        let end: [UInt32] = [27, 91, 50, 48, 49, 126]
        // The part of an end marker read so far; kept as text when the marker does not complete.
        var held: [UInt32] = []
        var idle = 0
        while true {
            guard let c = readRaw() else {
                // The rest of a long paste may still be on its way; give up after about a second of silence.
                idle += 1
                if idle > 100 { break }
                usleep(10_000)
                continue
            }
            idle = 0
            if c.isKey { continue }
            let value = UInt32(bitPattern: c.code)
            if value == end[held.count] {
                held.append(value)
                guard held.count == end.count else { continue }
                held = []
                guard let next = waitForMore(seconds: pasteGrace) else { break }
                // A marker inside the pasted text: dropped, and the paste goes on with what follows it.
                unget(next)
                continue
            }
            held.forEach(keep)
            held = value == end[0] ? [value] : []
            if held.isEmpty { keep(value) }
        }
        held.forEach(keep)
        return String(scalars)
    }

    /// How long after an end-of-paste marker more input still belongs to the paste (see `readPaste`).
    static let pasteGrace: TimeInterval = 0.05

    /// The most characters of one paste that are kept (TextBuffer keeps fewer and says so).
    static let pasteReadLimit = 200_000

    /// The next input if one arrives within `seconds`, else nil (the window is in no-delay mode here).
    static func waitForMore(seconds: TimeInterval) -> (code: Int32, isKey: Bool)? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let c = readRaw() { return c }
            if Date() >= deadline { return nil }
            usleep(5_000)
        }
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
        case keyF0 + 3: return .key(.f3)
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

// MARK: - Checking TERM before ncurses starts

extension TerminalDriver {
    /// Checks, before anything is painted, that `TERM` names a terminal that ncurses knows and that can place the
    /// cursor (not `dumb`). Returns nil when it can, else one Dutch line. Nothing reaches the terminal: the check
    /// opens an ncurses screen on /dev/null, closes it again, and restores the handlers ncurses installs for
    /// SIGINT, SIGTERM, SIGQUIT and SIGTSTP. Its SIGWINCH handler stays: ncurses installs that one only once per
    /// process, and the real screen needs it for resizes.
    public static func checkTerminal(environment: [String: String] = ProcessEnvironment.current) -> String? {
        let advice = "start voordeur in een gewone terminal (bijvoorbeeld TERM=xterm-256color)"
        guard let term = environment["TERM"], !term.isEmpty else {
            return "TERM is niet ingesteld, dus het scherm kan niet worden opgebouwd; \(advice)"
        }
        if term == "dumb" {
            return "deze terminal (TERM=dumb) kan geen scherm opbouwen; \(advice)"
        }
        guard let output = fopen("/dev/null", "w") else { return nil }
        defer { fclose(output) }
        guard let input = fopen("/dev/null", "r") else { return nil }
        defer { fclose(input) }
        let signals = [SIGINT, SIGTERM, SIGTSTP, SIGQUIT]
        var saved: [sigaction] = signals.map { _ in sigaction() }
        for (index, sig) in signals.enumerated() { sigaction(sig, nil, &saved[index]) }
        defer { for (index, sig) in signals.enumerated() { sigaction(sig, &saved[index], nil) } }
        guard let screen = newterm(term, output, input) else {
            return "het terminaltype '\(term)' (TERM) is onbekend op deze computer; \(advice)"
        }
        let cursor = tigetstr("cup")
        let usable = cursor != nil && Int(bitPattern: cursor) != -1
        endwin()
        delscreen(screen)
        return usable ? nil : "deze terminal (TERM=\(term)) kan de cursor niet plaatsen; \(advice)"
    }
}
