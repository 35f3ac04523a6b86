import Foundation

/// Wrong PINs in a row, the time of the last one, and how long the next try waits: 1, 2, 4 … seconds, at most a
/// minute. Argon2id already costs every try about 0.3 s; the wait makes guessing at the screen slow, and after ten
/// wrong PINs the program offers to wipe the drafts (they are short-lived by design). The count is kept in the data
/// folder next to the key file (`DataLayout.pinAttemptsFile`, written by `Vault`), so that quitting and starting
/// again neither resets the wait nor the offer; a right PIN removes it. It holds two numbers and nothing of a draft,
/// and it is plain: it must be read before the data key is known.
public struct PinAttempts: Equatable, Sendable {
    public private(set) var failures = 0
    /// When the last wrong PIN was tried.
    public private(set) var lastFailure: Date?
    public static let wipeOfferAfter = 10

    public init() {}

    public mutating func failed(at now: Date = Date()) {
        failures += 1
        lastFailure = now
    }

    public mutating func succeeded() {
        failures = 0
        lastFailure = nil
    }

    /// Seconds to wait before the next try.
    public var delay: Int { failures == 0 ? 0 : min(60, 1 << min(failures - 1, 6)) }

    /// No try before this time (nil when there is no wait).
    public var waitUntil: Date? { lastFailure.map { $0.addingTimeInterval(TimeInterval(delay)) } }

    /// Whole seconds still to wait at `now` (0 when none; a last failure in the future counts as now).
    public func remainingWait(at now: Date) -> Int {
        guard let lastFailure else { return 0 }
        let since = max(0, now.timeIntervalSince(lastFailure))
        return max(0, Int((TimeInterval(delay) - since).rounded(.up)))
    }

    /// Whether to offer wiping every draft.
    public var offerWipe: Bool { failures >= Self.wipeOfferAfter }

    /// The file's bytes: "failures milliseconds-since-1970\n".
    public var data: Data {
        Data("\(failures) \(Int64(((lastFailure ?? Date(timeIntervalSince1970: 0)).timeIntervalSince1970 * 1000).rounded()))\n".utf8)
    }

    /// Reads the file's bytes; nil when they are not two numbers.
    public init?(_ data: Data) {
        let parts = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, let failures = Int(parts[0]), failures >= 0, let milliseconds = Int64(parts[1]) else { return nil }
        self.failures = failures
        lastFailure = failures > 0 ? Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000) : nil
    }
}
