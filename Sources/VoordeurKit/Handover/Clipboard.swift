import Foundation

/// Where a copy of the note goes. Nothing leaves the machine: each is a local clipboard.
public enum ClipboardMethod: Equatable, Sendable, CaseIterable {
    /// Inside tmux: `tmux load-buffer -w -` puts it in tmux's buffer and, where tmux can, the outer terminal's
    /// clipboard. (At tmux's default settings tmux ignores OSC 52 from programs inside it.)
    case tmux
    /// A Wayland desktop: `wl-copy`.
    case wayland
    /// An X desktop: `xclip -selection clipboard`.
    case x11
    /// The terminal's own clipboard via the OSC 52 escape sequence, written by the terminal driver.
    case osc52

    /// The program to start, with the text on standard input; nil for OSC 52.
    public var command: [String]? {
        switch self {
        case .tmux: return ["tmux", "load-buffer", "-w", "-"]
        case .wayland: return ["wl-copy"]
        case .x11: return ["xclip", "-selection", "clipboard"]
        case .osc52: return nil
        }
    }

    /// For the status line, in the screen's language: "Gekopieerd naar <label>."
    public var label: String { tr("clipboard.\(self)") }
}

/// The outcome of a copy: which method was used and, for OSC 52, the bytes the driver must write to the terminal.
public struct ClipboardCopy: Equatable, Sendable {
    public var method: ClipboardMethod
    /// For `.osc52`: the escape sequence to write to the terminal as it is (outside ncurses' painting); else nil.
    public var terminalSequence: String?
    /// Methods tried before and why each failed (Dutch); empty when the first choice worked.
    public var failures: [String]

    public init(method: ClipboardMethod, terminalSequence: String?, failures: [String]) {
        self.method = method
        self.terminalSequence = terminalSequence
        self.failures = failures
    }

    /// One Dutch line for the status line.
    public var statusLine: String {
        var line = tr("clipboard.copied", ["waar": method.label])
        if !failures.isEmpty { line += " (\(failures.joined(separator: "; ")))" }
        return line
    }
}

public enum Clipboard {
    /// The methods that fit this session, best first; always ends with OSC 52. Pure: `isAvailable` tells whether
    /// a program is on PATH.
    public static func candidates(environment: [String: String],
                                  isAvailable: (String) -> Bool) -> [ClipboardMethod] {
        func set(_ name: String) -> Bool { !(environment[name] ?? "").isEmpty }
        var methods: [ClipboardMethod] = []
        if set("TMUX") && isAvailable("tmux") { methods.append(.tmux) }
        if set("WAYLAND_DISPLAY") && isAvailable("wl-copy") { methods.append(.wayland) }
        if set("DISPLAY") && isAvailable("xclip") { methods.append(.x11) }
        methods.append(.osc52)
        return methods
    }

    /// The method `copy` tries first.
    public static func choose(environment: [String: String] = ProcessEnvironment.current,
                              isAvailable: ((String) -> Bool)? = nil) -> ClipboardMethod {
        candidates(environment: environment, isAvailable: isAvailable ?? { CommandRunner.findExecutable($0, environment: environment) != nil })[0]
    }

    /// OSC 52 for the clipboard ("c"), with the text in base64, ended by BEL.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }

    /// Copies `text`: tries the candidates in order, falls through to the next when a program fails, and ends
    /// with OSC 52 (which cannot fail here: the caller writes `terminalSequence`). `run` starts a program with
    /// input; by default `CommandRunner.run` with a 5-second limit, stopped when `cancellation` is set (then no
    /// further program is tried; the caller sees the cancellation and uses nothing of the result).
    public static func copy(_ text: String, environment: [String: String] = ProcessEnvironment.current,
                            isAvailable: ((String) -> Bool)? = nil, cancellation: Cancellation? = nil,
                            run: (([String], Data) throws -> CommandResult)? = nil) -> ClipboardCopy {
        let available = isAvailable ?? { CommandRunner.findExecutable($0, environment: environment) != nil }
        let start = run ?? { try CommandRunner.run($0, input: $1, environment: environment, timeout: 5, cancellation: cancellation) }
        var failures: [String] = []
        for method in candidates(environment: environment, isAvailable: available) where cancellation?.isCancelled != true {
            guard let argv = method.command else {
                return ClipboardCopy(method: .osc52, terminalSequence: osc52(text), failures: failures)
            }
            do {
                let result = try start(argv, Data(text.utf8))
                if result.succeeded { return ClipboardCopy(method: method, terminalSequence: nil, failures: failures) }
                failures.append(result.failureLine(command: argv.joined(separator: " ")))
            } catch {
                failures.append("\(argv[0]): \(error)")
            }
        }
        return ClipboardCopy(method: .osc52, terminalSequence: osc52(text), failures: failures)
    }
}
