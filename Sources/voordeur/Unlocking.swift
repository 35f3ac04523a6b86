import Foundation
import VoordeurKit

/// Commands that read drafts unlock the data key first: with the PIN from the terminal (three tries, each wrong one
/// waiting longer), or from one line of standard input with `--pincode-stdin` (one try). The wrong PINs are counted
/// in the data folder (`Vault`), so the wait grows across runs too, as on the PIN screen. After unlocking, any plain
/// file left in the data folder (written while encryption was off) is sealed.
enum Unlocking {
    static func unlock(_ store: DraftStore, config: Config, pinFromStandardInput: Bool) throws -> DraftStore {
        guard config.encryption != .uit else { return store }
        switch Vault.protection(of: store) {
        case .notChosen, .withoutPin: return store
        case .damaged: throw CLIFailure(message: CryptoTexts.keyFileDamaged)
        case .pin:
            let tries = pinFromStandardInput ? 1 : 3
            for _ in 0..<tries {
                // The wait after the last wrong PIN holds across runs (the count is kept in the data folder).
                let wait = Vault.attempts(store: store).remainingWait(at: Date())
                if wait > 0 {
                    if !pinFromStandardInput { printError(CLIPinTexts.waiting(wait)) }
                    sleep(UInt32(wait))
                }
                let pin: String
                if pinFromStandardInput {
                    guard let line = PinPrompt.lineFromStandardInput() else { throw CLIFailure(message: CLIPinTexts.missingLine) }
                    pin = line
                } else {
                    pin = try PinPrompt.askOnTerminal(CLIPinTexts.ask)
                }
                let key: SecretKey?
                do { key = try Vault.unlock(pin: pin, store: store) } catch let error as StorageError { throw CLIFailure(message: error.message) }
                if let key {
                    let unlocked = store.unlocked(with: key)
                    _ = try? unlocked.sealPlainFiles()
                    return unlocked
                }
            }
            throw CLIFailure(message: CLIPinTexts.wrongPin)
        }
    }
}
