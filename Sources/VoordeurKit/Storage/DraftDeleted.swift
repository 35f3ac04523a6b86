import Foundation

/// A save refused because the draft was deleted while it was open (by `wis`, a handover or retention, in this
/// program or another): deletion wins, and the window offers to keep the text as a new draft (issue 23, item 2).
public struct DraftDeleted: Error, Equatable, Sendable, CustomStringConvertible {
    public var id: String

    public init(id: String) { self.id = id }

    public var description: String {
        "dit concept is elders gewist (voordeur wis, een overdracht of de bewaartermijn) en wordt niet teruggezet"
    }
}
