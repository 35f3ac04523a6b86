import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension DraftStore {
    /// Seals every plain file voordeur keeps (drafts, export records, rescue copies wherever they were written, and
    /// files set aside in `beschadigd/`) with this store's key: run when a PIN is chosen and after every unlock, so
    /// that drafts written before encryption was switched on (or by `versleuteling = uit`) do not stay readable.
    /// Each file is rewritten atomically under its own name; one that cannot be read is left as it is, never
    /// deleted. Notes in `overdracht/` stay plain: they were written on purpose. Returns how many were sealed.
    @discardableResult
    public func sealPlainFiles() throws -> Int {
        guard let key, let opened = try openFolder() else { return 0 }
        var count = 0
        func sealAll(in folder: Folder, where include: (String) -> Bool) throws {
            for name in folder.names() where include(name) {
                guard folder.status(name).map({ $0.st_mode & S_IFMT == S_IFREG }) == true,
                      case .success(var plain) = folder.read(name, limit: DataLayout.maximumDraftBytes),
                      !Seal.isSealed(plain) else { continue }
                try folder.write(Seal.seal(plain, key: key), as: name)
                Sodium.wipe(&plain)
                count += 1
            }
        }
        try sealAll(in: opened) { DataLayout.isOwnDataFile($0) && !$0.hasSuffix(DataLayout.lockSuffix) }
        if let aside = try? opened.subfolder(DataLayout.quarantineFolder, create: false) {
            try sealAll(in: aside) { _ in true }
        }
        for rescues in try rescueFolders() where rescues.path != opened.path {
            try sealAll(in: rescues) { DataLayout.rescueID($0) != nil }
        }
        return count
    }
}
