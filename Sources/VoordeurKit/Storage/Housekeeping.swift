import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What start-up cleaned before reading any draft.
public struct Leftovers: Equatable, Sendable {
    /// Temporary files of our own naming (`.bezoek-….tmp`, `.overdracht-….tmp`, …) left by a crash between
    /// writing and renaming.
    public var temporaryFiles = 0
    /// Locks of programs that no longer run.
    public var staleLocks = 0

    public init(temporaryFiles: Int = 0, staleLocks: Int = 0) {
        self.temporaryFiles = temporaryFiles
        self.staleLocks = staleLocks
    }

    /// Dutch, with correct plurals; empty when nothing was found.
    public var notices: [String] {
        var out: [String] = []
        if temporaryFiles > 0 {
            out.append("\(Dutch.count(temporaryFiles, "achtergebleven tijdelijk bestand", "achtergebleven tijdelijke bestanden")) opgeruimd.")
        }
        if staleLocks > 0 {
            out.append("\(Dutch.count(staleLocks, "verlopen vergrendeling", "verlopen vergrendelingen")) opgeheven (het programma draaide niet meer).")
        }
        return out
    }
}

extension DraftStore {
    /// The folders voordeur writes into on its own: the data folder, `beschadigd/` and the default export folder.
    var ownFolders: [URL] { [folder, quarantineFolder, defaultExportFolder] }

    /// Whether `name` is a temporary file of `SecureFile.write` for one of our files: `.NAME.PID.RANDOM.tmp` with NAME
    /// starting with `bezoek-`, `overdracht-`, `redding-` or `concepten.lijst.`. Returns the writer's pid (nil when unreadable).
    static func temporaryFileWriter(_ name: String) -> (isOurs: Bool, pid: Int32?) {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return (false, nil) }
        let inner = name.dropFirst()
        guard inner.hasPrefix("bezoek-") || inner.hasPrefix("overdracht-") || inner.hasPrefix(RescueCopy.prefix)
                || inner.hasPrefix(SummaryIndex.fileName + ".") else {
            return (false, nil)
        }
        let parts = name.split(separator: ".")
        guard parts.count >= 4 else { return (true, nil) }
        return (true, Int32(parts[parts.count - 3]))
    }

    /// Removes temporary files of our own naming whose writer is gone (or that are older than ten minutes), and
    /// locks whose program no longer runs. With `removeEveryTemporary` (wis --alles) every temporary file goes.
    @discardableResult
    public func removeLeftovers(now: Date = Date(), removeEveryTemporary: Bool = false) -> Leftovers {
        var result = Leftovers()
        for directory in ownFolders {
            // Only temporary files and locks become names: drafts, hundreds of them, are passed on their bytes.
            let names = Directory.names(directory.path) { name in
                name.first == UInt8(ascii: ".") || Directory.hasSuffix(name, DraftLock.suffix)
            } ?? []
            for name in names {
                // Most names are drafts: a URL is only made for a file that may have to go.
                let writer = Self.temporaryFileWriter(name)
                let isLock = directory == folder && name.hasSuffix(DraftLock.suffix) && name.hasPrefix("bezoek-")
                guard writer.isOurs || isLock else { continue }
                let url = directory.appendingPathComponent(name)
                if writer.isOurs {
                    let age = now.timeIntervalSince(Self.modificationDate(url) ?? now)
                    let writerGone = writer.pid.map { $0 == getpid() || !ProcessIdentity.isRunning($0) } ?? true
                    if removeEveryTemporary || writerGone || age > 600, (try? remove(url)) != nil { result.temporaryFiles += 1 }
                } else if isLock {
                    if case .stale = DraftLock.inspect(url), (try? remove(url)) != nil { result.staleLocks += 1 }
                }
            }
        }
        return result
    }

    /// Deletes files of its own older than `limit` by file time: everything in `beschadigd/`, rescue copies, and
    /// export records whose draft is gone. Returns how many went.
    func purgeFiles(olderThan limit: Date) throws -> Int {
        var count = 0
        func old(_ url: URL) -> Bool { (Self.modificationDate(url) ?? .distantFuture) < limit }
        for name in Directory.names(quarantineFolder.path) ?? [] {
            let url = quarantineFolder.appendingPathComponent(name)
            if old(url) { try remove(url); count += 1 }
        }
        let candidates = Directory.names(folder.path) { name in
            Directory.hasSuffix(name, ExportRecord.suffix) || Directory.hasPrefix(name, RescueCopy.prefix)
        } ?? []
        for name in candidates {
            let record = name.hasPrefix("bezoek-") && name.hasSuffix(ExportRecord.suffix)
            let rescue = name.hasPrefix(RescueCopy.prefix) && name.hasSuffix(".json")
            guard record || rescue else { continue }
            let orphanRecord = record
                && FileKind.at(folder.appendingPathComponent(String(name.dropLast(ExportRecord.suffix.count)) + ".json").path) == .missing
            let url = folder.appendingPathComponent(name)
            if (orphanRecord || rescue) && old(url) { try remove(url); count += 1 }
        }
        return count
    }
}

