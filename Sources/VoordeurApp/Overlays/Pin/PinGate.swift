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
        case .pin: return .ask(PinState(mode: .unlock, allowWithoutPin: config.encryption == .aan))
        case .notChosen: return .ask(PinState(mode: .choose, allowWithoutPin: config.encryption == .aan))
        case .withoutPin:
            // "zonder pincode" chosen earlier, and the corporation now requires a PIN: choose one (drafts get sealed).
            return config.encryption == .verplicht ? .ask(PinState(mode: .choose, allowWithoutPin: false)) : .open
        }
    }
}
