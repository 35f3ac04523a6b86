import Foundation

/// The texts of encryption at rest and of the corporation's system configuration, from the string tables
/// (`crypto.*` and `systemconfig.*` in Assets/teksten.nl and teksten.en).
public enum CryptoTexts {
    // MARK: System configuration

    static func ignoredOverrides(_ keys: [String], system: String) -> String {
        trCount("systemconfig.ignored", keys.count, ["sleutels": keys.joined(separator: ", "), "bestand": system])
    }

    // MARK: Encryption at rest

    static var sodiumUnavailable: String { tr("crypto.sodium.unavailable") }
    static var noSecureMemory: String { tr("crypto.sodium.nosecurememory") }
    static var outOfMemoryForPin: String { tr("crypto.pin.outofmemory") }
    public static var keyFileDamaged: String { tr("crypto.keyfile.damaged") }
    public static var lockedDraft: String { tr("crypto.draft.locked") }
    public static var undecryptable: String { tr("crypto.draft.undecryptable") }
    public static var wrongPin: String { tr("crypto.pin.wrong") }
    public static var pinTooShort: String { tr("crypto.pin.tooshort", ["cijfers": PinRule.minimumDigits]) }
    public static var pinTooLong: String { tr("crypto.pin.toolong", ["cijfers": PinRule.maximumDigits]) }
    public static var pinDigitsOnly: String { tr("crypto.pin.digitsonly") }
    public static var pinsDiffer: String { tr("crypto.pin.differ") }
    public static var pinAlreadySet: String { tr("crypto.pin.alreadyset") }
    public static var noPinSet: String { tr("crypto.pin.notset") }
    public static var encryptionRequired: String { tr("crypto.encryption.required") }

    public static func wait(seconds: Int) -> String { trCount("crypto.pin.wait", seconds) }

    public static func sealedFiles(_ count: Int) -> String { trCount("crypto.sealed", count) }

    public static func sealingFailed(_ reason: String) -> String { tr("crypto.sealing.failed", ["reden": reason]) }

    static var rescueSealed: String { tr("crypto.rescue.sealed") }
    static var rescuePlain: String { tr("crypto.rescue.plain") }

    public static func lockedDrafts(_ count: Int) -> String { trCount("crypto.lockeddrafts", count) }
}
