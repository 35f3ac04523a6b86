import VoordeurKit

/// What the review stands before: the worker's e, v or c on the Overdracht tab.
public enum ReviewAction: Equatable, Sendable {
    case export(NoteFormat)
    case send
    case copy
}

/// Where an open point of the review leads with Enter.
public enum ReviewTarget: Equatable, Sendable {
    /// An editor, with the field to focus.
    case editor(EditorTarget, focus: FieldPath?)
    /// A row of the Bezoek tab (a choice such as the reason).
    case visitRow(Int)
}

/// One open point: what the consulent would phone about, or what should not reach her.
public struct ReviewPoint: Equatable, Sendable {
    public var text: String
    public var target: ReviewTarget?
}
