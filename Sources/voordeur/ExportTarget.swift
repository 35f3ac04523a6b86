import Foundation
import VoordeurKit

/// Where `export --out` may write: a new file, or with `--force` an existing regular file. Never a FIFO, a device
/// (`/dev/null`), a socket, a folder or a symbolic link: replacing one of those (the note is written beside it and
/// renamed over it) would, run as root, turn /dev/null into a file holding the note. Checked with lstat, so
/// nothing is opened: a FIFO does not block.
enum ExportTarget {
    static func check(_ url: URL, force: Bool) throws {
        let path = url.path
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw CLIFailure(message: "\(TextSanitizer.singleLine(path)): \(ErrnoText.reason(errno))")
        }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if force { return }
            throw CLIFailure(message: "\(TextSanitizer.singleLine(path)) bestaat al; gebruik --force om te overschrijven")
        case S_IFDIR: kind = "is een map"
        case S_IFLNK: kind = "is een symbolische koppeling"
        case S_IFIFO: kind = "is een pijp (FIFO)"
        case S_IFCHR, S_IFBLK: kind = "is een apparaat"
        case S_IFSOCK: kind = "is een socket"
        default: kind = "is geen gewoon bestand"
        }
        throw CLIFailure(message: "\(TextSanitizer.singleLine(path)) \(kind); de notitie wordt alleen in een gewoon bestand "
            + "geschreven (of met --out - naar standaarduitvoer)")
    }
}
