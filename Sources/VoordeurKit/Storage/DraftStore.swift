import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A draft that could not be read. It was moved aside (never deleted) or left alone when it came from a newer version.
public struct DraftProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String
    /// Where the file went; nil when it stayed in place.
    public var movedTo: String?
    /// Written by a newer version of voordeur: left alone, and deleted by file time after the retention period.
    public var newerSchema = false

    public var description: String {
        let file = TextSanitizer.singleLine(self.file)
        if movedTo != nil { return "Onleesbaar concept apart gezet in \(DraftStore.quarantineName)/: \(file) (\(reason))." }
        return "Concept \(file) is overgeslagen: \(reason)."
    }
}

/// The drafts of visits, one JSON file each, in a private data folder.
public struct DraftStore: Sendable {
    public let folder: URL
    public static let quarantineName = "beschadigd"
    public static let maximumDraftBytes = 16 * 1024 * 1024

    public init(folder: URL) { self.folder = folder }

    public var quarantineFolder: URL { folder.appendingPathComponent(Self.quarantineName) }

    public func url(for id: String) -> URL { folder.appendingPathComponent("bezoek-\(id).json") }

    /// The default export folder, `overdracht/` inside the data folder (covered by retention and deletion).
    public static let exportFolderName = "overdracht"
    public var defaultExportFolder: URL { folder.appendingPathComponent(Self.exportFolderName) }

