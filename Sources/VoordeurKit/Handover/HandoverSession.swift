import Foundation

/// What happened to the note during this session, so that deleting the draft at handover ("o" then "j") is only
/// offered once the note exists somewhere: written or copied in this session, or after the worker confirmed
/// explicitly that none was.
public struct HandoverSession: Equatable, Sendable {
    /// Notes written in this session (paths), in order.
    public private(set) var written: [String] = []
    /// Whether the note was copied to the clipboard in this session.
    public private(set) var copied = false
    /// Exports that failed in this session (Dutch reasons).
    public private(set) var failures: [String] = []

    public init() {}

    public mutating func noteWritten(to path: String) { if !written.contains(path) { written.append(path) } }
    public mutating func noteCopied() { copied = true }
    public mutating func exportFailed(_ reason: String) { failures.append(reason) }

    /// Whether a note left the program in this session.
    public var noteExists: Bool { !written.isEmpty || copied }

    /// Without a note, deleting needs a second, explicit confirmation.
    public var deletionNeedsConfirmation: Bool { !noteExists }

    /// The Dutch question of the handover dialog.
    public func deletionQuestion(store: DraftStore, id: String) -> String {
        let outside = store.exportedFiles(for: id).filter {
            !$0.hasPrefix(store.defaultExportFolder.standardizedFileURL.path + "/") && FileKind.at($0) != .missing
        }
        var text = "Concept nu wissen? De exports van dit bezoek in de standaard exportmap worden ook gewist."
        if !outside.isEmpty {
            text += " Blijven staan (wis die zelf): " + outside.map(TextSanitizer.singleLine).joined(separator: ", ") + "."
        }
        if deletionNeedsConfirmation {
            let why = failures.isEmpty ? "In deze sessie is nog geen notitie geschreven of gekopieerd."
                : "Geen enkele export is in deze sessie gelukt (\(failures.last!))."
            text = why + " Als je wist, is er nergens meer een notitie van dit bezoek. " + text
                + " Typ ja om toch te wissen."
        } else {
            text += " (j = wissen, n = bewaren)"
        }
        return text
    }
}
