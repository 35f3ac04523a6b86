import Foundation

/// A draft that could not be read. It was moved aside (never deleted) or left alone when it came from a newer version.
public struct DraftProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String
    /// Where the file went; nil when it stayed in place.
    public var movedTo: String?
    /// Written by a newer version of voordeur: left alone, and deleted by file time after the retention period.
    public var newerSchema = false
    /// Sealed with a PIN while no key was given: left alone, never set aside or deleted.
    public var locked = false

    public init(file: String, reason: String, movedTo: String?, newerSchema: Bool = false, locked: Bool = false) {
        self.file = file
        self.reason = reason
        self.movedTo = movedTo
        self.newerSchema = newerSchema
        self.locked = locked
    }

    public var description: String {
        let file = TextSanitizer.singleLine(self.file)
        if movedTo != nil { return "Onleesbaar concept apart gezet in \(DataLayout.quarantineFolder)/: \(file) (\(reason))." }
        return "Concept \(file) is overgeslagen: \(reason)."
    }
}
