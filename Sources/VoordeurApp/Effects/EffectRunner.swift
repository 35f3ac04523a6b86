import Foundation
import VoordeurKit

/// Carries out effects: saving, the final save before quitting, exports, the clipboard, deleting, the settings file,
/// opening other visits. No terminal code, so it is tested on its own; the driver only hands it effects and feeds
/// the messages it returns back into `App.update`.
public final class EffectRunner {
    public let store: DraftStore
    /// The default export folder (`overdracht/` in the data folder): its notes of a visit go with the visit.
    public let defaultExportFolder: URL
    /// Puts text on a clipboard; returns how (for the status line) or throws a reason.
    public var clipboard: (String) throws -> String
    /// Takes the one-writer lock of a draft; returns a Dutch refusal when another instance holds it.
    public var acquireLock: (String) -> String? = { _ in nil }
    public var releaseLock: (String) -> Void = { _ in }
    /// The lock this program holds for a draft, so a save can see that the draft was deleted elsewhere.
    public var heldLock: (String) -> DraftLock? = { _ in nil }
    /// Runs a mail program; the driver gives the terminal back to it for the duration.
    public var aroundExternalProgram: (() -> Void) -> Void = { $0() }

    public init(store: DraftStore, defaultExportFolder: URL, clipboard: @escaping (String) throws -> String) {
        self.store = store
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
                                                name: "kopie-\(visit.id)-\(DateText.format(Date(), "yyyyMMdd-HHmmss")).json")
                return .copySaved(path: file.path)
            } catch {
                return .copySaveFailed(Self.describe(error))
            }
        case .writeExport(let folder, let fileName, let content):
            do {
                var url = folder.appendingPathComponent(fileName)
                if folder.standardizedFileURL == store.defaultExportFolder.standardizedFileURL {
                    url = try store.writeExport(Data(content.utf8), named: fileName)
                } else {
                    try SecureFile.ensurePrivateFolder(folder, tightenExisting: false)
                    try SecureFile.write(Data(content.utf8), to: url)
                }
                // Recorded beside the draft, so deleting the visit later finds this note too (or names it).
                if let id = Self.visitID(fromExport: fileName) { try? store.recordExport(id: id, file: url) }
                return .exported(path: url.path)
            } catch {
                return .exportFailed(Self.describe(error))
            }
        case .copyToClipboard(let text):
            do {
                return .copied(method: try clipboard(text))
            } catch {
                return .copyFailed(Self.describe(error))
            }
        case .send(let outgoing):
            do {
                guard let method = try MailSender.choose(configuredCommand: outgoing.command) else {
                    return .sendFailed(MailSender.notConfigured)
                }
                var outcome: Result<MailOutcome, Error> = .failure(CommandProblem("niet gestart"))
                aroundExternalProgram {
                    outcome = Result { try MailSender.send(outgoing.note, via: method, attachmentFolder: outgoing.attachmentFolder,
                                                           tightenFolder: outgoing.tightenFolder) }
                }
                return .sent(try outcome.get().statusLine)
            } catch let problem as CommandProblem {
                return .sendFailed(problem.message)
            } catch {
                return .sendFailed(Self.describe(error))
            }
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
                return .visitOpenFailed("Openen lukte niet: \(problem.description)")
            }
        case .newVisit(let current):
            if let current, let failure = saveBeforeLeaving(current) { return .visitOpenFailed(failure) }
            if let current { releaseLock(current.id) }
            return .newVisitStarted
        case .quit:
            return nil
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
            return "Het huidige bezoek kon niet worden opgeslagen (\(Self.describe(error))); het blijft open."
        }
    }

    /// "overdracht-ID.ext" → ID
    static func visitID(fromExport name: String) -> String? {
        guard name.hasPrefix("overdracht-") else { return nil }
        let rest = name.dropFirst("overdracht-".count)
        guard let dot = rest.lastIndex(of: ".") else { return nil }
        return String(rest[..<dot])
    }

    /// Deletes the draft and the visit's notes in the default export folder; names the notes elsewhere.
    func deleteVisit(_ id: String) -> Message {
        do {
            let deletion = try store.deleteVisit(id: id)
            releaseLock(id)
            return .visitDeleted(removed: deletion.deletedExports.count, remaining: deletion.remainingOutside)
        } catch {
            return .deleteFailed(Self.describe(error))
        }
    }
}
