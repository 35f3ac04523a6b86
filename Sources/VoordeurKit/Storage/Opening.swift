import Foundation

extension DraftStore {
    /// What the program finds when it starts.
    public struct Opening: Sendable {
        /// The newest draft that is still a concept, after the retention period was applied.
        public var latestConcept: Visit?
        /// What lists show of every readable draft that was kept, newest first.
        public var visits: [DraftSummary] = []
        /// Drafts deleted because they were older than the retention period.
        public var removed: [String]
        /// Drafts that could not be read (moved aside or left alone).
        public var problems: [DraftProblem]
        /// Stray temporary files and stale locks removed before reading.
        public var leftovers = Leftovers()
        /// Other files past the retention period that were deleted: set-aside drafts, drafts of a newer version,
        /// rescue copies, export records without a draft.
        public var removedFiles = 0
        /// Notes in the default export folder past the retention period that were deleted.
        public var removedExports = 0
        /// Drafts dated more than a minute ahead of the clock: they count from their file's time (at most now).
        public var clockAhead: [String] = []
        /// Rescue copies found (issue 23, item 5).
        public var rescues: [RescueCopy.Found] = []
        /// Drafts sealed with a PIN that this store has no key for (`versleuteling = uit`): left alone.
        public var lockedDrafts = 0

        /// Notices for the worker in the screen's language, with correct plurals, in the order they happened.
        public func notices(retentionDays: Int) -> [String] {
            var out = leftovers.notices
            if !removed.isEmpty {
                out.append(trCount("storage.removeddrafts", removed.count, ["dagen": retentionDays]))
            }
            if removedFiles > 0 {
                out.append(trCount("storage.removedfiles", removedFiles, ["dagen": retentionDays]))
            }
            if removedExports > 0 { out.append(trCount("storage.removedexports", removedExports)) }
            if !clockAhead.isEmpty {
                out.append(trCount("storage.clockahead", clockAhead.count))
            }
            if lockedDrafts > 0 { out.append(CryptoTexts.lockedDrafts(lockedDrafts)) }
            return out + problems.map(\.description)
        }
    }

    /// Reads the drafts once at start: removes stray temporary files and unheld lock files, deletes every file of
    /// its own past the retention period (`DataLayout`), reports unreadable drafts, finds the newest concept and the
    /// rescue copies.
    public func open(retentionDays: Int, now: Date = Date()) throws -> Opening {
        var opening = Opening(removed: [], problems: [])
        guard let opened = try openFolder() else { return opening }
        opening.leftovers = removeLeftovers(now: now)
        // Files set aside earlier go first, so a draft set aside during this start is reported, not deleted unseen.
        let purged = try purgeFiles(retentionDays: retentionDays, now: now)
        opening.removedFiles = purged.files
        opening.removedExports = purged.exports
        var kept: [DraftSummary] = []
        let all = readAll(DraftSummary.self, now: now)
        for found in all.drafts {
            if DataLayout.isExpired(retentionDays: retentionDays, changed: found.contents.updatedAt, now: now) {
                if try delete(id: found.contents.id) { opening.removed.append(found.contents.id) }
            } else {
                kept.append(found.contents)
                if found.clockWasAhead { opening.clockAhead.append(found.contents.id) }
            }
        }
        for problem in all.problems {
            if problem.locked { opening.lockedDrafts += 1; continue }
            if problem.newerSchema, let changed = opened.modified(problem.file),
               DataLayout.isExpired(retentionDays: retentionDays, changed: changed, now: now) {
                try opened.remove(problem.file)
                opening.removedFiles += 1
            } else {
                opening.problems.append(problem)
            }
        }
        // Only the draft that is opened is decoded in full; one that fails is reported (and set aside) and the next
        // concept is tried.
        for summary in kept where summary.status == .concept {
            switch read(Visit.self, DataLayout.draft(summary.id), in: opened, now: now) {
            case .success(let found): opening.latestConcept = found.contents.sanitized()
            case .failure(let problem): opening.problems.append(problem)
            }
            if opening.latestConcept != nil { break }
        }
        let failed = Set(opening.problems.map(\.file))
        opening.visits = kept.filter { !failed.contains(DataLayout.draft($0.id)) }
        opening.rescues = RescueCopy.find(in: (try? rescueFolders()) ?? [], drafts: opening.visits, store: self)
        return opening
    }

    /// Deletes drafts not changed for more than `days` days (the retention period). Returns the ids deleted.
    public func purge(olderThanDays days: Int, now: Date = Date()) throws -> [String] {
        try open(retentionDays: days, now: now).removed
    }
}
