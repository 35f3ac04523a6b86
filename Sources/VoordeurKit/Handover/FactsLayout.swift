import Foundation

/// How the note orders the facts: as a timeline (the times beside the observations), or per person present.
public enum FactsLayout: String, CaseIterable, Codable, Sendable {
    case tijd, persoon
}
