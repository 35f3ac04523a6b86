import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The drafts of visits, one JSON file each (`DataLayout`), in a private data folder. Every file is reached
/// relative to the opened folder without following links (`Folder`). With a `key` every file it writes is sealed
/// (`Seal`) and every sealed file it reads is opened; without one it writes plain JSON and skips sealed files.
public struct DraftStore: Sendable {
    public let folder: URL
    /// The data key, after the PIN unlocked it; nil without a PIN (or before unlocking: then sealed drafts are skipped).
    public var key: SecretKey?
    public static let quarantineName = DataLayout.quarantineFolder
    public static let exportFolderName = DataLayout.exportFolder
    public static let maximumDraftBytes = DataLayout.maximumDraftBytes

    public init(folder: URL, key: SecretKey? = nil) {
        self.folder = folder
        self.key = key
    }

    /// This store with the data key that unlocks its drafts.
    public func unlocked(with key: SecretKey?) -> DraftStore { DraftStore(folder: folder, key: key) }

    /// The bytes as the data folder keeps them: sealed when there is a key.
    func sealed(_ plain: Data) -> Data { key.map { Seal.seal(plain, key: $0) } ?? plain }

    /// What a file's bytes turned out to be.
    enum Unsealed {
        case plain(Data)
        /// Sealed, and no key to open it: left alone.
        case locked
        /// Sealed, and the key does not open it: changed, damaged, or another key.
        case damaged
    }

    /// The plain bytes of a file read from the data folder.
    func unsealed(_ data: Data) -> Unsealed {
        guard Seal.isSealed(data) else { return .plain(data) }
        guard let key else { return .locked }
        return Seal.open(data, key: key).map(Unsealed.plain) ?? .damaged
    }

    public var quarantineFolder: URL { folder.appendingPathComponent(DataLayout.quarantineFolder) }
    /// The default export folder, `overdracht/` inside the data folder (covered by retention and deletion).
    public var defaultExportFolder: URL { folder.appendingPathComponent(DataLayout.exportFolder) }
    public func url(for id: String) -> URL { folder.appendingPathComponent(DataLayout.draft(id)) }

