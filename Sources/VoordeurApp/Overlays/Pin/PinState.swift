import Foundation
import VoordeurKit

/// The PIN screen: unlocking at start, choosing the first PIN, the idle lock and changing the PIN. It owns what is
/// typed (shown as dots), the step it is at, and the wait after a wrong PIN.
public struct PinState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// At start, before any draft is read.
        case unlock
        /// First start (or `versleuteling = verplicht` without a PIN): choose one.
        case choose
        /// After `vergrendel-na` minutes without a key: the draft is open underneath.
        case relock
        /// From the settings screen.
        case change
    }

    public enum Step: Equatable, Sendable {
        case current, first, again, confirmWithoutPin, wipeOffer
    }

    public var mode: Mode
    public var step: Step
    /// What is typed in the current step (only digits).
    public var entered = ""
    /// The new PIN of the first step, while it is typed again.
    var firstChoice = ""
    /// The current PIN (change mode), while the new one is typed.
    var currentPin = ""
    /// Whether "zonder pincode" is offered (`versleuteling = aan`).
    public var allowWithoutPin: Bool
    /// A line about the last step (a mismatch, a wrong PIN).
    public var message: String?
    /// Argon2id is running off the UI loop.
    public var busy = false
    /// No try before this time (after a wrong PIN).
    public var waitUntil: Date?
    public var attempts = PinAttempts()

    public init(mode: Mode, allowWithoutPin: Bool = false) {
        self.mode = mode
        self.allowWithoutPin = allowWithoutPin
        step = mode == .choose ? .first : .current
    }
}
