import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A helper program that could not be started (not found, not executable, a command line that cannot be split) or
/// that failed: one Dutch line, without the "voordeur:" prefix.
public struct CommandProblem: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// How a helper program ended.
public struct CommandResult: Equatable, Sendable {
    /// The exit code; 128+N after signal N.
    public var status: Int32
    /// What the program wrote on standard error (control characters removed, at most 4 KiB, trimmed).
    public var stderr: String
    /// True when the program was stopped because it took longer than the time allowed.
    public var timedOut: Bool
    /// True when the worker stopped it (Esc while sending).
    public var cancelled: Bool
    /// Bytes of the input the program did not read before it ended (0 when it read everything).
    public var unreadInput: Int
    /// The size of the input in bytes.
    public var inputSize: Int

    public init(status: Int32, stderr: String = "", timedOut: Bool = false, cancelled: Bool = false, unreadInput: Int = 0,
                inputSize: Int = 0) {
        self.status = status
        self.stderr = stderr
        self.timedOut = timedOut
        self.cancelled = cancelled
        self.unreadInput = unreadInput
        self.inputSize = inputSize
    }

    /// Exit code 0, in time, not stopped, and the whole input read: a mail program that read part of the note and
    /// exited 0 did not send the note.
    public var succeeded: Bool { status == 0 && !timedOut && !cancelled && unreadInput == 0 }

    /// One Dutch line for a failure: "'msmtp -t' stopte met code 78: msmtp: account default not found".
    public func failureLine(command: String) -> String {
        var line: String
        if cancelled {
            line = "'\(command)' is afgebroken"
        } else if timedOut {
            line = "'\(command)' reageerde niet en is gestopt"
        } else if status == 0 && unreadInput > 0 {
            line = "'\(command)' las maar \(inputSize - unreadInput) van de \(inputSize) bytes en stopte"
        } else {
            line = "'\(command)' stopte met code \(status)"
        }
        let detail = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " / ")
        if !detail.isEmpty { line += ": " + String(detail.prefix(400)) }
        return line
    }
}

/// Starts helper programs (a mail program, a clipboard tool) directly, without a shell: the text goes to the
/// program's standard input, its standard output is discarded, and its exit code and standard error come back.
public enum CommandRunner {
    static let defaultPath = "/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin"

