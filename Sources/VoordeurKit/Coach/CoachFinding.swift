import Foundation

/// One remark of the coach about a stretch of text.
public struct CoachFinding: Equatable, Codable, Sendable {
    public var category: CoachCategory
    public var level: CoachLevel = .opmerking
    /// Offsets in Characters (grapheme clusters) from 0; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// The flagged text exactly as written.
    public var match: String
    /// Why this is not an observation, or for a tip what would make it stronger (Dutch).
    public var explanation: String
    /// A question with blanks that asks for what was seen, heard, smelled or felt (Dutch). Never invents details.
    public var question: String

    public init(category: CoachCategory, level: CoachLevel = .opmerking, start: Int, end: Int, match: String,
                explanation: String, question: String) {
        self.category = category
        self.level = level
        self.start = start
        self.end = end
        self.match = match
        self.explanation = explanation
        self.question = question
    }
}