    public static func encode(_ visit: Visit) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(visit)
    }

    /// Foundation's decoder. It refuses nesting deeper than 512 levels with an error instead of recursing (a draft
    /// nested 50,000 or 2,000,000 deep was tried), so no depth check of our own is needed; the size is limited
    /// before reading (`DataLayout.maximumDraftBytes`).
    public static func decode(_ data: Data) throws -> Visit { try decoder.decode(Visit.self, from: data) }

    /// One decoder for every read: it is only configured here, and decoding does not change it.
    nonisolated(unsafe) static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    /// The data folder, opened; nil when it does not exist yet.
    func openFolder() throws -> Folder? { try Folder.open(folder.path, ownFolder: true) }

    /// The data folder, made when missing (0700, this user's).
    func makeFolder() throws -> Folder {
        try SecureFile.ensurePrivateFolder(folder)
        guard let opened = try openFolder() else { throw StorageError("kan map \(folder.path) niet maken") }
        return opened
    }

    /// Saves atomically (0600 in a 0700 folder). With the draft's `lock`, a draft deleted meanwhile (by `wis`, a
    /// handover or retention, here or in another program) is not written back: the lock file is checked before the
    /// write and after it, and a write that raced with the deletion is removed again.
    public func save(_ visit: Visit, lock: DraftLock? = nil) throws {
        var plain: Data
        do { plain = try Self.encode(visit) } catch { throw StorageError("kan het concept niet omzetten naar JSON") }
        let data = sealed(plain)
        if key != nil { Sodium.wipe(&plain) }
        if let lock, !lock.isCurrent { throw DraftDeleted(id: visit.id) }
        let opened = try makeFolder()
        try opened.write(data, as: DataLayout.draft(visit.id))
        if let lock, !lock.isCurrent {
            try? opened.remove(DataLayout.draft(visit.id))
            throw DraftDeleted(id: visit.id)
        }
    }

    /// Every readable draft, newest first, and the problems met on the way. Unreadable drafts are moved aside.
    public func loadAll(now: Date = Date()) -> (visits: [Visit], problems: [DraftProblem]) {
        let all = readAll(Visit.self, now: now)
        return (all.drafts.map { $0.contents.sanitized() }, all.problems)
    }

    /// What lists show of every readable draft, newest first, and the problems met on the way.
    public func summaries() -> (summaries: [DraftSummary], problems: [DraftProblem]) {
        let all = readAll(DraftSummary.self, now: Date())
        return (all.drafts.map(\.contents), all.problems)
    }

    /// Every draft in the folder decoded as `T`, newest first (equal times by id).
    func readAll<T: DraftContents>(_ type: T.Type, now: Date) -> (drafts: [Found<T>], problems: [DraftProblem]) {
        guard let opened = try? openFolder() else { return ([], []) }
        let names = opened.names().filter { DataLayout.draftID($0) != nil }.sorted()
        // Decoding is most of the cost (about 15 µs a draft, release build): the drafts are decoded on every core,
        // each into its own slot. Reads share nothing but the folder's descriptor, which every call only reads.
        var results = [Result<Found<T>, DraftProblem>?](repeating: nil, count: names.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer, folder = opened
            DispatchQueue.concurrentPerform(iterations: names.count) { index in
                slots[index] = read(T.self, names[index], in: folder, now: now)
            }
        }
        var drafts: [Found<T>] = [], problems: [DraftProblem] = []
        for result in results {
            switch result {
            case .success(let found)?: drafts.append(found)
            case .failure(let problem)?: problems.append(problem)
            case nil: break
            }
        }
        drafts.sort { a, b in
            a.contents.updatedAt != b.contents.updatedAt ? a.contents.updatedAt > b.contents.updatedAt : a.contents.id < b.contents.id
        }
        return (drafts, problems)
    }

    public func load(id: String) -> Result<Visit, DraftProblem> {
        guard DraftID.isValid(id) else {
            return .failure(DraftProblem(file: TextSanitizer.singleLine(id), reason: "dit is geen geldig ID", movedTo: nil))
        }
        guard let opened = try? openFolder() else {
            return .failure(DraftProblem(file: DataLayout.draft(id), reason: "bestand bestaat niet", movedTo: nil))
        }
        return read(Visit.self, DataLayout.draft(id), in: opened, now: Date()).map { $0.contents.sanitized() }
    }

    /// A draft read, and whether its date lay in the future (then `updatedAt` is the file's time, at most now).
    struct Found<T: DraftContents> {
        var contents: T
        var clockWasAhead = false
    }

    /// Reads and checks one draft file: a regular file (not a link, not a pipe) within the size limit, JSON of this
    /// schema, its id its file name's. A damaged one is set aside; one of a newer schema is left alone.
    func read<T: DraftContents>(_ type: T.Type, _ name: String, in opened: Folder, now: Date) -> Result<Found<T>, DraftProblem> {
        var data: Data
        switch opened.read(name, limit: DataLayout.maximumDraftBytes) {
        case .success(let read):
            switch unsealed(read) {
            case .plain(let plain): data = plain
            case .locked: return .failure(DraftProblem(file: name, reason: CryptoTexts.lockedDraft, movedTo: nil, locked: true))
            case .damaged: return .failure(quarantine(name, in: opened, reason: CryptoTexts.undecryptable))
            }
        case .failure(.tooLarge):
            return .failure(quarantine(name, in: opened, reason: "het bestand is groter dan \(DataLayout.maximumDraftBytes / 1024 / 1024) MB"))
        case .failure(.missing): return .failure(DraftProblem(file: name, reason: "bestand bestaat niet", movedTo: nil))
        case .failure(.notRegular(let why)), .failure(.unreadable(let why)):
            return .failure(DraftProblem(file: name, reason: why, movedTo: nil))
        }
        // The plain JSON is wiped once decoded ("where practical": the decoded strings live on in Swift's memory).
        defer { if key != nil { Sodium.wipe(&data) } }
        var contents: T
        do { contents = try Self.decoder.decode(T.self, from: data) } catch {
            if let version = Self.newerSchemaVersion(data) { return .failure(newer(version, name)) }
            return .failure(quarantine(name, in: opened, reason: "het bestand is beschadigd of onvolledig"))
        }
        if contents.schemaVersion > Visit.currentSchemaVersion { return .failure(newer(contents.schemaVersion, name)) }
        guard DraftID.isValid(contents.id) else { return .failure(quarantine(name, in: opened, reason: "het ID in het bestand is ongeldig")) }
        guard DataLayout.draft(contents.id) == name else {
            return .failure(quarantine(name, in: opened, reason: "het ID in het bestand ('\(contents.id)') past niet bij de bestandsnaam"))
        }
        var found = Found(contents: contents)
        // A date ahead of the clock would keep the draft past its retention period (issue 23, item 10): it counts
        // from the file's time instead, at most now, and a file time ahead of the clock is set to now, so that the
        // period runs from the first start at which the clock looked right.
        if DataLayout.isInFuture(contents.updatedAt, now: now) {
            var fileTime = opened.modified(name) ?? now
            if DataLayout.isInFuture(fileTime, now: now) {
                utimensat(opened.fd, name, nil, AT_SYMLINK_NOFOLLOW)  // no times given: now
                fileTime = now
            }
            found.contents.updatedAt = min(fileTime, now)
            found.clockWasAhead = true
        }
        return .success(found)
    }

    private func newer(_ version: Int, _ name: String) -> DraftProblem {
        DraftProblem(file: name, reason: "gemaakt door een nieuwere versie van voordeur (schema \(version))", movedTo: nil, newerSchema: true)
    }

    /// The schema version of a draft from a newer program, or nil.
    static func newerSchemaVersion(_ data: Data) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let version = object["schemaVersion"] as? Int, version > Visit.currentSchemaVersion else { return nil }
        return version
    }

    /// Moves a broken draft into `beschadigd/` (never deleting it); a symlinked `beschadigd` is refused.
    private func quarantine(_ name: String, in opened: Folder, reason: String) -> DraftProblem {
        do {
            guard let aside = try opened.subfolder(DataLayout.quarantineFolder, create: true) else { throw StorageError("") }
            let target = "\(Int(Date().timeIntervalSince1970))-\(name)"
            try opened.move(name, to: aside, as: target)
            return DraftProblem(file: name, reason: reason, movedTo: "\(DataLayout.quarantineFolder)/\(target)")
        } catch {
            return DraftProblem(file: name, reason: reason + "; apart zetten lukte niet", movedTo: nil)
        }
    }
}
