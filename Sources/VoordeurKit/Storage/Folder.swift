import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An opened folder: every file in it is read, written, moved and deleted relative to this descriptor, never
/// following a symbolic link (`O_NOFOLLOW`, `AT_SYMLINK_NOFOLLOW`, `unlinkat`), so a link planted in one of
/// voordeur's folders can never send a write or a delete somewhere else (issue 23, item 3).
final class Folder {
    let fd: Int32
    let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { Glibc.close(fd) }  // read-only descriptor of a folder: closing it cannot lose data.

    /// Opens the folder at `path`. Links earlier in the path are followed (the worker named it); with `ownFolder`
    /// (the data folder) a link as the folder itself is refused, as `beschadigd` and `overdracht` are. nil when it
    /// is not there.
    static func open(_ path: String, ownFolder: Bool = false) throws -> Folder? {
        let fd = Posix.retrying { Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (ownFolder ? O_NOFOLLOW : 0)) }
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            if ownFolder, errno == ELOOP || errno == ENOTDIR {
                throw StorageError("\(path) is geen gewone map (\(Posix.reason(ELOOP))); kies een gewone map met --data-dir")
            }
            throw StorageError("kan map \(path) niet openen: \(Posix.reason(errno))")
        }
        return Folder(fd: fd, path: path)
    }

    /// The folder `name` inside this one, made 0700 when missing. A symbolic link, a file or a folder of another
    /// user there is refused, like the data folder itself. nil only when it is missing and `create` is false.
    func subfolder(_ name: String, create: Bool) throws -> Folder? {
        var fd = Posix.open(name, in: self.fd, O_RDONLY | O_DIRECTORY)
        if fd < 0, errno == ENOENT {
            guard create else { return nil }
            if mkdirat(self.fd, name, 0o700) != 0, errno != EEXIST {
                throw StorageError("kan map \(child(name)) niet maken: \(Posix.reason(errno))")
            }
            fd = Posix.open(name, in: self.fd, O_RDONLY | O_DIRECTORY)
        }
        guard fd >= 0 else {
            let code = errno == ENOTDIR || errno == ELOOP ? ELOOP : errno
            throw StorageError("\(child(name)) is geen gewone map van voordeur (\(Posix.reason(code))); voordeur gebruikt haar niet")
        }
        let folder = Folder(fd: fd, path: child(name))
        try folder.makePrivate()
        return folder
    }

    /// Refuses a folder of another user (run as root, voordeur would otherwise chmod someone else's folder), and
    /// makes an own folder 0700.
    func makePrivate() throws {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError("kan map \(path) niet lezen: \(Posix.reason(errno))") }
        let me = geteuid()
        if info.st_uid != me {
            throw StorageError("de map \(path) is van een andere gebruiker (uid \(info.st_uid), jij bent uid \(me)); "
                + "voordeur gebruikt haar niet en verandert haar rechten niet. Kies een eigen map met --data-dir")
        }
        if info.st_mode & 0o777 != 0o700, fchmod(fd, 0o700) != 0 {
            throw StorageError("kan de rechten van \(path) niet op 0700 zetten: \(Posix.reason(errno))")
        }
    }

    func child(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    /// The names in the folder (without "." and ".."), in no particular order.
    func names() -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// What `name` is, without following a link; nil when missing.
    func status(_ name: String) -> stat? { Posix.status(name, in: fd) }

    func exists(_ name: String) -> Bool { status(name) != nil }

    /// A regular file's bytes, at most `limit` of them. The file is opened without following a link and without
    /// waiting on a pipe, and checked by its descriptor, so what is checked is what is read.
    func read(_ name: String, limit: Int) -> Result<Data, ReadProblem> {
        let fd = Posix.open(name, in: self.fd, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return .failure(.missing)
            case ELOOP: return .failure(.notRegular("dit is een symbolische koppeling; voordeur volgt die hier niet"))
            case EACCES, EPERM: return .failure(.unreadable("geen leestoegang"))
            default: return .failure(.unreadable("kan het bestand niet lezen: \(Posix.reason(errno))"))
            }
        }
        defer { Glibc.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(Posix.reason(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notRegular("dit is een map, geen bestand"))
        case S_IFIFO: return .failure(.notRegular("dit is een named pipe (FIFO), geen gewoon bestand"))
        default: return .failure(.notRegular("dit is geen gewoon bestand"))
        }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge) }
        guard let data = Posix.readAll(fd, expected: Int(info.st_size)) else {
            return .failure(.unreadable("kan het bestand niet lezen: \(Posix.reason(errno))"))
        }
        guard data.count <= limit else { return .failure(.tooLarge) }
        return .success(data)
    }

    enum ReadProblem: Error, Equatable {
        case missing, tooLarge
        case notRegular(String), unreadable(String)
    }

    /// Writes `data` as `name`, atomically and 0600: a temporary file of our naming (`.NAME.PID.RANDOM.tmp`), every
    /// byte, fsync, close (each result checked), then a rename over the old file, or with `overwrite: false` a link
    /// that fails when `name` exists. `durable` syncs the folder too.
    func write(_ data: Data, as name: String, overwrite: Bool = true, durable: Bool = true) throws {
        let temporary = ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = Posix.open(temporary, in: self.fd, O_WRONLY | O_CREAT | O_EXCL)
        guard fd >= 0 else { throw StorageError("kan niet schrijven in \(path): \(Posix.reason(errno))") }
        var failure = Posix.writeAll(fd, data)
        if failure == 0, fchmod(fd, 0o600) != 0 { failure = errno }
        if failure == 0, durable, Posix.retrying({ fsync(fd) }) != 0 { failure = errno }
        let closed = Posix.closeChecked(fd)
        if failure == 0 { failure = closed }
        if failure == 0 {
            if overwrite {
                if Posix.retrying({ renameat(self.fd, temporary, self.fd, name) }) != 0 { failure = errno }
            } else {
                failure = Posix.publishWithoutReplacing(temporary, as: name, in: self.fd)
            }
        }
        if failure != 0 {
            unlinkat(self.fd, temporary, 0)
            if failure == EEXIST, !overwrite { throw StorageError("\(child(name)) bestaat al; gebruik --force om te overschrijven") }
            throw StorageError("kan \(child(name)) niet opslaan: \(Posix.reason(failure))")
        }
        if durable, Posix.retrying({ fsync(self.fd) }) != 0, errno != EINVAL {
            throw StorageError("kan \(child(name)) niet opslaan: \(Posix.reason(errno))")
        }
    }

    /// Removes the entry `name` itself (a link is removed, never followed). Missing is fine.
    func remove(_ name: String) throws {
        if unlinkat(fd, name, 0) != 0, errno != ENOENT {
            throw StorageError("kan \(child(name)) niet wissen: \(Posix.reason(errno))")
        }
    }

    /// Removes the empty folder `name`; a folder that is not empty stays (voordeur never deletes recursively).
    func removeEmptyFolder(_ name: String) {
        unlinkat(fd, name, AT_REMOVEDIR)
    }

    /// Moves `name` into `target` as `newName` (the entry itself, a link included).
    func move(_ name: String, to target: Folder, as newName: String) throws {
        if Posix.retrying({ renameat(fd, name, target.fd, newName) }) != 0 {
            throw StorageError("kan \(child(name)) niet verplaatsen: \(Posix.reason(errno))")
        }
    }

    /// The modification time of `name` (not following a link).
    func modified(_ name: String) -> Date? {
        status(name).map { Date(timeIntervalSince1970: Double($0.st_mtim.tv_sec) + Double($0.st_mtim.tv_nsec) / 1e9) }
    }
}
