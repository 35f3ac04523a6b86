import Foundation
import VoordeurApp
import VoordeurKit
import VoordeurTerminal

enum TerminalLauncher {
    /// Retention first (drafts older than the configured days go), then the chosen draft, the most recent concept,
    /// or a new visit.
    static func launch(context: AppContext, forceNew: Bool, id: String? = nil) throws {
        // An unknown, missing or dumb TERM: one line before ncurses touches the terminal.
        if isatty(0) == 1, isatty(1) == 1, let problem = TerminalDriver.checkTerminal() {
            throw CLIFailure(message: problem)
        }
        // The word lists are read and indexed on another thread once the first frame is painted; a draft whose
        // descriptions the first frame counts builds the coach at that first use (`PendingCoach`). A list of the
        // corporation's own is read here, so a broken one stops the program with its Dutch message before the
        // screen opens.
        let coach = try CoachCommand.makePendingCoach(config: context.config, card: context.card)
        let store = context.store
        // A data folder of another user is refused before anything is read, written or chmodded.
        do { try SecureFile.checkOwner(store.folder) } catch let error as StorageError { throw CLIFailure(message: error.message) }
        // One writer per draft: the locks this program holds, released on the way out.
        let locks = LockKeeper(folder: store.folder)
        defer { locks.releaseAll() }
        let gate: PinGate
        do { gate = try PinGate.decide(config: context.config, store: store) } catch let error as StorageError {
            throw CLIFailure(message: error.message)
        }
        var state: AppState
        func makeState(_ start: UnlockedStart) -> AppState {
            AppState(card: context.card, config: context.config, pendingCoach: coach, visit: start.visit,
                     exportFolder: ExportFolder.resolve(context), notices: start.notices, onDisk: start.onDisk,
                     configLocation: context.config.source.map { URL(fileURLWithPath: $0) }, speller: .shared)
        }
        switch gate {
        case .open:
            state = makeState(try openDrafts(context: context, store: store, locks: locks, forceNew: forceNew, id: id))
        case .ask(let pin):
            // Nothing is read before the PIN: the program starts on the PIN screen over an empty visit that is never
            // saved, and the drafts are opened off the UI loop once the key is there (`EffectRunner.openAfterUnlock`).
            state = makeState(UnlockedStart(visit: Visit.new(), onDisk: false, notices: [], protected: false))
            state.overlays = [.pin(pin)]
        }
        let runner = EffectRunner(store: store, defaultExportFolder: store.folder.appendingPathComponent(ExportFolder.defaultName))
        runner.acquireLock = locks.acquire
        runner.heldLock = locks.lock
        runner.releaseLock = locks.release
        runner.openAfterUnlock = { unlocked in
            do {
                return try openDrafts(context: context, store: unlocked, locks: locks, forceNew: forceNew, id: id)
            } catch {
                // A draft asked for by id that does not open: said, and a new visit instead (the screen is up).
                let reason = (error as? CLIFailure)?.message ?? "\(error)"
                let fresh = Visit.new()
                _ = locks.acquire(fresh.id)
                return UnlockedStart(visit: fresh, onDisk: false, notices: [reason], protected: true)
            }
        }
        let status: Int32
        do {
            status = try TerminalDriver.run(state: state, runner: runner)
        } catch let failure as TerminalDriver.Failure {
            throw CLIFailure(message: failure.description)
        }
        if status != 0 { throw CLIFailure(message: tr("launch.signalled"), code: status) }
    }