/// Which exported notes of a visit exist: voordeur records every path it writes a note to, in a small file beside
/// the draft (`bezoek-ID.exports`, one absolute path a line, 0600), so that deletion can say what remains.
public enum ExportRecord {
    public static let suffix = ".exports"
}

extension DraftStore {
    public func exportRecordURL(for id: String) -> URL { folder.appendingPathComponent("bezoek-\(id)\(ExportRecord.suffix)") }

    /// The paths of notes exported for the visit, as recorded (whether or not they still exist).
    public func exportedFiles(for id: String) -> [String] {
        guard DraftID.isValid(id), case .success(let data) = FileKind.readRegularFile(exportRecordURL(for: id).path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { $0.hasPrefix("/") }
    }

    /// Records that a note of visit `id` was written to `file`. Call it after every successful export.
    public func recordExport(id: String, file: URL) throws {
        guard DraftID.isValid(id) else { throw StorageError("ongeldig ID '\(TextSanitizer.singleLine(id))'") }
        let path = file.standardizedFileURL.path
        var paths = exportedFiles(for: id)
        guard !paths.contains(path) else { return }
        paths.append(path)
        try SecureFile.ensurePrivateFolder(folder)
        try SecureFile.write(Data((paths.joined(separator: "\n") + "\n").utf8), to: exportRecordURL(for: id))
    }

    /// What deleting a visit everywhere did.
    public struct VisitDeletion: Equatable, Sendable {
        /// Whether the draft itself was there and is gone.
        public var draftDeleted: Bool
        /// Exported notes deleted from the default export folder.
        public var deletedExports: [String]
        /// Exported notes outside the default export folder that still exist: the worker must remove them himself.
        public var remainingOutside: [String]

        /// Dutch, for the handover dialog or `voordeur wis`.
        public var notice: String {
            var out = draftDeleted ? "Concept gewist" : "Geen concept gevonden"
            if !deletedExports.isEmpty {
                out += ", en \(Dutch.count(deletedExports.count, "export", "exports")) in de standaard exportmap"
            }
            out += "."
            if !remainingOutside.isEmpty {
                out += " Nog aanwezig buiten de gegevensmap (wis die zelf): "
                    + remainingOutside.map(TextSanitizer.singleLine).joined(separator: ", ") + "."
            }
            return out
        }
    }

    /// Deletes the visit's draft, its export record, and every exported note of it in the default export folder
    /// (`overdracht-ID.*`, and recorded paths inside that folder). Returns which recorded exports outside the default
    /// folder still exist. The lock, if this program holds one, is the caller's to release.
    public func deleteVisit(id: String) throws -> VisitDeletion {
        guard DraftID.isValid(id) else { return VisitDeletion(draftDeleted: false, deletedExports: [], remainingOutside: []) }
        let recorded = exportedFiles(for: id)
        let exportFolder = defaultExportFolder.standardizedFileURL.path + "/"
        var deleted: [String] = []
        var candidates = Set(recorded.filter { $0.hasPrefix(exportFolder) && !$0.dropFirst(exportFolder.count).contains("/") })
        for name in Directory.names(defaultExportFolder.path) ?? []
            where name.hasPrefix("overdracht-\(id).") {
            candidates.insert(exportFolder + name)
        }
        for path in candidates.sorted() where FileKind.at(path) != .missing {
            try remove(URL(fileURLWithPath: path))
            deleted.append(path)
        }
        let remaining = recorded.filter { !$0.hasPrefix(exportFolder) && FileKind.at($0) != .missing }
        // Rescue copies of this visit hold its text too: wherever they were written, they go with it.
        for folder in RescueCopy.candidates(dataFolder: self.folder, exportFolder: defaultExportFolder,
                                            environment: ProcessEnvironment.current) {
            for name in Directory.names(folder.path) ?? []
                where name.hasPrefix("\(RescueCopy.prefix)\(id)-") && name.hasSuffix(".json") {
                try remove(folder.appendingPathComponent(name))
            }
        }
        let draftDeleted = try delete(id: id)
        return VisitDeletion(draftDeleted: draftDeleted, deletedExports: deleted, remainingOutside: remaining)
    }
}
