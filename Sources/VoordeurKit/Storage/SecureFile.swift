import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A storage problem, described in Dutch for the worker.
public struct StorageError: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Private files: folders 0700 and files 0600 whatever the umask, written atomically
/// (temporary file, fsync, rename, fsync of the folder).
public enum SecureFile {
    /// Creates `folder` (and its parents) when missing, and makes it 0700. With `tightenExisting: false` a folder
    /// that already exists keeps its permissions (a folder the worker chose, such as his documents).
    public static func ensurePrivateFolder(_ folder: URL, tightenExisting: Bool = true) throws {
        let path = folder.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw StorageError("\(path) is geen map") }
            if !tightenExisting { return }
            try checkOwner(folder)
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StorageError("kan map \(path) niet maken: \(reason(errno))")
            }
        }
        if chmod(path, 0o700) != 0 { throw StorageError("kan de rechten van \(path) niet op 0700 zetten: \(reason(errno))") }
    }

    /// Refuses a folder that belongs to another user: voordeur never writes into it and never changes its
    /// permissions (run as root, it would otherwise chmod someone else's folder).
    public static func checkOwner(_ folder: URL) throws {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return }
        let me = geteuid()
        if info.st_uid != me {
            throw StorageError("de map \(folder.path) is van een andere gebruiker (uid \(info.st_uid), jij bent uid \(me)); "
                + "voordeur gebruikt haar niet en verandert haar rechten niet. Kies een eigen map met --data-dir")
        }
    }

    /// Writes `data` to `url` atomically with mode 0600. With `overwrite: false` an existing file is an error. With
    /// `durable: false` nothing is synced: for a file that can be made again (after a crash it may be the old one,
    /// the new one, or empty).
    public static func write(_ data: Data, to url: URL, overwrite: Bool = true, durable: Bool = true) throws {
        let path = url.path
        if !overwrite && FileManager.default.fileExists(atPath: path) {
            throw StorageError("\(path) bestaat al; gebruik --force om te overschrijven")
        }
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError("kan niet schrijven in \(folder): \(reason(errno))") }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0 && fchmod(fd, 0o600) != 0 { failure = errno }
        if failure == 0 && durable && fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure != 0 {
            unlink(temporary)
            throw StorageError("kan \(path) niet opslaan: \(reason(failure))")
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw StorageError("kan \(path) niet opslaan: \(reason(code))")
        }
        guard durable else { return }
        let dirFD = open(folder, O_RDONLY | O_CLOEXEC)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }

    /// A short Dutch reason for an errno value.
    public static func reason(_ code: Int32) -> String { ErrnoText.reason(code) }
}
