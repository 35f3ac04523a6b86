import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per draft: an exclusive `flock` on `bezoek-ID.lock` beside the draft, held while the draft is open.
/// The kernel releases it when the process ends, however it ends, so a lock is never stale: after kill -9 the next
/// program takes the draft at once. The file holds the holder's pid, for the message only.
///
/// The lock file is also how a deletion reaches a window that has the draft open: deleting a draft removes its lock
/// file first, and the holder checks before and after each save that the lock file is still the one it locked
/// (`isCurrent`), so a deleted draft is never written back (issue 23, item 2).
public final class DraftLock: @unchecked Sendable {
    public let id: String
    private let folder: Folder
    private let fd: Int32
    private let identity: (dev: UInt64, ino: UInt64)

    public enum Outcome {
        case acquired(DraftLock)
        /// Another running program edits this draft.
        case heldBy(pid: Int32?)

        public var lock: DraftLock? {
            if case .acquired(let lock) = self { return lock }
            return nil
        }

        /// For the worker, in the screen's language; nil when the lock was acquired.
        public var notice: String? {
            guard case .heldBy(let pid) = self else { return nil }
            let who = pid.map { " " + tr("storage.lock.process", ["pid": $0]) } ?? ""
            return tr("storage.lock.held", ["wie": who])
        }
    }

    private init(id: String, folder: Folder, fd: Int32, identity: (UInt64, UInt64)) {
        self.id = id
        self.folder = folder
        self.fd = fd
        self.identity = identity
    }

    deinit { release() }

    /// Takes the lock of draft `id` in the data folder `url`, creating the folder when needed.
    public static func acquire(id: String, in url: URL) throws -> Outcome {
        guard DraftID.isValid(id) else { throw StorageError("ongeldig ID '\(TextSanitizer.singleLine(id))'") }
        try SecureFile.ensurePrivateFolder(url)
        guard let folder = try Folder.open(url.path, ownFolder: true) else { throw StorageError("kan map \(url.path) niet openen") }
        let name = DataLayout.lock(id)
        // A lock file can be removed between our open and our flock (by its holder quitting, or a deletion): then we
        // hold a lock on a file nobody else will open. Checking that the name still leads to the locked file after
        // taking the lock closes that gap; a few rounds are plenty.
        for _ in 0..<5 {
            let fd = Posix.open(name, in: folder.fd, O_RDWR | O_CREAT)
            guard fd >= 0 else { throw StorageError("kan het concept niet vergrendelen: \(Posix.reason(errno))") }
            if Posix.retrying({ flock(fd, LOCK_EX | LOCK_NB) }) != 0 {
                let code = errno
                let pid = holderPID(fd)
                let stillThere = leadsTo(fd, name, in: folder)
                close(fd)
                // Held, unless the file was removed meanwhile by the holder quitting: then try the new one.
                if code == EWOULDBLOCK { if stillThere { return .heldBy(pid: pid) } else { continue } }
                throw StorageError("kan het concept niet vergrendelen: \(Posix.reason(code))")
            }
            var mine = stat()
            guard fstat(fd, &mine) == 0, leadsTo(fd, name, in: folder) else {
                close(fd)
                continue
            }
            fchmod(fd, 0o600)
            // Only informative, so no fsync and no check: the lock itself is the flock.
            let text = Data("pid=\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = Posix.writeAll(fd, text)
            return .acquired(DraftLock(id: id, folder: folder, fd: fd, identity: (UInt64(mine.st_dev), UInt64(mine.st_ino))))
        }
        throw StorageError("kan het concept niet vergrendelen (\(name))")
    }

    /// Whether `name` in `folder` is still the file open as `fd`.
    static func leadsTo(_ fd: Int32, _ name: String, in folder: Folder) -> Bool {
        var mine = stat()
        guard fstat(fd, &mine) == 0, let there = folder.status(name) else { return false }
        return there.st_ino == mine.st_ino && there.st_dev == mine.st_dev
    }

    private static func holderPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 64)
        let got = pread(fd, &buffer, buffer.count, 0)
        guard got > 4 else { return nil }
        let text = String(decoding: buffer[..<got], as: UTF8.self)
        guard text.hasPrefix("pid=") else { return nil }
        return Int32(text.dropFirst(4).prefix { $0.isNumber })
    }

    /// Whether the lock file is still the one this program locked: false once the draft was deleted (by `wis`, a
    /// handover or retention, in this program or another).
    public var isCurrent: Bool {
        guard !released, let there = folder.status(DataLayout.lock(id)) else { return false }
        return UInt64(there.st_dev) == identity.dev && UInt64(there.st_ino) == identity.ino
    }

    private var released = false

    /// Gives the lock back: removes the lock file while still holding it (only if it is still ours), then closes.
    public func release() {
        guard !released else { return }
        released = true
        if let there = folder.status(DataLayout.lock(id)), UInt64(there.st_ino) == identity.ino,
           UInt64(there.st_dev) == identity.dev {
            unlinkat(folder.fd, DataLayout.lock(id), 0)
        }
        close(fd)
    }

    /// Removes the lock file `name` when no running program holds it (left by a program that was killed). It is
    /// removed while locked, so a program that opened it meanwhile notices and takes a new one. Returns whether it went.
    static func removeIfUnheld(_ name: String, in folder: Folder) -> Bool {
        let fd = Posix.open(name, in: folder.fd, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard Posix.retrying({ flock(fd, LOCK_EX | LOCK_NB) }) == 0, leadsTo(fd, name, in: folder) else { return false }
        return unlinkat(folder.fd, name, 0) == 0
    }
}