    public static func encode(_ visit: Visit) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(visit)
    }

    public static func decode(_ data: Data) throws -> Visit {
        // The drafts this program writes are read by hand (`VisitReader.swift`); anything else by JSONDecoder.
        let read: Visit? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
            var reader = JSONSkimmer(bytes)
            return reader.visit()
        }
        if let read { return read }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Visit.self, from: data)
    }

    /// Saves atomically (0600 in a 0700 folder).
    public func save(_ visit: Visit) throws {
        try SecureFile.ensurePrivateFolder(folder)
        let data: Data
        do { data = try Self.encode(visit) } catch { throw StorageError("kan het concept niet omzetten naar JSON") }
        try SecureFile.write(data, to: url(for: visit.id))
    }

    /// Every readable draft, newest first, and the problems met on the way. Unreadable drafts are moved aside.
    public func loadAll() -> (visits: [Visit], problems: [DraftProblem]) {
        var visits: [Visit] = []
        var problems: [DraftProblem] = []
        for file in draftFiles() {
            switch read(file.url) {
            case .success(let visit): visits.append(visit)
            case .failure(let problem): problems.append(problem)
            }
        }
        visits.sort { $0.updatedAt > $1.updatedAt }
        return (visits, problems)
    }

    /// What lists show of every readable draft, newest first, and the problems met on the way. A file that is not a
    /// draft of this program is read in full, so it is reported (a newer schema) or moved aside (damaged) just as
    /// `loadAll` would.
    public func summaries() -> (summaries: [DraftSummary], problems: [DraftProblem]) {
        let lock = FolderLock(folder, exclusive: false)
        defer { lock?.release() }
        let scan = scan()
        if scan.indexChanged, let lock { SummaryIndex.write(scan.entries, folder: folder, descriptor: lock.descriptor) }
        return (scan.summaries, scan.problems)
    }

    /// One listing of the data folder.
    struct Scan {
        var summaries: [DraftSummary] = []
        var problems: [DraftProblem] = []
        /// The index entries of this listing, in its order, for drafts read quickly or found unchanged.
        var entries: [SummaryIndex.Entry] = []
        /// Whether the index on disk differs from `entries`.
        var indexChanged = false
    }

    /// Hundreds of drafts are listed at every start. A draft unchanged since the last listing costs one stat (its
    /// summary comes from `SummaryIndex`); a changed one an open relative to the folder's descriptor (no path walk),
    /// an fstat, one read into a buffer reused for every draft, and a close. Anything unusual (not a regular file by
    /// its directory entry, larger than the buffer, not a summary this schema writes, an id that does not match the
    /// name) goes the slow way, `summary(of:)`, which gives it its own message. The caller holds the folder's lock.
    func scan() -> Scan {
        var result = Scan()
        var slow: [DraftFile] = []
        guard let stream = opendir(folder.path) else { return result }
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.listingBufferBytes)
        defer { buffer.deallocate() }
        let folderFD = dirfd(stream)
        let stored = SummaryIndex.read(in: folderFD, buffer: buffer)
        var index = stored ?? SummaryIndex()
        result.indexChanged = stored == nil && FileKind.at(base + SummaryIndex.fileName) != .missing
        while let entry = readdir(stream) {
            let type = entry.pointee.d_type
            withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { name in
                    let length = strlen(name)
                    guard DraftFileName.isDraft(name, length) else { return }
                    if type == UInt8(DT_REG) || type == UInt8(DT_UNKNOWN) {
                        if let known = index.entry(named: name, length: length),
                           SummaryIndex.Stamp.of(name, in: folderFD) == known.stamp {
                            result.summaries.append(known.summary)
                            result.entries.append(known)
                            return
                        }
                        result.indexChanged = true
                        if let read = Self.quickSummary(folder: folderFD, name: name, length: length, into: buffer) {
                            result.summaries.append(read.summary)
                            result.entries.append(read)
                            return
                        }
                    }
                    let text = String(cString: name)
                    slow.append(DraftFile(name: text, path: base + text))
                }
            }
        }
        closedir(stream)
        if !index.allMet { result.indexChanged = true }
        // The slow ones after the listing: one may be moved aside, which must not disturb the listing.
        for file in slow.sorted(by: { $0.name < $1.name }) {
            switch summary(of: file) {
            case .success(let summary): result.summaries.append(summary)
            case .failure(let problem): result.problems.append(problem)
            }
        }
        // Newest first; equal times by id, so the order does not depend on the folder's. Positions are sorted, not
        // the summaries themselves (moving a summary retains and releases its strings: a third of listing 500).
        let times = result.summaries.map(\.updatedAt.timeIntervalSince1970)
        let ids = result.summaries.map { DraftID.SortKey($0.id) }
        var order = Array(result.summaries.indices)
        result.summaries.withUnsafeBufferPointer { summaries in
            order.sort { a, b in
                if times[a] != times[b] { return times[a] > times[b] }
                if ids[a] != ids[b] { return ids[a] < ids[b] }
                return DraftID.precedes(summaries[a].id, summaries[b].id)
            }
        }
        result.summaries = order.map { result.summaries[$0] }
        return result
    }

    /// Drafts larger than this are listed the slow way (a draft with ten 10,000-character descriptions fits).
    static let listingBufferBytes = 256 * 1024

    /// The summary of the usual draft, with the stamp of the file it was read from: read whole in one read (a read
    /// of a regular file is only short at its end, so a read that does not fill the buffer got all of it), a summary
    /// this schema writes, its id valid and its file's name. nil for anything else. The stamp is taken before the
    /// read, so a draft changed in place during the read has a newer stamp than its entry and is read again.
    private static func quickSummary(folder: Int32, name: UnsafePointer<CChar>, length: Int,
                                     into buffer: UnsafeMutableBufferPointer<UInt8>) -> SummaryIndex.Entry? {
        let fd = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var got: Int
        repeat { got = Glibc.read(fd, buffer.baseAddress, buffer.count) } while got < 0 && errno == EINTR
        guard got >= 0, got < buffer.count else { return nil }
        var reader = JSONSkimmer(UnsafeBufferPointer(rebasing: buffer[..<got]))
        guard let summary = reader.summary(), summary.schemaVersion <= Visit.currentSchemaVersion,
              DraftID.isValid(summary.id), DraftFileName.matches(name, length, id: summary.id) else { return nil }
        return SummaryIndex.Entry(stamp: SummaryIndex.Stamp(info), summary: summary)
    }

    /// A draft file by name and path; its URL is made only when needed (hundreds of drafts are listed at start).
    private struct DraftFile {
        var name: String
        var path: String
        var url: URL { URL(fileURLWithPath: path, isDirectory: false) }
    }

    private func draftFiles() -> [DraftFile] {
        let names = Directory.names(folder.path) ?? []
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        return names.filter(DraftFileName.isDraft).sorted()
            .map { DraftFile(name: $0, path: base + $0) }
    }

    private func summary(of file: DraftFile) -> Result<DraftSummary, DraftProblem> {
        let data: Data
        if let quick = Self.quickRead(file.path) {
            data = quick
        } else {
            switch bytes(of: file.url) {
            case .success(let read): data = read
            case .failure(let problem): return .failure(problem)
            }
        }
        guard let summary = DraftSummary.read(data) else { return decoded(data, file.url).map(DraftSummary.init) }
        if let problem = check(schema: summary.schemaVersion, id: summary.id, name: file.name, file: file.url) {
            return .failure(problem)
        }
        return .success(summary)
    }

    public func load(id: String) -> Result<Visit, DraftProblem> {
        guard DraftID.isValid(id) else {
            return .failure(DraftProblem(file: TextSanitizer.singleLine(id), reason: "dit is geen geldig ID", movedTo: nil))
        }
        return read(url(for: id))
    }

    /// What the program finds when it starts.
    public struct Opening: Sendable {
        /// The newest draft that is still a concept, after the retention period was applied.
        public var latestConcept: Visit?
        /// What lists show of every readable draft that was kept, newest first (so the caller need not read them
        /// again).
        public var visits: [DraftSummary] = []
        /// Drafts deleted because they were older than the retention period.
        public var removed: [String]
        /// Drafts that could not be read (moved aside or left alone).
        public var problems: [DraftProblem]
        /// Stray temporary files and stale locks removed before reading.
        public var leftovers = Leftovers()
        /// Other files past the retention period that were deleted: set-aside drafts in `beschadigd/`, drafts of a
        /// newer version, rescue copies, export records without a draft.
        public var removedFiles = 0

        /// Dutch notices for the worker, with correct plurals, in the order they happened.
        public func notices(retentionDays: Int) -> [String] {
            var out = leftovers.notices
            if !removed.isEmpty {
                out.append("\(Dutch.count(removed.count, "concept", "concepten")) ouder dan \(retentionDays) dagen gewist (bewaartermijn).")
            }
            if removedFiles > 0 {
                out.append("\(Dutch.count(removedFiles, "ander bestand", "andere bestanden")) ouder dan \(retentionDays) dagen gewist (bewaartermijn).")
            }
            return out + problems.map(\.description)
        }
    }

    /// Reads the drafts once: removes stray temporary files and stale locks, deletes every file of its own older
    /// than `retentionDays` days, reports unreadable drafts, and finds the newest concept. A draft dated in the
    /// future counts from its file's modification time (at most now), so it cannot escape the retention period.
    public func open(retentionDays: Int, now: Date = Date()) throws -> Opening {
        // Exclusive: this start deletes drafts past the retention period and writes the index without them.
        let lock = FolderLock(folder, exclusive: true)
        defer { lock?.release() }
        let leftovers = removeLeftovers(now: now)
        let limit = now.addingTimeInterval(-Double(retentionDays) * 86_400)
        // Files set aside earlier go first, so a draft set aside during this start is reported, not deleted unseen.
        var removedFiles = try purgeFiles(olderThan: limit)
        let all = scan()
        var removed: [String] = []
        var kept: [DraftSummary] = []
        for visit in all.summaries {
            var changed = visit.updatedAt
            if changed > now { changed = min(Self.modificationDate(url(for: visit.id)) ?? now, now) }
            if changed < limit {
                if try deleteDraft(id: visit.id) { removed.append(visit.id) }
            } else {
                kept.append(visit)
            }
        }
        var problems: [DraftProblem] = []
        for problem in all.problems {
            let file = folder.appendingPathComponent(problem.file)
            if problem.newerSchema, let changed = Self.modificationDate(file), changed < limit {
                try remove(file)
                removedFiles += 1
            } else {
                problems.append(problem)
            }
        }
        // Only the draft that is opened is decoded in full; one that fails is reported (or set aside) and the next
        // concept is tried.
        var latest: Visit?
        for summary in kept where summary.status == .concept {
            switch load(id: summary.id) {
            case .success(let visit): latest = visit
            case .failure(let problem): problems.append(problem)
            }
            if latest != nil { break }
        }
        if !problems.isEmpty {
            let files = Set(problems.map(\.file))
            kept.removeAll { files.contains(url(for: $0.id).lastPathComponent) }
        }
        // The index of what was kept: drafts deleted or set aside above are not in it.
        var entries = all.entries
        if !removed.isEmpty || !problems.isEmpty {
            let keptIDs = Set(kept.map(\.id))
            entries.removeAll { !keptIDs.contains($0.summary.id) }
        }
        if let lock, all.indexChanged || entries.count != all.entries.count {
            SummaryIndex.write(entries, folder: folder, descriptor: lock.descriptor)
        }
        var opening = Opening(latestConcept: latest, removed: removed, problems: problems)
        opening.leftovers = leftovers
        opening.removedFiles = removedFiles
        opening.visits = kept
        return opening
    }

    static func modificationDate(_ url: URL) -> Date? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    func remove(_ url: URL) throws {
        guard FileKind.at(url.path) != .missing else { return }
        do { try FileManager.default.removeItem(at: url) } catch {
            throw StorageError("kan \(url.path) niet wissen")
        }
    }

    private func read(_ file: URL) -> Result<Visit, DraftProblem> {
        switch bytes(of: file) {
        case .success(let data): return decoded(data, file)
        case .failure(let problem): return .failure(problem)
        }
    }

    /// The usual case in one open, fstat and read: a regular file of a sane size, else nil (and `bytes(of:)`
    /// looks again, so the file gets its own message).
    static func quickRead(_ path: String) -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= maximumDraftBytes else { return nil }
        // One byte more than the file holds is asked for, so one read both fills the buffer and shows the end: a file
        // that grew or shrank while it was read is read again the slow way (a read of a regular file is only short at
        // its end). A separate read for the end was a fifth of the system calls of listing hundreds of drafts.
        let size = Int(info.st_size)
        var data = Data(count: size + 1)
        let filled: Int = data.withUnsafeMutableBytes { buffer in
            var filled = 0
            while filled < buffer.count {
                let got = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                filled += got
                if filled < buffer.count { break }  // short: the end of the file
            }
            return filled
        }
        guard filled == size else { return nil }
        data.removeLast()
        return data
    }

    /// The bytes of a draft file: a regular file, not larger than the limit (else set aside).
    private func bytes(of file: URL) -> Result<Data, DraftProblem> {
        let name = file.lastPathComponent
        let kind = FileKind.at(file.path)
        if kind != .regular {
            return .failure(DraftProblem(file: name, reason: kind.problem ?? "geen gewoon bestand", movedTo: nil))
        }
        var info = stat()
        if lstat(file.path, &info) == 0, Int(info.st_size) > Self.maximumDraftBytes {
            return .failure(quarantine(file, reason: "het bestand is groter dan \(Self.maximumDraftBytes / 1024 / 1024) MB"))
        }
        switch FileKind.readRegularFile(file.path) {
        case .success(let read): return .success(read)
        case .failure(let error): return .failure(DraftProblem(file: name, reason: error.message, movedTo: nil))
        }
    }

    private func decoded(_ data: Data, _ file: URL) -> Result<Visit, DraftProblem> {
        // One parse in the usual case; the schema is looked up separately only when decoding fails.
        let visit: Visit
        do { visit = try Self.decode(data) } catch {
            if let version = Self.newerSchemaVersion(data) { return .failure(newer(version, file)) }
            return .failure(quarantine(file, reason: "het bestand is beschadigd of onvolledig"))
        }
        if let problem = check(schema: visit.schemaVersion, id: visit.id, name: file.lastPathComponent, file: file) {
            return .failure(problem)
        }
        return .success(visit.sanitized())
    }

    private func newer(_ version: Int, _ file: URL) -> DraftProblem {
        DraftProblem(file: file.lastPathComponent, reason: "gemaakt door een nieuwere versie van voordeur (schema \(version))",
                     movedTo: nil, newerSchema: true)
    }

    /// A draft of a newer program is left alone; one whose id is invalid or not its file name's is set aside.
    /// `file` is only made when there is a problem (the list of hundreds of drafts at start makes no URLs).
    private func check(schema: Int, id: String, name: String, file: @autoclosure () -> URL) -> DraftProblem? {
        if schema > Visit.currentSchemaVersion { return newer(schema, file()) }
        guard DraftID.isValid(id) else { return quarantine(file(), reason: "het ID in het bestand is ongeldig") }
        guard "bezoek-\(id).json" == name else {
            return quarantine(file(), reason: "het ID in het bestand ('\(id)') past niet bij de bestandsnaam")
        }
        return nil
    }

    /// The schema version of a draft from a newer program, or nil.
    static func newerSchemaVersion(_ data: Data) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let version = object["schemaVersion"] as? Int, version > Visit.currentSchemaVersion else { return nil }
        return version
    }

    /// Moves a broken draft into the quarantine folder, never deleting it.
    private func quarantine(_ file: URL, reason: String) -> DraftProblem {
        let name = file.lastPathComponent
        do {
            try SecureFile.ensurePrivateFolder(quarantineFolder)
            let stamp = Int(Date().timeIntervalSince1970)
            let target = quarantineFolder.appendingPathComponent("\(stamp)-\(name)")
            try FileManager.default.moveItem(at: file, to: target)
            return DraftProblem(file: name, reason: reason,
                                movedTo: "\(Self.quarantineName)/\(target.lastPathComponent)")
        } catch {
            return DraftProblem(file: name, reason: reason + "; apart zetten lukte niet", movedTo: nil)
        }
    }

    /// Deletes one draft and its export record. Returns false when there was none with that id.
    @discardableResult
    public func delete(id: String) throws -> Bool {
        let lock = FolderLock(folder, exclusive: true)
        defer { lock?.release() }
        return try deleteDraft(id: id)
    }

    /// `delete(id:)` for a caller that holds the folder's lock. The index goes too, so no summary of the draft is
    /// left behind; the next listing makes it anew.
    private func deleteDraft(id: String) throws -> Bool {
        guard DraftID.isValid(id) else { return false }
        let file = url(for: id)
        SummaryIndex.remove(folder: folder)
        try remove(exportRecordURL(for: id))
        guard FileKind.at(file.path) != .missing else { return false }
        try remove(file)
        return true
    }

    /// Deletes every draft, every set-aside file, export record and rescue copy, stray temporary files and stale
    /// locks. Returns how many files went.
    @discardableResult
    public func deleteAll() throws -> Int {
        let lock = FolderLock(folder, exclusive: true)
        defer { lock?.release() }
        // The index is not counted: it is made by the program from the drafts, and goes with them.
        SummaryIndex.remove(folder: folder)
        var count = 0
        let names = Directory.names(folder.path) ?? []
        for name in names where Self.isOwnDataFile(name) {
            try remove(folder.appendingPathComponent(name))
            count += 1
        }
        let aside = Directory.names(quarantineFolder.path) ?? []
        for name in aside {
            try remove(quarantineFolder.appendingPathComponent(name))
            count += 1
        }
        let leftovers = removeLeftovers(now: Date(), removeEveryTemporary: true)
        return count + leftovers.temporaryFiles + leftovers.staleLocks
    }

    /// Drafts, export records and rescue copies: the files of its own in the data folder that hold a visit.
    static func isOwnDataFile(_ name: String) -> Bool {
        (name.hasPrefix("bezoek-") && (name.hasSuffix(".json") || name.hasSuffix(ExportRecord.suffix)))
            || (name.hasPrefix(RescueCopy.prefix) && name.hasSuffix(".json"))
    }

    /// Deletes drafts not changed for more than `days` days (the retention period). Returns the ids deleted.
    public func purge(olderThanDays days: Int, now: Date = Date()) throws -> [String] {
        try open(retentionDays: days, now: now).removed
    }
}

/// A draft's file name, `bezoek-ID.json`, checked on the bytes a directory listing gives.
enum DraftFileName {
    static let prefix = "bezoek-", suffix = ".json"

    static func isDraft(_ name: String) -> Bool { name.hasPrefix(prefix) && name.hasSuffix(suffix) }

    static func isDraft(_ name: UnsafePointer<CChar>, _ length: Int) -> Bool {
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: length)
        return length >= prefix.utf8.count + suffix.utf8.count
            && Directory.hasPrefix(bytes, prefix) && Directory.hasSuffix(bytes, suffix)
    }

    /// Whether the name is exactly `bezoek-<id>.json`.
    static func matches(_ name: UnsafePointer<CChar>, _ length: Int, id: String) -> Bool {
        var id = id
        return id.withUTF8 { id in
            length == prefix.utf8.count + id.count + suffix.utf8.count
                && memcmp(name + prefix.utf8.count, id.baseAddress!, id.count) == 0
        } && isDraft(name, length)
    }
}
