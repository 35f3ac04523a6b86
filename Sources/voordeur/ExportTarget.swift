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
            throw CLIFailure(message: tr("cli.out.exists", ["pad": TextSanitizer.singleLine(path)]))
        case S_IFDIR: kind = tr("cli.out.folder")
        case S_IFLNK: kind = tr("cli.out.link")
        case S_IFIFO: kind = tr("cli.out.fifo")
        case S_IFCHR, S_IFBLK: kind = tr("cli.out.device")
        case S_IFSOCK: kind = tr("cli.out.socket")
        default: kind = tr("cli.out.notregular")
        }
        throw CLIFailure(message: tr("cli.out.refused", ["pad": TextSanitizer.singleLine(path), "soort": kind]))
    }
}
