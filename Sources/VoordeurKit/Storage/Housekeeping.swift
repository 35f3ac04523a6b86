import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Cleaning and deleting. Every delete is an `unlinkat` of one name in a folder opened without following links;
/// nothing is deleted recursively, and a `beschadigd` or `overdracht` that is not a real folder of this user is left
/// alone (issue 23, item 3).
extension DraftStore {
    /// Whether `name` is a temporary file of `Folder.write` for one of our files: `.NAME.PID.RANDOM.tmp` with NAME
    /// starting with `bezoek-`, `overdracht-` or `redding-`. Returns the writer's pid (nil when unreadable).
    static func temporaryFileWriter(_ name: String) -> (isOurs: Bool, pid: Int32?) {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return (false, nil) }
        let inner = name.dropFirst()
        guard inner.hasPrefix(DataLayout.draftPrefix) || inner.hasPrefix("overdracht-") || inner.hasPrefix(DataLayout.rescuePrefix) else {
            return (false, nil)
        }
        let parts = name.split(separator: ".")
        guard parts.count >= 4 else { return (true, nil) }
        return (true, Int32(parts[parts.count - 3]))
    }

    /// The data folder's own subfolders that exist and are real folders of this user (a link is refused).
    func ownSubfolders(of opened: Folder) -> [Folder] {
        [DataLayout.quarantineFolder, DataLayout.exportFolder].compactMap { try? opened.subfolder($0, create: false) }
    }

    /// Removes temporary files of our own naming whose writer is gone (or that are older than ten minutes), and
    /// lock files no running program holds. With `removeEveryTemporary` (wis --alles) every temporary file goes.
    @discardableResult
    public func removeLeftovers(now: Date = Date(), removeEveryTemporary: Bool = false) -> Leftovers {
        var result = Leftovers()
        guard let opened = try? openFolder() else { return result }
        for directory in [opened] + ownSubfolders(of: opened) {
            for name in directory.names() {
                let writer = Self.temporaryFileWriter(name)
                if writer.isOurs {
                    let age = now.timeIntervalSince(directory.modified(name) ?? now)
                    let writerGone = writer.pid.map { $0 == getpid() || (kill($0, 0) != 0 && errno == ESRCH) } ?? true
                    if removeEveryTemporary || writerGone || age > 600, (try? directory.remove(name)) != nil { result.temporaryFiles += 1 }
                } else if directory === opened, name.hasPrefix(DataLayout.draftPrefix), name.hasSuffix(DataLayout.lockSuffix),
                          DraftLock.removeIfUnheld(name, in: directory) {
                    result.staleLocks += 1
                }
            }
        }
        return result
    }

    /// Deletes files of its own past the retention period by file time: everything in `beschadigd/`, rescue copies
    /// wherever they were written, notes in the default export folder, and export records whose draft is gone.
    /// Returns how many went, and how many of those were notes.
    func purgeFiles(retentionDays: Int, now: Date) throws -> (files: Int, exports: Int) {
        guard let opened = try openFolder() else { return (0, 0) }
        var files = 0, exports = 0
        func old(_ name: String, in folder: Folder) -> Bool {
            folder.modified(name).map { DataLayout.isExpired(retentionDays: retentionDays, changed: $0, now: now) } ?? false
        }
        if let aside = try? opened.subfolder(DataLayout.quarantineFolder, create: false) {
            for name in aside.names() where old(name, in: aside) && aside.status(name).map({ $0.st_mode & S_IFMT != S_IFDIR }) == true {
                try aside.remove(name)
                files += 1
            }
        }
        if let notes = try? opened.subfolder(DataLayout.exportFolder, create: false) {
            for name in notes.names() where name.hasPrefix("overdracht-") && old(name, in: notes) {
                try notes.remove(name)
                exports += 1
            }
        }
        for name in opened.names() where name.hasSuffix(DataLayout.exportRecordSuffix) && old(name, in: opened) {
            let draft = String(name.dropLast(DataLayout.exportRecordSuffix.count)) + DataLayout.draftSuffix
            if !opened.exists(draft) { try opened.remove(name); files += 1 }
        }
        for rescues in try rescueFolders() {
            for name in rescues.names() where DataLayout.rescueID(name) != nil && old(name, in: rescues) {
                try rescues.remove(name)
                files += 1
            }
        }
        return (files, exports)
    }

    /// The folders a rescue copy may be in (`RescueCopy.candidates`) that exist, opened.
    func rescueFolders() throws -> [Folder] {
        try RescueCopy.candidates(dataFolder: folder, exportFolder: defaultExportFolder, environment: ProcessEnvironment.current)
            .compactMap { url in
                if url == folder { return try openFolder() }
                if url == defaultExportFolder { return try openFolder().flatMap { try? $0.subfolder(DataLayout.exportFolder, create: false) } }
                return try? Folder.open(url.path)
            }
    }

    /// Deletes one draft: its lock file first (so a window that has it open learns of it, see `DraftLock.isCurrent`),
    /// its export record, then the draft. Returns false when there was no draft with that id.
    @discardableResult
    public func delete(id: String) throws -> Bool {
        guard DraftID.isValid(id), let opened = try openFolder() else { return false }
        try opened.remove(DataLayout.lock(id))
        try opened.remove(DataLayout.exportRecord(id))
        let existed = opened.exists(DataLayout.draft(id))
        try opened.remove(DataLayout.draft(id))
        return existed
    }

    /// Deletes every draft with its lock and export record, every set-aside file, every note in the default export
    /// folder, every rescue copy, and stray temporary files. Returns how many files went (locks not counted).
    @discardableResult
    public func deleteAll() throws -> Int {
        guard let opened = try openFolder() else { return 0 }
        var count = 0
        for name in opened.names() where DataLayout.isOwnDataFile(name) {
            try opened.remove(name)
            if !name.hasSuffix(DataLayout.lockSuffix) { count += 1 }
        }
        if let aside = try? opened.subfolder(DataLayout.quarantineFolder, create: false) {
            for name in aside.names() where aside.status(name).map({ $0.st_mode & S_IFMT != S_IFDIR }) == true {
                try aside.remove(name)
                count += 1
            }
            opened.removeEmptyFolder(DataLayout.quarantineFolder)
        }
        if let notes = try? opened.subfolder(DataLayout.exportFolder, create: false) {
            for name in notes.names() where name.hasPrefix("overdracht-") && notes.status(name).map({ $0.st_mode & S_IFMT != S_IFDIR }) == true {
                try notes.remove(name)
                count += 1
            }
        }
        for rescues in try rescueFolders() where rescues.path != opened.path {
            for name in rescues.names() where DataLayout.rescueID(name) != nil {
                try rescues.remove(name)
                count += 1
            }
        }
        let leftovers = removeLeftovers(now: Date(), removeEveryTemporary: true)
        // With every draft gone the PIN protects nothing: the next start asks for a new one (a forgotten PIN ends here).
        try opened.remove(DataLayout.keyFile)
        try opened.remove(DataLayout.pinAttemptsFile)
        return count + leftovers.temporaryFiles
    }

    /// What deleting a visit everywhere did.
    public struct VisitDeletion: Equatable, Sendable {
        /// Whether the draft itself was there and is gone.
        public var draftDeleted: Bool
        /// Exported notes deleted from the default export folder.
        public var deletedExports: [String]
        /// Exported notes outside the default export folder that still exist: the worker must remove them himself.
        public var remainingOutside: [String]

        /// For the handover dialog or `voordeur wis`, in the screen's language.
        public var notice: String {
            var out = draftDeleted ? tr("storage.deleted") : tr("storage.nodraft")
            if !deletedExports.isEmpty { out += trCount("storage.deletedexports", deletedExports.count) }
            out += "."
            if !remainingOutside.isEmpty {
                out += " " + tr("storage.remaining", ["bestanden": remainingOutside.map(TextSanitizer.singleLine).joined(separator: ", ")])
            }
            return out
        }
    }

    /// Deletes the visit's draft, its export record, every exported note of it in the default export folder
    /// (`overdracht-ID.*`, and recorded paths directly inside that folder) and its rescue copies. Returns which
    /// recorded exports outside the default folder still exist.
    public func deleteVisit(id: String) throws -> VisitDeletion {
        guard DraftID.isValid(id) else { return VisitDeletion(draftDeleted: false, deletedExports: [], remainingOutside: []) }
        let recorded = exportedFiles(for: id)
        let exportPath = defaultExportFolder.standardizedFileURL.path + "/"
        var deleted: [String] = []
        if let opened = try openFolder(), let notes = try? opened.subfolder(DataLayout.exportFolder, create: false) {
            var names = Set(recorded.filter { $0.hasPrefix(exportPath) }.map { String($0.dropFirst(exportPath.count)) }
                .filter { !$0.contains("/") })
            names.formUnion(notes.names().filter { $0.hasPrefix("overdracht-\(id).") })
            for name in names.sorted() where notes.status(name).map({ $0.st_mode & S_IFMT != S_IFDIR }) == true {
                try notes.remove(name)
                deleted.append(exportPath + name)
            }
        }
        let remaining = recorded.filter { !$0.hasPrefix(exportPath) && FileKind.at($0) != .missing }
        // Rescue copies of this visit hold its text too: wherever they were written, they go with it.
        for rescues in try rescueFolders() {
            for name in rescues.names() where DataLayout.rescueID(name) == id { try rescues.remove(name) }
        }
        let draftDeleted = try delete(id: id)
        return VisitDeletion(draftDeleted: draftDeleted, deletedExports: deleted, remainingOutside: remaining)
    }
}
