import Foundation

/// `versleuteling` in the configuration.
public enum EncryptionSetting: String, Equatable, Sendable {
    /// The worker chooses at first start: a PIN, or "zonder pincode" after confirming that the disk is encrypted.
    case aan
    /// A PIN is required: "zonder pincode" is not offered.
    case verplicht
    /// No PIN and no sealing, as before encryption existed (tests, or a corporation that encrypts otherwise).
    case uit
}
