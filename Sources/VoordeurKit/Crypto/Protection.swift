import Foundation

/// How a data folder is protected, as its key file (`DataLayout.keyFile`) says.
public enum Protection: Equatable, Sendable {
    /// No key file: nothing chosen yet (a first start, or `versleuteling = uit` so far).
    case notChosen
    /// The worker chose "zonder pincode" after confirming that the disk is encrypted.
    case withoutPin
    /// A PIN protects the data key.
    case pin(KeyFile)
    /// The key file is there but cannot be read: nothing is opened, nothing is overwritten.
    case damaged

    /// Whether the PIN must be asked before any draft is read.
    public var needsPin: Bool { if case .pin = self { return true } else { return false } }
}
