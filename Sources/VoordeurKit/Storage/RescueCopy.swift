import Foundation

/// When the normal save fails on the way out (SIGTERM, SIGHUP, or quitting anyway), a rescue copy of the visit is
/// written where it can be: the data folder, else `$XDG_RUNTIME_DIR`, else the export folder. Always 0600.
public enum RescueCopy {
    public static let prefix = DataLayout.rescuePrefix

    /// Every place that was tried and why it failed, in Dutch.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var attempts: [(folder: String, reason: String)]
        public static func == (a: Failure, b: Failure) -> Bool {
            a.attempts.map { "\($0.folder)\u{0}\($0.reason)" } == b.attempts.map { "\($0.folder)\u{0}\($0.reason)" }
        }
        public var description: String {
            attempts.isEmpty ? "geen map om een reddingskopie in te schrijven"
                : attempts.map { "\($0.folder): \($0.reason)" }.joined(separator: "; ")
        }
    }

    /// The file name: `redding-ID-20261122-093000.json` (the id is validated; an invalid one becomes `bezoek`).
    public static func fileName(for visit: Visit, now: Date) -> String {
        DataLayout.rescue(DraftID.isValid(visit.id) ? visit.id : "bezoek", at: now)
    }

    /// A rescue copy found at start, compared with its draft.
    public struct Found: Equatable, Sendable {
        public var path: String
        public var visit: Visit
        /// Whether it holds a later change than the draft of the same id (or there is no such draft).
        public var isNewer: Bool

        /// Dutch, for the start screen.
        public var notice: String {
            let file = TextSanitizer.singleLine(path)
            return isNewer ? tr("storage.rescue.newer", ["bestand": file]) : tr("storage.rescue.older", ["bestand": file])
        }
    }

    /// The readable rescue copies in `folders`, newest first, each compared with the draft of its visit.
    static func find(in folders: [Folder], drafts: [DraftSummary], store: DraftStore) -> [Found] {
        var found: [Found] = []
        for folder in folders {
            for name in folder.names() where DataLayout.rescueID(name) != nil {
                guard case .success(let read) = folder.read(name, limit: DataLayout.maximumDraftBytes),
                      case .plain(let data) = store.unsealed(read),
                      let visit = try? DraftStore.decode(data), DraftID.isValid(visit.id),
                      DataLayout.rescueID(name) == visit.id else { continue }
                let draft = drafts.first { $0.id == visit.id }
                found.append(Found(path: folder.child(name), visit: visit.sanitized(),
                                   isNewer: draft.map { visit.updatedAt > $0.updatedAt } ?? true))
            }
        }
        return found.sorted { $0.visit.updatedAt > $1.visit.updatedAt }
    }

    /// The folders to try, in order, without duplicates.
    public static func candidates(dataFolder: URL, exportFolder: URL?, environment: [String: String]) -> [URL] {
        var out = [dataFolder]
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") { out.append(URL(fileURLWithPath: runtime)) }
        if let exportFolder { out.append(exportFolder) }
        var seen = Set<String>()
        return out.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// Writes the rescue copy in the first folder that takes it. Returns the file, or every attempt's error.
    /// With `key` the copy is sealed like the drafts, wherever it goes: it holds the same text.
    public static func write(_ visit: Visit, dataFolder: URL, exportFolder: URL?, key: SecretKey? = nil,
                             environment: [String: String] = ProcessEnvironment.current,
                             now: Date = Date()) -> Result<URL, Failure> {
        var attempts: [(String, String)] = []
        for folder in candidates(dataFolder: dataFolder, exportFolder: exportFolder, environment: environment) {
            do {
                return .success(try write(visit, into: folder, name: fileName(for: visit, now: now), key: key))
            } catch {
                attempts.append((folder.path, "\(error)"))
            }
        }
        return .failure(Failure(attempts: attempts))
    }

    /// Writes the visit as a draft file into `folder` (a folder the worker typed, or a rescue folder). An existing
    /// folder keeps its permissions; a new one is made 0700; the file is 0600.
    public static func write(_ visit: Visit, into folder: URL, name: String? = nil, key: SecretKey? = nil) throws -> URL {
        try SecureFile.ensurePrivateFolder(folder, tightenExisting: false)
        let data: Data
        do { data = try DraftStore.encode(visit) } catch { throw StorageError("kan het concept niet omzetten naar JSON") }
        let url = folder.appendingPathComponent(name ?? "bezoek-\(DraftID.isValid(visit.id) ? visit.id : "kopie").json")
        try SecureFile.write(DraftStore(folder: folder, key: key).sealed(data), to: url, overwrite: name == nil)
        return url
    }
}

/// How the program ended, and what it says on the way out: the exit code says what happened.
public enum QuitOutcome: Equatable, Sendable {
    /// Everything is on disk.
    case saved
    /// The normal save failed; a rescue copy was written.
    case rescued(path: String, reason: String)
    /// The normal save and every rescue copy failed (or the worker chose to quit anyway, twice).
    case lost(reason: String, rescue: String?)

    public var exitCode: Int32 {
        switch self {
        case .saved: return 0
        case .rescued: return 3
        case .lost: return 4
        }
    }

    /// Dutch, for standard error after the terminal is restored; nil when saved.
    public var message: String? {
        switch self {
        case .saved:
            return nil
        case .rescued(let path, let reason):
            // A sealed copy cannot be read in a text editor: the advice follows what was written.
            let sealed = FileManager.default.contents(atPath: path).map(Seal.isSealed) ?? false
            return "voordeur: het concept kon niet worden opgeslagen (\(reason)). Er staat een reddingskopie in \(path); "
                + (sealed ? CryptoTexts.rescueSealed : CryptoTexts.rescuePlain)
        case .lost(let reason, let rescue):
            let extra = rescue.map { " Ook een reddingskopie lukte niet: \($0)." } ?? ""
            return "voordeur: het concept kon niet worden opgeslagen (\(reason)).\(extra) "
                + "Wat na de laatste geslaagde opslag is getypt, is verloren."
        }
    }

    /// After a failed final save: writes the rescue copy and says how it ended.
    public static func afterFailedSave(_ visit: Visit, reason: String, dataFolder: URL, exportFolder: URL?, key: SecretKey? = nil,
                                       environment: [String: String] = ProcessEnvironment.current,
                                       now: Date = Date()) -> QuitOutcome {
        switch RescueCopy.write(visit, dataFolder: dataFolder, exportFolder: exportFolder, key: key, environment: environment, now: now) {
        case .success(let url): return .rescued(path: url.path, reason: reason)
        case .failure(let failure): return .lost(reason: reason, rescue: failure.description)
        }
    }
}
