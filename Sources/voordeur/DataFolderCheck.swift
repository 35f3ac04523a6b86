import Foundation
import VoordeurKit

/// Checks of the data folder before a command reads it.
enum DataFolderCheck {
    /// A folder of another user is not read: drafts planted in a world-writable folder would be listed, exported
    /// or sent (the program and `wis` refused it already).
    static func requireOwnFolder(_ folder: URL) throws {
        do { try SecureFile.checkOwner(folder) } catch let error as StorageError { throw CLIFailure(message: error.message) }
    }

    /// `--data-dir /etc/passwd`: a data folder that exists but is no folder is a mistake to report, not an empty list.
    static func requireFolderOrNothing(_ folder: URL) throws {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return } // missing: made on the first save
        if (info.st_mode & S_IFMT) != S_IFDIR {
            throw CLIFailure(message: tr("cli.datafolder.nofolder", ["pad": TextSanitizer.singleLine(folder.path)]))
        }
    }
}
