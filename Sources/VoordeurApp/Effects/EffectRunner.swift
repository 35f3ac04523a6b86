import Foundation
import VoordeurKit

/// Carries out effects: saving, the final save before quitting, exports, the clipboard, deleting, the settings file,
/// opening other visits. No terminal code, so it is tested on its own; the driver only hands it effects and feeds
/// the messages it returns back into `App.update`.
public final class EffectRunner {
    /// Set again once the PIN unlocks the data key (the PIN screen runs inside the program, and unlocking runs off
    /// the UI loop), hence the lock.
    public var store: DraftStore {
        get { storeLock.lock(); defer { storeLock.unlock() }; return unlockedStore }
        set { storeLock.lock(); unlockedStore = newValue; storeLock.unlock() }
    }
    private var unlockedStore: DraftStore
    private let storeLock = NSLock()
    /// Opens the drafts once the data key is there (the launcher's start: retention, the newest concept, rescue
    /// copies, locks), and says what to show.
    public var openAfterUnlock: (DraftStore) -> UnlockedStart = { _ in
        UnlockedStart(visit: Visit.new(), onDisk: false, notices: [], protected: false)
    }
    /// Argon2id's limits for a new PIN (tests use the fastest).
    public var pinLimits = KdfLimits.standard
    /// The default export folder (`overdracht/` in the data folder): its notes of a visit go with the visit.
    public let defaultExportFolder: URL
    /// Puts text on a clipboard: tmux, Wayland or X, else the OSC 52 sequence the driver writes to the terminal.
    public var clipboard: (String, Cancellation) -> ClipboardCopy
    /// Takes the one-writer lock of a draft; returns a Dutch refusal when another instance holds it.
    public var acquireLock: (String) -> String? = { _ in nil }
    public var releaseLock: (String) -> Void = { _ in }
    /// The lock this program holds for a draft, so a save can see that the draft was deleted elsewhere.
    public var heldLock: (String) -> DraftLock? = { _ in nil }
    /// The work running off the UI loop: a send (one at a time, the app refuses a second), copies and exports.
    private let background = BackgroundWork()

    public init(store: DraftStore, defaultExportFolder: URL,
                clipboard: @escaping (String, Cancellation) -> ClipboardCopy = { text, cancellation in
                    Clipboard.copy(text, cancellation: cancellation)
                }) {
        unlockedStore = store
        self.defaultExportFolder = defaultExportFolder
        self.clipboard = clipboard
    }

    public static func describe(_ error: Error) -> String {
        if let error = error as? StorageError { return error.message }
        return "\(error)"
    }

    public func perform(_ effect: Effect) -> Message? {
        switch effect {
        case .save(let visit):
            do {
                try saveLocked(visit)
                return .saved(Date())
            } catch is DraftDeleted {
                return .deletedElsewhere
            } catch {
                return .saveFailed(Self.describe(error))
            }
        case .finalSave(let visit):
            do {
                try saveLocked(visit)
                return .finalSaved
            } catch is DraftDeleted {
                return .deletedElsewhere
            } catch {
                return .finalSaveFailed(Self.describe(error))
            }
        case .saveCopy(let visit, let folder):
            do {
                let file = try RescueCopy.write(visit, into: URL(fileURLWithPath: DataFolder.expandTilde(folder)),
                                                name: "kopie-\(visit.id)-\(DateText.format(Date(), "yyyyMMdd-HHmmss")).json", key: store.key)
                return .copySaved(path: file.path)
            } catch {
                return .copySaveFailed(Self.describe(error))
            }
        case .writeExport, .copyToClipboard, .send:
            // Run here only when the driver does not run them in the background (tests, scripts).
            return performBackground(effect, cancellation: Cancellation()).message
        case .cancelBackground:
            background.cancel()
            return nil
        case .deleteVisit(let id):
            return deleteVisit(id)
        case .writeConfig(let config, let url):
            do {
                let existing = try? String(contentsOf: url, encoding: .utf8)
                let text = config.updatedFileText(existing)
                // What we write must read back: never leave a file that breaks every command.
                _ = try Config.parse(text, source: url.path)
                try SecureFile.ensurePrivateFolder(url.deletingLastPathComponent(), tightenExisting: false)
                try SecureFile.write(Data(text.utf8), to: url)
                return .configWritten(path: url.path)
            } catch {
                return .configWriteFailed(Self.describe(error))
            }
        case .listVisits:
            let (visits, problems) = store.summaries()
            return .visitsListed(visits.filter { $0.status == .concept || $0.status == .overgedragen },
                                 problems: problems.map(\.description))
        case .openVisit(let id, let current):
            if let current, let failure = saveBeforeLeaving(current) { return .visitOpenFailed(failure) }
            if let refusal = acquireLock(id) { return .visitOpenFailed(refusal) }
            switch store.load(id: id) {
            case .success(let visit):
                if let current { releaseLock(current.id) }
                return .visitOpened(visit)
            case .failure(let problem):
                releaseLock(id)
                return .visitOpenFailed(tr("effects.openfailed", ["reden": problem.description]))
            }
        case .newVisit(let current):
            if let current, let failure = saveBeforeLeaving(current) { return .visitOpenFailed(failure) }
            if let current { releaseLock(current.id) }
            return .newVisitStarted
        case .pin(let work):
            return .pin(performPin(work))
        case .quit:
            return nil
        }
    }

