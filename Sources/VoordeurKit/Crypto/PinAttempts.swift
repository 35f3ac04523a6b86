import Foundation

/// Wrong PINs in a row, and how long the next try waits: 1, 2, 4 … seconds, at most a minute. Argon2id already
/// costs every try about 0.3 s; the wait makes guessing at the screen slow, and after ten wrong PINs the program
/// offers to wipe the drafts (they are short-lived by design). The count lives in memory only: writing it to the
/// data folder would make a wrong PIN change a file, and someone holding the disk tries PINs offline anyway.
public struct PinAttempts: Equatable, Sendable {
    public private(set) var failures = 0
    public static let wipeOfferAfter = 10

    public init() {}

    public mutating func failed() { failures += 1 }
    public mutating func succeeded() { failures = 0 }

    /// Seconds to wait before the next try.
    public var delay: Int { failures == 0 ? 0 : min(60, 1 << min(failures - 1, 6)) }

    /// Whether to offer wiping every draft.
    public var offerWipe: Bool { failures >= Self.wipeOfferAfter }
}
