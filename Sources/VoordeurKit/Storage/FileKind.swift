import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What is at a path, seen without following a symbolic link, so that every message can say what is really wrong:
/// "geen leestoegang" only for a permission error, a folder or a named pipe each get their own words, and a named
/// pipe is never opened (reading one would wait forever).
public enum FileKind: Equatable, Sendable {
    case missing, regular, directory, fifo, symlink(target: String, dangling: Bool), other

    public static func at(_ path: String) -> FileKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            var followed = stat()
            return .symlink(target: target, dangling: stat(path, &followed) != 0)
        default: return .other
        }
    }

    /// Dutch: why this is not a file that can be read, or nil for a regular file.
    public var problem: String? {
        switch self {
        case .regular: return nil
        case .missing: return "bestand bestaat niet"
        case .directory: return "dit is een map, geen bestand"
        case .fifo: return "dit is een named pipe (FIFO), geen gewoon bestand"
        case .symlink(let target, let dangling):
            return dangling ? "dit is een symbolische koppeling naar '\(TextSanitizer.singleLine(target))', maar dat bestand bestaat niet"
                : "dit is een symbolische koppeling; voordeur volgt die hier niet"
        case .other: return "dit is geen gewoon bestand"
        }
    }

    /// Reads a regular file without following a link and without waiting on a pipe. Errors are Dutch:
    /// "geen leestoegang" only for EACCES/EPERM.
    public static func readRegularFile(_ path: String, followLinks: Bool = false) -> Result<Data, StorageError> {
        var kind = at(path)
        if followLinks, case .symlink(_, let dangling) = kind, !dangling {
            var info = stat()
            stat(path, &info)
            kind = (info.st_mode & S_IFMT) == S_IFREG ? .regular : ((info.st_mode & S_IFMT) == S_IFDIR ? .directory
                : ((info.st_mode & S_IFMT) == S_IFIFO ? .fifo : .other))
        }
        if let problem = kind.problem { return .failure(StorageError(problem)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            let code = errno
            return .failure(StorageError(code == EACCES || code == EPERM ? "geen leestoegang" : "kan het bestand niet lezen: \(SecureFile.reason(code))"))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(StorageError("kan het bestand niet lezen: \(SecureFile.reason(errno))"))
        }
    }
}
