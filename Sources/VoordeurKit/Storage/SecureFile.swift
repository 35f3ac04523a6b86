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

/// Private files by path, for callers outside the data folder (exports, the configuration): folders 0700 and files
/// 0600 whatever the umask, written atomically (temporary file, fsync, close, rename, fsync of the folder).
public enum SecureFile {
    /// Creates `folder` (and its parents) when missing, and makes it 0700. With `tightenExisting: false` a folder
    /// that already exists keeps its permissions (a folder the worker chose, such as his documents).
    public static func ensurePrivateFolder(_ folder: URL, tightenExisting: Bool = true) throws {
        let path = folder.path
        var isDirectory: ObjCBool = false
        // A folder voordeur keeps private is never a link: chmod and every write would reach the folder it points to.
        if tightenExisting, case .symlink = FileKind.at(path) {
            throw StorageError("\(path) is geen gewone map (\(reason(ELOOP)))")
        }
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

    /// Writes `data` to `url` atomically with mode 0600 (`Folder.write`): the file itself is never followed as a
    /// link. With `overwrite: false` an existing file is an error, decided by the kernel at the moment of writing.
    /// With `durable: false` nothing is synced: for a file that can be made again.
    public static func write(_ data: Data, to url: URL, overwrite: Bool = true, durable: Bool = true) throws {
        let parent = url.deletingLastPathComponent().path
        guard let folder = try Folder.open(parent) else {
            throw StorageError("kan niet schrijven in \(parent): \(reason(ENOENT))")
        }
        try folder.write(data, as: url.lastPathComponent, overwrite: overwrite, durable: durable)
    }

    /// A short Dutch reason for an errno value.
    public static func reason(_ code: Int32) -> String { ErrnoText.reason(code) }
}
