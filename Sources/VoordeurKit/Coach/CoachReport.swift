import Foundation

/// What the coach says about one text.
public struct CoachReport: Equatable, Sendable {
    public var text: String
    /// The opmerkingen: wording that is not an observation. Everything that counts remarks reads these.
    public var findings: [CoachFinding]
    /// Advice on wording that already is an observation; never counted as a remark.
    public var tips: [CoachFinding] = []
    /// Whether the text names what was seen, heard, smelled or felt: a perception verb, a quote, a position or
    /// state word ("lag", "stond"), or a number. Without one the program suggests starting from the senses.
    public var hasSensoryAnchor: Bool

    public init(text: String, findings: [CoachFinding], tips: [CoachFinding] = [], hasSensoryAnchor: Bool) {
        self.text = text
        self.findings = findings
        self.tips = tips
        self.hasSensoryAnchor = hasSensoryAnchor
    }

    /// No opmerkingen: the text reads as objective (tips may remain).
    public var isObjective: Bool { findings.isEmpty }
}