    /// Seals what is still plain, then opens the drafts with `key`. Sealing that fails (a full disk) is said and
    /// tried again at the next unlock; it never stops the drafts from opening, and a file it could not seal stays as
    /// it was.
    private func open(with key: SecretKey) -> UnlockedStart {
        let unlocked = store.unlocked(with: key)
        var notice: String?
        do {
            let sealed = try unlocked.sealPlainFiles()
            if sealed > 0 { notice = CryptoTexts.sealedFiles(sealed) }
        } catch {
            notice = CryptoTexts.sealingFailed(Self.describe(error))
        }
        store = unlocked
        var start = openAfterUnlock(unlocked)
        start.protected = true
        if let notice { start.notices.insert(notice, at: 0) }
        return start
    }

    /// The PIN screen's work. A wrong PIN changes no file; a new key seals every plain file before anything opens.
    func performPin(_ work: PinWork) -> PinResult {
        do {
            switch work {
            case .unlock(let pin), .check(let pin):
                guard let key = try Vault.unlock(pin: pin, store: store) else { return .rejected }
                if case .check = work { return .accepted }
                return .unlocked(open(with: key))
            case .choose(let pin):
                return .unlocked(open(with: try Vault.choosePin(pin, store: store, limits: pinLimits)))
            case .withoutPin:
                try Vault.chooseWithoutPin(store: store)
                var start = openAfterUnlock(store)
                start.protected = false
                return .unlocked(start)
            case .change(let old, let new):
                return try Vault.changePin(from: old, to: new, store: store) ? .changed : .rejected
            case .wipeAll:
                let count = try store.deleteAll()
                store = store.unlocked(with: nil)
                return .wiped(count)
            }
        } catch {
            return .failed(Self.describe(error))
        }
    }

    /// Whether `effect` starts a program or writes a note: then it runs off the UI loop (`startInBackground`), so
    /// that typing never waits for it and a program never holds the screen.
    public static func runsInBackground(_ effect: Effect) -> Bool {
        switch effect {
        case .writeExport, .copyToClipboard, .send, .pin: return true
        default: return false
        }
    }

    /// Starts `effect` on a thread of its own; `report` gets its message (and, for OSC 52, the bytes the driver
    /// must write to the terminal) on that thread when it is done or cancelled.
    public func startInBackground(_ effect: Effect, report: @escaping @Sendable (BackgroundResult) -> Void) {
        background.start { cancellation in
            report(self.performBackground(effect, cancellation: cancellation))
        }
    }

    /// Whether background work runs: the driver then waits for keys in shorter steps, so that its result (the PIN
    /// screen's unlock above all) shows without waiting up to a tick for the next key.
    public var hasBackgroundWork: Bool { background.isRunning }

