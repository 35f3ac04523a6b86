import Foundation

/// What a PIN must be: digits only, at least six of them. Six digits give 10^6 values; with Argon2id at the standard
/// limits a search of all of them on a stolen disk costs days of one core, which protects against a finder or a
/// colleague, not a forensic lab (README). A longer PIN is allowed and stronger.
public enum PinRule {
    public static let minimumDigits = 6
    public static let maximumDigits = 64

    /// A Dutch reason why `pin` cannot be chosen, or nil when it can.
    public static func problem(_ pin: String) -> String? {
        if !pin.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return CryptoTexts.pinDigitsOnly }
        if pin.count < minimumDigits { return CryptoTexts.pinTooShort }
        if pin.count > maximumDigits { return CryptoTexts.pinTooLong }
        return nil
    }
}
