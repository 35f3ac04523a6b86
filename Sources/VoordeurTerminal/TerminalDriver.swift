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
                try SecureFile.ensurePrivateFolder(folder)
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
