import Foundation
import XCTest

/// The built `voordeur` binary, next to the test bundle.
enum Binary {
    static var url: URL {
        let candidates = [
            Bundle(for: Tmux.self).bundleURL.deletingLastPathComponent().appendingPathComponent("voordeur"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/voordeur"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs the binary to completion with `input` on standard input.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // The locale chooses the program's language: Dutch, whatever the machine running the tests speaks.
        env["LC_ALL"] = "C.UTF-8"
        env["LANG"] = "C.UTF-8"
        env["LC_MESSAGES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// A temporary home for one test: data, config and HOME folders.
final class Sandbox {
    let root: URL
    var data: URL { root.appendingPathComponent("data") }
    var config: URL { root.appendingPathComponent("config") }
    /// `$XDG_RUNTIME_DIR`: where a rescue copy goes when the data folder cannot be written.
    var runtime: URL { root.appendingPathComponent("run") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // Tests of other things start as before encryption existed: no PIN screen. Tests of the PIN write their own.
        try writeSystemConfig("[voordeur]\nversleuteling = uit\n")
    }

    /// The corporation's system file (`VOORDEUR_SYSTEM_CONFIG`), so that no test reads the real /etc.
    var systemConfig: URL { root.appendingPathComponent("systeem.conf") }

    func writeSystemConfig(_ text: String) throws {
        try text.write(to: systemConfig, atomically: true, encoding: .utf8)
    }

    deinit {
        chmod(data.path, 0o700)
        try? FileManager.default.removeItem(at: root)
    }

    var environment: [String: String] {
        ["VOORDEUR_DATA_DIR": data.path, "XDG_CONFIG_HOME": config.path, "HOME": root.path, "LANG": "C.UTF-8",
         "LC_ALL": "C.UTF-8", "XDG_RUNTIME_DIR": runtime.path, "VOORDEUR_SYSTEM_CONFIG": systemConfig.path]
    }

    /// Writes `text` as the configuration file, `$XDG_CONFIG_HOME/voordeur/voordeur.conf`.
    func writeConfig(_ text: String) throws {
        let folder = config.appendingPathComponent("voordeur")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("voordeur.conf"), atomically: true, encoding: .utf8)
    }

    /// The drafts on disk, parsed.
    func drafts() throws -> [[String: Any]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []
        return try names.filter { $0.hasPrefix("bezoek-") && $0.hasSuffix(".json") }.map { name in
            let data = try Data(contentsOf: self.data.appendingPathComponent(name))
            return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any], "draft \(name) is not JSON")
        }
    }
}

/// The real binary in a real terminal: tmux, on a private socket. Steps wait for text; nothing sleeps blindly.
final class Tmux {
    let socket = "voordeur-test-\(UUID().uuidString.prefix(8))"
    let session = "t"
    let conf: URL
    /// What the program wrote on standard error (a crash report would be here).
    let stderrFile: URL

    static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `shellPrefix` runs in the pane's shell before the program, such as "cd DIR && ulimit -c unlimited && ".
    init(arguments: [String] = [], sandbox: Sandbox, rows: Int = 24, columns: Int = 80, shellPrefix: String = "") throws {
        conf = sandbox.root.appendingPathComponent("tmux.conf")
        try "set -g remain-on-exit on\nset -g status off\n".write(to: conf, atomically: true, encoding: .utf8)
        stderrFile = sandbox.root.appendingPathComponent("stderr-\(socket).txt")
        let env = sandbox.environment.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
        // The shell reports the exit status on screen (128+N for a signal) and stays for a while to be read.
        let command = shellPrefix + "env \(env) \(Binary.url.path) \(arguments.joined(separator: " ")) 2>>\(stderrFile.path); "
            + "printf '\\nvoordeur-exit=%s\\n' $?; sleep 60"
        // The tmux server forks from this first client. Started through Foundation's Process it would inherit the
        // descriptor Process uses to notice the exit, and waiting would never end: start it with system() instead.
        let line = (["tmux", "-L", socket, "-f", conf.path, "new-session", "-d", "-s", session, "-x", "\(columns)",
                     "-y", "\(rows)", command]).map(Self.quote).joined(separator: " ")
        let status = system(line + " </dev/null >/dev/null 2>&1")
        guard status == 0 else { throw XCTSkip("tmux could not start a session (status \(status))") }
    }

    static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    deinit { try? run(["kill-server"], capture: false) }

    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard capture else {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ""
        }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Named keys: "Enter", "Escape", "Space", "Tab", "BTab", "Down", "C-c", "F2", …
    func keys(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }
    /// Literal text.
    func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }
    /// Raw bytes, as hex.
    func bytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", session, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    func screen() throws -> String { try run(["capture-pane", "-p", "-t", session]) }

    /// The screen with wrapped lines joined.
    func joinedScreen() throws -> String { try run(["capture-pane", "-p", "-J", "-t", session]) }

    /// The pid of the program: the child of the pane's shell.
    var pid: Int32? {
        guard let shell = (try? run(["display-message", "-p", "-t", session, "#{pane_pid}"]))
            .flatMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// The exit status once the program has ended (128+N after signal N), else nil.
    var exitStatus: Int32? {
        guard let screen = try? joinedScreen(), let range = screen.range(of: "voordeur-exit=") else { return nil }
        return Int32(screen[range.upperBound...].prefix { $0.isNumber })
    }

    var stderr: String { (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? "" }

    /// Waits until the screen contains `text`; fails with the last screen when it does not within `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \"\(text)\"; screen was:\n\(last)", file: file, line: line)
        throw XCTSkip("aborted")
    }

    /// Waits until `condition` holds.
    func waitUntil(timeout: TimeInterval = 15, _ what: String, _ condition: () throws -> Bool,
                   file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        XCTFail("timed out waiting until \(what); screen was:\n\((try? screen()) ?? "")", file: file, line: line)
        throw XCTSkip("aborted")
    }

    func waitForExit(timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        var status: Int32?
        try waitUntil(timeout: timeout, "the program exits", { status = exitStatus; return status != nil }, file: file, line: line)
        if status != 0 { print("voordeur exited with \(status!); standard error:\n\(stderr)") }
        return status!
    }
}
