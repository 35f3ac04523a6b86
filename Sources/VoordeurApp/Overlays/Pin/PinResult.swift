import Foundation

/// The answer to a `PinWork`.
public enum PinResult: Equatable, Sendable {
    case unlocked(UnlockedStart)
    case accepted
    case rejected
    case changed
    case wiped(Int)
    case failed(String)
}
