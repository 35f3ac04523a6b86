import Foundation

/// The kinds of non-objective wording the coach flags. Raw values are the names shown to the user and in JSON.
public enum CoachCategory: String, CaseIterable, Codable, Sendable {
    case oordeel
    case diagnose
    case conclusie
    case speculatie
    case emotie
    case generalisatie
    case vaag
    case horenZeggen = "horen-zeggen"

    public var name: String { rawValue }
    /// The name the worker reads, in the screen's language (`name` is what JSON holds).
    public var label: String { tr("coach.category.\(rawValue)") }
}
