import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A running process as the lock records it: its pid and its start time (field 22 of /proc/PID/stat, clock ticks
/// since boot), so that a pid reused by another program is not mistaken for the holder.
public struct ProcessIdentity: Equatable, Sendable {
    public var pid: Int32
    /// nil where /proc is not available.
    public var startTicks: UInt64?

    public init(pid: Int32, startTicks: UInt64?) {
        self.pid = pid
        self.startTicks = startTicks
    }

    public static var current: ProcessIdentity { ProcessIdentity(pid: getpid(), startTicks: startTicks(of: getpid())) }

    /// Whether a process with this pid exists (EPERM: it exists, but belongs to someone else).
    public static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Field 22 of /proc/PID/stat. The second field (the command) may hold spaces and ')', so fields are counted
    /// from the last ')'.
    public static func startTicks(of pid: Int32) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After ')' come field 3 (state) onwards: field 22 is at index 19.
        guard fields.count > 19 else { return nil }
        return UInt64(fields[19])
    }

    /// Whether this very process still runs: same pid and, where known, the same start time.
    public var isAlive: Bool {
        guard Self.isRunning(pid) else { return false }
        guard let startTicks, let now = Self.startTicks(of: pid) else { return true }
        return now == startTicks
    }
}

/// One writer per draft, the way vim's swap file works: `bezoek-ID.lock` beside the draft holds the pid and start
/// time of the program that edits it. It is made atomically (O_CREAT|O_EXCL, 0600); a lock whose program is gone,
/// or whose pid now belongs to a process with another start time, is stale and is taken over.
public struct DraftLock: Equatable, Sendable {
    public static let suffix = ".lock"

    public let url: URL
    public let owner: ProcessIdentity
    public let since: Date

    public enum Outcome: Equatable, Sendable {
        /// The lock is ours.
        case acquired(DraftLock)
        /// Another running program edits this draft.
        case heldBy(pid: Int32, since: Date?)
        /// A lock of a program that no longer runs was taken over; the lock is now ours.
        case stale(takenOver: DraftLock, previousPID: Int32?)

        /// The lock, when this program holds it now.
        public var lock: DraftLock? {
            switch self {
            case .acquired(let lock), .stale(let lock, _): return lock
            case .heldBy: return nil
            }
        }

        /// Dutch, for the worker; nil when the lock was simply acquired.
        public var notice: String? {
            switch self {
            case .acquired: return nil
            case .heldBy(let pid, let since):
                let when = since.map { " sinds \(DateText.dateTime($0))" } ?? ""
                return "Dit concept is al geopend in een ander venster van voordeur (proces \(pid)\(when)); "
                    + "om elkaars tekst niet te overschrijven wordt het hier niet geopend."
            case .stale(_, let pid):
                let who = pid.map { " (proces \($0))" } ?? ""
                return "Dit concept was nog vergrendeld door een voordeur die niet meer draait\(who); de vergrendeling is overgenomen."
            }
        }
    }

    /// What a lock file says about its holder.
    enum Inspection {
        case missing
        case live(pid: Int32, since: Date?)
        case stale(pid: Int32?, contents: Data)
    }

    public static func url(for id: String, in folder: URL) -> URL { folder.appendingPathComponent("bezoek-\(id)\(suffix)") }

    /// Takes the lock of draft `id` in `folder` (the data folder), creating the folder when needed.
    public static func acquire(id: String, in folder: URL, now: Date = Date()) throws -> Outcome {
        guard DraftID.isValid(id) else { throw StorageError("ongeldig ID '\(TextSanitizer.singleLine(id))'") }
        try SecureFile.ensurePrivateFolder(folder)
        let url = url(for: id, in: folder)
        let me = ProcessIdentity.current
        // A few rounds: the next one after a stale lock was moved out of the way.
        var previous: Int32?
        var tookOver = false
        for _ in 0..<3 {
            if let lock = try create(url, owner: me, now: now) {
                return tookOver ? .stale(takenOver: lock, previousPID: previous) : .acquired(lock)
            }
            switch inspect(url) {
            case .missing:
                continue
            case .live(let pid, let since):
                return .heldBy(pid: pid, since: since)
            case .stale(let pid, let contents):
                // Move the stale lock aside atomically, under a temporary name start-up cleaning knows; only one
                // program can win that rename. If what was moved turns out not to be the stale lock we read (someone
                // took over in between), put it back.
                let aside = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).0.tmp")
                guard rename(url.path, aside.path) == 0 else { continue }
                if FileManager.default.contents(atPath: aside.path) != contents {
                    link(aside.path, url.path)
                    unlink(aside.path)
                    continue
                }
                unlink(aside.path)
                previous = pid
                tookOver = true
            }
        }
        throw StorageError("kan het concept niet vergrendelen (\(url.lastPathComponent))")
    }

    /// O_CREAT|O_EXCL: nil when the file already exists.
    private static func create(_ url: URL, owner: ProcessIdentity, now: Date) throws -> DraftLock? {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return nil }
            throw StorageError("kan het concept niet vergrendelen: \(SecureFile.reason(errno))")
        }
        defer { close(fd) }
        let stamp = DateText.iso8601(now)
        let text = "pid=\(owner.pid)\nstart=\(owner.startTicks.map(String.init) ?? "")\nsince=\(stamp)\n"
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
        fchmod(fd, 0o600)
        // No fsync: a lock only means something while its process runs. After a crash of the machine the process is
        // gone and the lock is stale whatever reached the disk (a half-written one is stale after a few seconds, see
        // `inspect`), so waiting for the disk here (about 2 ms, a fifth of the time to the first frame) buys nothing.
        guard written == bytes.count else {
            let code = errno
            unlink(url.path)
            throw StorageError("kan het concept niet vergrendelen: \(SecureFile.reason(code))")
        }
        return DraftLock(url: url, owner: owner, since: DateText.parseISO8601(stamp) ?? now)
    }

    static func parse(_ data: Data) -> (owner: ProcessIdentity, since: Date?)? {
        var values: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let pid = values["pid"].flatMap({ Int32($0) }), pid > 0 else { return nil }
        return (ProcessIdentity(pid: pid, startTicks: values["start"].flatMap { UInt64($0) }),
                values["since"].flatMap { DateText.parseISO8601($0) })
    }

    static func inspect(_ url: URL) -> Inspection {
        guard FileKind.at(url.path) != .missing else { return .missing }
        guard case .success(let data) = FileKind.readRegularFile(url.path) else { return .stale(pid: nil, contents: Data()) }
        guard let (owner, since) = parse(data) else {
            // Half written by a program that crashed at once, or garbage: stale once it is a few seconds old.
            let age = Date().timeIntervalSince(DraftStore.modificationDate(url) ?? Date())
            return age > 5 ? .stale(pid: nil, contents: data) : .live(pid: 0, since: nil)
        }
        return owner.isAlive ? .live(pid: owner.pid, since: since) : .stale(pid: owner.pid, contents: data)
    }

    /// Who holds the lock of draft `id` now, without taking it: nil when nobody (or only a stale lock).
    public static func holder(id: String, in folder: URL) -> (pid: Int32, since: Date?)? {
        guard DraftID.isValid(id), case .live(let pid, let since) = inspect(url(for: id, in: folder)) else { return nil }
        return (pid, since)
    }

    /// Gives the lock back: removes the file, but only while it is still ours.
    public func release() {
        guard let data = FileManager.default.contents(atPath: url.path), let (holder, _) = Self.parse(data),
              holder == owner else { return }
        unlink(url.path)
    }
}
