import Foundation
import VoordeurKit

/// What the program shows once the PIN has unlocked the drafts (or the worker chose "zonder pincode"): the draft
/// to open and the start-up notices, as the launcher would have had them without a PIN.
public struct UnlockedStart: Equatable, Sendable {
    public var visit: Visit
    public var onDisk: Bool
    public var notices: [String]
    /// Whether a PIN protects the drafts (then the idle lock asks for it).
    public var protected: Bool

    public init(visit: Visit, onDisk: Bool, notices: [String], protected: Bool) {
        self.visit = visit
        self.onDisk = onDisk
        self.notices = notices
        self.protected = protected
    }
}