    /// Cancels all running background work and waits at most `timeout` seconds for it to end (when quitting: no
    /// helper program outlives the program).
    public func stopBackground(timeout: TimeInterval) {
        background.cancel()
        background.wait(timeout: timeout)
    }

    /// The work of an export, a copy or a send; touches nothing of the runner but the store's export record.
    func performBackground(_ effect: Effect, cancellation: Cancellation) -> BackgroundResult {
        switch effect {
        case .writeExport(let folder, let fileName, let content, let visitID):
            do {
                var url = folder.appendingPathComponent(fileName)
                if folder.standardizedFileURL == store.defaultExportFolder.standardizedFileURL {
                    // The data folder's own export folder is written without following links (see DraftStore).
                    url = try store.writeExport(Data(content.utf8), named: fileName)
                } else {
                    try SecureFile.ensurePrivateFolder(folder, tightenExisting: false)
                    try SecureFile.write(Data(content.utf8), to: url)
                }
                // Recorded beside the draft, so deleting the visit later finds this note too (or names it).
                if let id = DraftID.isValid(visitID) ? visitID : Self.visitID(fromExport: fileName) {
                    try? store.recordExport(id: id, file: url)
                }
                return BackgroundResult(.exported(path: url.path))
            } catch {
                return BackgroundResult(.exportFailed(Self.describe(error)))
            }
        case .copyToClipboard(let text):
            let copy = clipboard(text, cancellation)
            if cancellation.isCancelled { return BackgroundResult(.copyFailed(tr("effects.cancelled"))) }
            return BackgroundResult(.copied(method: copy.statusLine), terminalOutput: copy.terminalSequence)
        case .send(let outgoing):
            // A test message's outcome is reported as such: it is no handover.
            let failed = { (reason: String) in outgoing.isTest ? Message.testSendFailed(reason) : .sendFailed(reason) }
            do {
                guard let method = try MailSender.choose(configuredCommand: outgoing.command) else {
                    return BackgroundResult(failed(MailSender.notConfigured))
                }
                let outcome = try MailSender.send(outgoing.note, via: method, attachmentFolder: outgoing.attachmentFolder,
                                                  tightenFolder: outgoing.tightenFolder, cancellation: cancellation)
                return BackgroundResult(outgoing.isTest ? .testSent(outcome.statusLine) : .sent(outcome.statusLine))
            } catch let problem as CommandProblem {
                return BackgroundResult(failed(problem.message))
            } catch {
                return BackgroundResult(failed(Self.describe(error)))
            }
        default:
            return BackgroundResult(perform(effect))
        }
    }

    /// Saves, first taking the draft's one-writer lock if this program does not hold it yet.
    func saveLocked(_ visit: Visit) throws {
        if let refusal = acquireLock(visit.id) { throw StorageError(refusal) }
        try store.save(visit, lock: heldLock(visit.id))
    }

    func saveBeforeLeaving(_ visit: Visit) -> String? {
        do {
            try saveLocked(visit)
            return nil
        } catch {
            return tr("effects.notsavedbeforeleaving", ["reden": Self.describe(error)])
        }
    }

    /// "overdracht-ID.ext" → ID
    static func visitID(fromExport name: String) -> String? {
        guard name.hasPrefix("overdracht-") else { return nil }
        let rest = name.dropFirst("overdracht-".count)
        guard let dot = rest.lastIndex(of: ".") else { return nil }
        return String(rest[..<dot])
    }

    /// Deletes the draft and the visit's notes in the default export folder; names the notes elsewhere. An export
    /// still being written finishes first, so no note of the visit is left behind after it.
    func deleteVisit(_ id: String) -> Message {
        background.wait(timeout: 6)
        do {
            let deletion = try store.deleteVisit(id: id)
            releaseLock(id)
            return .visitDeleted(removed: deletion.deletedExports.count, remaining: deletion.remainingOutside)
        } catch {
            return .deleteFailed(Self.describe(error))
        }
    }
}
