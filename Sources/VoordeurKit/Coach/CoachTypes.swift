import Foundation

/// The kinds of non-objective wording the coach flags. Raw values are the names shown to the user.
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
}

/// One remark of the coach about a stretch of text.
public struct CoachFinding: Equatable, Codable, Sendable {
    public var category: CoachCategory
    /// Offsets in Characters (grapheme clusters) from 0; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// The flagged text exactly as written.
    public var match: String
    /// Why this is not an observation (Dutch).
    public var explanation: String
    /// A question with blanks that asks for what was seen, heard, smelled or felt (Dutch). Never invents details.
    public var question: String
}

/// What the coach says about one text.
public struct CoachReport: Equatable, Sendable {
    public var text: String
    public var findings: [CoachFinding]
    /// Whether the text holds a sensory anchor (ik zie / hoor / ruik / voel, a quote, or a measured fact).
    public var hasSensoryAnchor: Bool

    /// No findings: the text reads as objective.
    public var isObjective: Bool { findings.isEmpty }
}
