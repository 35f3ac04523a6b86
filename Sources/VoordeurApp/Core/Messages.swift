import Foundation
import VoordeurKit

/// Work the effect runner carries out for the app; its results come back as messages.
public enum Effect: Equatable, Sendable {
    case save(Visit)
    /// The save before quitting: the runner answers `.finalSaved` or `.finalSaveFailed`, and only `.quit` ends.
    case finalSave(Visit)
    /// A copy of the visit in a folder the worker typed (when the data folder cannot be written).
    case saveCopy(Visit, folder: String)
    /// `visitID` says whose note it is: the file name follows the visit's (corrected) time, not its id.
    case writeExport(folder: URL, fileName: String, content: String, visitID: String)
    case copyToClipboard(String)
    /// Hands the note to the mail program: the configured `verzendcommando`, else xdg-email.
    case send(NoteToSend)
    /// Deletes the draft and this visit's notes in the default export folder.
    case deleteVisit(id: String)
    /// Stops the running send, copy or export (Esc while it runs).
    case cancelBackground
    case writeConfig(Config, to: URL)
    /// Reads the drafts for the visits overlay.
    case listVisits
    /// Saves `current` (when it has a draft) and opens the draft `id`.
    case openVisit(id: String, current: Visit?)
    /// Starts a new visit (after saving `current`).
    case newVisit(current: Visit?)
    /// Unlocking, choosing or changing the PIN (the PIN screen), off the UI loop.
    case pin(PinWork)
    case quit
}

extension Effect {
    /// What the status line says while this effect runs: a send, the one that may take long (the mail program
    /// waits for a server); nil for everything else (a copy or an export runs off the UI loop too, briefly).
    var busyLabel: String? {
        switch self {
        case .send(let outgoing):
            // The program's name only: a long path would push "Esc breekt af" off the status line.
            let program = outgoing.command.flatMap { $0.split(separator: " ").first }.map { URL(fileURLWithPath: String($0)).lastPathComponent }
            return program.map { tr("busy.sending", ["programma": TextSanitizer.singleLine($0)]) } ?? tr("busy.mailprogram")
        default: return nil
        }
    }
}

/// Everything that happens to the app.
public enum Message: Sendable {
    case key(Key)
    /// Text that arrived in one piece (a bracketed paste or a burst): always text, never keys.
    case paste(String)
    case resize(rows: Int, columns: Int)
    /// A clock tick; unsaved changes are saved on it.
    case tick(Date)
    case saved(Date)
    case saveFailed(String)
    case finalSaved
    case finalSaveFailed(String)
    /// The draft was deleted elsewhere (`wis`, a handover or retention) while open here: it is not written back.
    case deletedElsewhere
    case copySaved(path: String)
    case copySaveFailed(String)
    case exported(path: String)
    case exportFailed(String)
    /// `method` says how (tmux, wl-copy, OSC 52 …), for the status line.
    case copied(method: String)
    case copyFailed(String)
    case sent(String)
    case sendFailed(String)
    /// The outcome of a test message to the worker himself (settings).
    case testSent(String)
    case testSendFailed(String)
    /// The draft is gone; `remaining` names exported notes outside the default folder that still hold the visit.
    case visitDeleted(removed: Int, remaining: [String])
    case deleteFailed(String)
    case configWritten(path: String)
    case configWriteFailed(String)
    case visitsListed([DraftSummary], problems: [String])
    case visitOpened(Visit)
    case visitOpenFailed(String)
    /// The previous visit is saved; a new one starts.
    case newVisitStarted
    /// The answer to a `PinWork`.
    case pin(PinResult)
}

/// A note on its way to the mail program, with what sending needs. Equal when it is the same note of the same visit.
public struct NoteToSend: Equatable, Sendable {
    public var note: HandoverNote
    public var command: String?
    public var attachmentFolder: URL
    public var tightenFolder: Bool
    /// A test message to the worker himself (settings): its outcome is no handover.
    public var isTest = false

    public init(note: HandoverNote, command: String?, attachmentFolder: URL, tightenFolder: Bool, isTest: Bool = false) {
        self.note = note
        self.command = command
        self.attachmentFolder = attachmentFolder
        self.tightenFolder = tightenFolder
        self.isTest = isTest
    }

    public static func == (lhs: NoteToSend, rhs: NoteToSend) -> Bool {
        lhs.note.visitID == rhs.note.visitID && lhs.note.writtenAt == rhs.note.writtenAt && lhs.command == rhs.command
            && lhs.attachmentFolder == rhs.attachmentFolder
    }
}

/// A question that j/n answer.
public enum Confirmation: Equatable, Sendable {
    /// `o`: did the consulent get the signals? Names what was written, sent or copied in this session and what
    /// failed; only a yes sets "overgedragen".
    case markHandedOver
    /// After a yes, and only when a note was written, sent or copied in this session: delete the draft now?
    case deleteAfterHandover
    case removeOwnSignal(String)
    case removeThirdParty(String)
    /// The last step before quitting without the final save.
    case quitWithoutSaving
    /// Replace personal data in the note by labels: the changes are shown first.
    case redact([String])
    /// The open draft was deleted elsewhere: keep the text as a new draft (j) or close it (n).
    case deletedElsewhere
}
