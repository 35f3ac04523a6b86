import Foundation

/// A draft that could not be read. It was moved aside (never deleted) or left alone when it came from a newer version.
public struct DraftProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String
    /// Where the file went; nil when it stayed in place.
    public var movedTo: String?

    public var description: String {
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

    public static func encode(_ visit: Visit) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(visit)
    }

    public static func decode(_ data: Data) throws -> Visit {
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
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var visits: [Visit] = []
        var problems: [DraftProblem] = []
        for name in names.sorted() where name.hasPrefix("bezoek-") && name.hasSuffix(".json") {
            let file = folder.appendingPathComponent(name)
            switch read(file) {
            case .success(let visit): visits.append(visit)
            case .failure(let problem): problems.append(problem)
            }
        }
        visits.sort { $0.updatedAt > $1.updatedAt }
        return (visits, problems)
    }

    public func load(id: String) -> Result<Visit, DraftProblem> {
        read(url(for: id))
    }

    /// What the program finds when it starts.
    public struct Opening: Sendable {
        /// The newest draft that is still a concept, after the retention period was applied.
        public var latestConcept: Visit?
        /// Drafts deleted because they were older than the retention period.
        public var removed: [String]
        /// Drafts that could not be read (moved aside or left alone).
        public var problems: [DraftProblem]
    }

    /// Reads the drafts once: deletes those not changed for more than `retentionDays` days, reports unreadable ones,
    /// and finds the newest concept.
    public func open(retentionDays: Int, now: Date = Date()) throws -> Opening {
        let all = loadAll()
        let limit = now.addingTimeInterval(-Double(retentionDays) * 86_400)
        var removed: [String] = []
        var kept: [Visit] = []
        for visit in all.visits {
            if visit.updatedAt < limit {
                if try delete(id: visit.id) { removed.append(visit.id) }
            } else {
                kept.append(visit)
            }
        }
        return Opening(latestConcept: kept.first { $0.status == .concept }, removed: removed, problems: all.problems)
    }

    private func read(_ file: URL) -> Result<Visit, DraftProblem> {
        let name = file.lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        if size > Self.maximumDraftBytes {
            return .failure(quarantine(file, reason: "het bestand is groter dan \(Self.maximumDraftBytes / 1024 / 1024) MB"))
        }
        guard let data = try? Data(contentsOf: file) else {
            return .failure(DraftProblem(file: name, reason: "geen leestoegang", movedTo: nil))
        }
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let version = object["schemaVersion"] as? Int, version > Visit.currentSchemaVersion {
            return .failure(DraftProblem(file: name, reason: "gemaakt door een nieuwere versie van voordeur (schema \(version))",
                                         movedTo: nil))
        }
        do {
            return .success(try Self.decode(data))
        } catch {
            return .failure(quarantine(file, reason: "het bestand is beschadigd of onvolledig"))
        }
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

    /// Deletes one draft. Returns false when there was none with that id.
    @discardableResult
    public func delete(id: String) throws -> Bool {
        let file = url(for: id)
        guard FileManager.default.fileExists(atPath: file.path) else { return false }
        do { try FileManager.default.removeItem(at: file) } catch {
            throw StorageError("kan \(file.path) niet wissen")
        }
        return true
    }

    /// Deletes every draft and every quarantined file. Returns how many files went.
    @discardableResult
    public func deleteAll() throws -> Int {
        var count = 0
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("bezoek-") && name.hasSuffix(".json") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            count += 1
        }
        let aside = (try? FileManager.default.contentsOfDirectory(atPath: quarantineFolder.path)) ?? []
        for name in aside {
            try FileManager.default.removeItem(at: quarantineFolder.appendingPathComponent(name))
            count += 1
        }
        return count
    }

    /// Deletes drafts not changed for more than `days` days (the retention period). Returns the ids deleted.
    public func purge(olderThanDays days: Int, now: Date = Date()) throws -> [String] {
        try open(retentionDays: days, now: now).removed
    }
}
