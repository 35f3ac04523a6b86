import Foundation

/// One try in this session to get the note to the sociaal consulent: written to a file, sent, or copied, and
/// whether it worked. The handover question names each, so a failed send is never taken for a handover.
public struct HandoverAttempt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case written, sent, copied }

    public var kind: Kind
    public var succeeded: Bool
    /// The path written to, the way it was copied, or why it failed.
    public var detail: String

    public init(_ kind: Kind, succeeded: Bool, detail: String) {
        self.kind = kind
        self.succeeded = succeeded
        self.detail = detail
    }

    /// "notitie geschreven (pad)", "versturen mislukt (reden)": for the handover questions.
    public var summary: String {
        AppNoteTexts.attempt(kind, succeeded: succeeded, detail: detail)
    }
}