    /// Splits a command line into words like a shell does for plain words, 'single' and "double" quotes and
    /// backslashes, but without a shell: no variables, wildcards, pipes or redirections. A leading `~/` in the
    /// first word is the home folder.
    public static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case "|", "&", ";", "<", ">", "$", "`", "(", ")", "*", "?":
                throw CommandProblem("het teken '\(character)' werkt niet: het commando wordt zonder shell gestart; zet het tussen aanhalingstekens of in een script")
            default:
                if character.isNewline {
                    throw CommandProblem("het commando moet op één regel staan")
                }
                current.append(character)
                inWord = true
            }
        }
        if quote != nil { throw CommandProblem("een aanhalingsteken is niet gesloten") }
        if escaped { throw CommandProblem("het commando eindigt op een backslash") }
        if inWord { words.append(current) }
        guard !words.isEmpty else { throw CommandProblem("het commando is leeg") }
        return words
    }

    /// The full path of `name`: itself when it holds a '/', else the first executable of that name in `PATH`.
    public static func findExecutable(_ name: String, environment: [String: String] = ProcessEnvironment.current) -> String? {
        if name.contains("/") {
            let path = DataFolder.expandTilde(name, environment: environment)
            return isExecutableFile(path) ? path : nil
        }
        let search = environment["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
        for folder in search.split(separator: ":") where !folder.isEmpty {
            let path = folder + "/" + name
            if isExecutableFile(path) { return path }
        }
        return nil
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && access(path, X_OK) == 0
    }

    /// Runs `argv` with `input` on standard input and waits at most `timeout` seconds, or until `cancellation` is
    /// set (then SIGTERM, and SIGKILL two seconds later). Throws a `CommandProblem` only when the program cannot be
    /// started.
    ///
    /// The program runs in a session of its own, without a controlling terminal: it cannot open /dev/tty, so it
    /// never reads the worker's keys nor paints over the screen, and stopping it stops what it started too. Its
    /// standard input is a pipe with the text. This process keeps a read end of that pipe, so that once the program
    /// has ended what it left unread can be counted (`unreadInput`) instead of lost in a full pipe.
    ///
    /// The program is started with posix_spawn and waited for with waitpid, not with Foundation's Process: Process
    /// notices the end through a descriptor the child inherits, so a helper that leaves a child behind (xclip and
    /// wl-copy stay in the background to serve the selection) would make it wait until that one ends too. For the
    /// same reason standard error goes to an unlinked temporary file, not a pipe. SIGPIPE is blocked in the writing
    /// thread only: a program that does not read its input makes the write fail instead of ending Voordeur. The
    /// program gets default signal handling and an empty signal mask, whatever the terminal driver set.
    public static func run(_ argv: [String], input: Data,
                           environment: [String: String] = ProcessEnvironment.current,
                           timeout: TimeInterval = 60, cancellation: Cancellation? = nil) throws -> CommandResult {
        guard let name = argv.first else { throw CommandProblem("het commando is leeg") }
        guard let path = findExecutable(name, environment: environment) else {
            throw CommandProblem(name.contains("/") ? "'\(name)' bestaat niet of is niet uitvoerbaar"
                                 : "'\(name)' is niet gevonden (PATH)")
        }
        var template = Array((NSTemporaryDirectory() + "/voordeur-stderr-XXXXXX").utf8CString)
        let errorFD = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard errorFD >= 0 else { throw CommandProblem("kan '\(name)' niet starten: geen tijdelijk bestand") }
        defer { close(errorFD) }
        _ = fcntl(errorFD, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw CommandProblem("kan '\(name)' niet starten: \(SecureFile.reason(errno))") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let (readEnd, writeEnd) = (fds[0], fds[1])

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorFD, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        // POSIX_SPAWN_SETSID (glibc's 0x80, not imported into Swift): a new session, no controlling terminal.
        let setSession: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setSession))

        let cArguments = ([path] + argv.dropFirst()).map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else {
            close(readEnd)
            close(writeEnd)
            throw CommandProblem("kan '\(name)' niet starten: \(SecureFile.reason(spawned))")
        }

        let written = DispatchSemaphore(value: 0)
        let progress = WriteProgress()
        let thread = Thread {
            var block = sigset_t()
            sigemptyset(&block)
            sigaddset(&block, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &block, nil)
            input.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        break
                    }
                    offset += count
                }
                progress.set(offset)
            }
            close(writeEnd)
            // A SIGPIPE left pending on this thread is discarded when the thread ends.
            written.signal()
        }
        thread.start()

        var timedOut = false
        var cancelled = false
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        var killAt: Date?
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { status = 0x7F00; break }
            let now = Date()
            if !timedOut && !cancelled && (now >= deadline || cancellation?.isCancelled == true) {
                if now >= deadline { timedOut = true } else { cancelled = true }
                // The whole session: the program and whatever it started.
                kill(-pid, SIGTERM)
                kill(pid, SIGTERM)
                killAt = now.addingTimeInterval(2)
            } else if let hard = killAt, now >= hard {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                killAt = nil
            }
            usleep(5_000)
        }
        // The program has ended: what is still in the pipe, and what the writer still manages to put in, was not
        // read by it. Reading it here also lets a writer blocked on a full pipe finish.
        // Read until the writer has closed its end (or, should some other process hold that end too, until the
        // writer is done and nothing more comes).
        var unread = 0
        var writerDone = false
        var sink = [UInt8](repeating: 0, count: 65_536)
        var poller = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        let drainDeadline = Date().addingTimeInterval(5)
        while Date() < drainDeadline {
            let ready = poll(&poller, 1, 50)
            if ready > 0 {
                let count = read(readEnd, &sink, sink.count)
                if count > 0 { unread += count; continue }
                if count < 0 && errno == EINTR { continue }
                break
            }
            if ready < 0 && errno == EINTR { continue }
            if writerDone { break }
            writerDone = written.wait(timeout: .now()) == .success
        }
        close(readEnd)
        if !writerDone { _ = written.wait(timeout: .now() + 2) }
        unread += input.count - progress.value

        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift cannot import as macros.
        let signal = status & 0x7F
        let code: Int32 = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = pread(errorFD, &buffer, buffer.count, 0)
        let text = TextSanitizer.clean(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self))
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return CommandResult(status: code, stderr: text, timedOut: timedOut, cancelled: cancelled,
                             unreadInput: max(0, min(unread, input.count)), inputSize: input.count)
    }
}