    /// The start as it was before the PIN: retention first (drafts older than the configured days go), then the
    /// chosen draft, a newer rescue copy, the most recent concept, or a new visit, with the start-up notices.
    static func openDrafts(context: AppContext, store: DraftStore, locks: LockKeeper, forceNew: Bool, id: String?) throws
        -> UnlockedStart {
        // The corporation's fixed keys that the worker's file tried to change: said once, at start.
        var notices: [String] = context.config.lockedNotice.map { [$0] } ?? []
        var latest: Visit?
        var concepts: [DraftSummary] = []
        var rescue: RescueCopy.Found?
        do {
            let opening = try store.open(retentionDays: context.config.retentionDays)
            latest = opening.latestConcept
            notices += opening.notices(retentionDays: context.config.retentionDays)
            concepts = opening.visits.filter { $0.status == .concept }
            // The newest rescue copy that is newer than its draft is opened (when no other draft was asked for);
            // older ones are named, and go with their draft or after the retention period.
            rescue = id == nil && !forceNew ? opening.rescues.first(where: \.isNewer) : nil
            notices += opening.rescues.filter { !$0.isNewer }.map(\.notice)
        } catch {
            notices.append(tr("launch.cleanupfailed", ["fout": error]))
        }
        // Concepts that go soon are named, so the retention period never surprises.
        let now = Date()
        for visit in concepts {
            let left = DataLayout.daysLeft(retentionDays: context.config.retentionDays, changed: visit.updatedAt, now: now)
            if left <= 2 {
                notices.append(trCount("launch.deletedsoon", left, ["tijd": DateText.dateTime(visit.startedAt)]))
            }
        }
        var visit: Visit
        var onDisk = false
        if let id {
            switch store.load(id: id) {
            case .success(let found): visit = found; onDisk = true
            case .failure(let problem): throw CLIFailure(message: tr("launch.notopened", ["id": id, "reden": problem.description]))
            }
        } else if let rescue {
            visit = rescue.visit
            onDisk = false
        } else if !forceNew, let latest {
            visit = latest
            onDisk = true
        } else {
            visit = Visit.new()
        }
        // One writer per draft: a draft another voordeur has open is left to it, and this one starts a new visit.
        if let refusal = locks.acquire(visit.id) {
            notices.append(refusal + " " + tr("launch.newvisit"))
            visit = Visit.new()
            onDisk = false
            _ = locks.acquire(visit.id)
        }
        // A rescue copy that was opened becomes the draft at once, and the copy goes: its text is then on disk once.
        if let rescue, rescue.visit.id == visit.id {
            do {
                try store.save(visit, lock: locks.lock(visit.id))
                onDisk = true
                unlink(rescue.path)
                notices.append(rescue.notice)
            } catch {
                notices.append(tr("launch.rescuenotsaved", ["pad": rescue.path, "fout": error]))
            }
        }
        if context.config.source == nil, !FileManager.default.fileExists(atPath: Config.defaultLocation().path) {
            notices.append(tr("launch.welcome"))
        }
        return UnlockedStart(visit: visit, onDisk: onDisk, notices: notices, protected: store.key != nil)
    }
}

/// Where handover notes are written: `exportmap` from the configuration, else `overdracht/` in the data folder
/// (private, and covered by the retention period and `wis --alles`).
enum ExportFolder {
    static let defaultName = DataLayout.exportFolder

    static func resolve(_ context: AppContext) -> URL {
        if let folder = context.config.exportFolder {
            return URL(fileURLWithPath: DataFolder.expandTilde(folder))
        }
        return context.store.folder.appendingPathComponent(defaultName)
    }
}

/// The one-writer locks this program holds (one per draft it has open), for the launcher and the effect runner.
final class LockKeeper {
    let folder: URL
    private var held: [String: DraftLock] = [:]

    init(folder: URL) { self.folder = folder }

    /// Takes the lock of draft `id`; returns a Dutch refusal when another running voordeur holds it.
    func acquire(_ id: String) -> String? {
        if held[id] != nil { return nil }
        guard let outcome = try? DraftLock.acquire(id: id, in: folder) else { return nil }
        if let lock = outcome.lock {
            held[id] = lock
            return nil
        }
        return outcome.notice
    }

    /// The lock held for draft `id`, if any.
    func lock(_ id: String) -> DraftLock? { held[id] }

    func release(_ id: String) {
        held.removeValue(forKey: id)?.release()
    }

    func releaseAll() {
        for lock in held.values { lock.release() }
        held = [:]
    }
}
