import Foundation
import VoordeurKit

/// Whether the screen opens on the drafts or on the PIN screen, from `versleuteling` and the data folder's key file.
public enum PinGate: Equatable {
    case open
    case ask(PinState)

    /// Throws (in the screen's language) when the key file is damaged: nothing is opened, and the file is never replaced.
    public static func decide(config: Config, store: DraftStore) throws -> PinGate {
        guard config.encryption != .uit else { return .open }
        switch Vault.protection(of: store) {
        case .damaged: throw StorageError(CryptoTexts.keyFileDamaged)
        case .pin: return .ask(unlocking(allowWithoutPin: config.encryption == .aan, attempts: Vault.attempts(store: store)))
        case .notChosen: return .ask(PinState(mode: .choose, allowWithoutPin: config.encryption == .aan))
        case .withoutPin:
            // "zonder pincode" chosen earlier, and the corporation now requires a PIN: choose one (drafts get sealed).
            return config.encryption == .verplicht ? .ask(PinState(mode: .choose, allowWithoutPin: false)) : .open
        }
    }

    /// The PIN screen at start, where the wrong PINs of earlier runs left it: the wait after the last one still
    /// runs, and after ten the wipe offer comes first.
    static func unlocking(allowWithoutPin: Bool, attempts: PinAttempts, now: Date = Date()) -> PinState {
        var pin = PinState(mode: .unlock, allowWithoutPin: allowWithoutPin)
        pin.attempts = attempts
        if let until = attempts.waitUntil, until > now { pin.waitUntil = until }
        if attempts.offerWipe { pin.step = .wipeOffer }
        return pin
    }
}
