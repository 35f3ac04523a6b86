import ArgumentParser
import Foundation
import VoordeurKit

/// `voordeur pincode`: sets the first PIN, or changes it. A change rewraps the data key only (one small file); the
/// drafts stay as they are. With `--pincode-stdin` it reads the current PIN (when one is set) and the new PIN
/// twice, one line each.
struct PincodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pincode", abstract: tr("cli.pincode.abstract"))
    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        guard context.config.encryption != .uit else { throw CLIFailure(message: CLIPinTexts.encryptionOff) }
        let store = context.store
        func ask(_ prompt: String) throws -> String {
            if common.pincodeStdin {
                guard let line = PinPrompt.lineFromStandardInput() else { throw CLIFailure(message: CLIPinTexts.missingLine) }
                return line
            }
            return try PinPrompt.askOnTerminal(prompt)
        }
        do {
            switch Vault.protection(of: store) {
            case .damaged:
                throw CLIFailure(message: CryptoTexts.keyFileDamaged)
            case .pin:
                let current = try ask(CLIPinTexts.askCurrent)
                let new = try askNewTwice(ask)
                guard try Vault.changePin(from: current, to: new, store: store) else {
                    sleep(1)
                    throw CLIFailure(message: CLIPinTexts.wrongPin)
                }
                printLine(CLIPinTexts.changed())
            case .notChosen, .withoutPin:
                let new = try askNewTwice(ask)
                let key = try Vault.choosePin(new, store: store)
                let sealed = try store.unlocked(with: key).sealPlainFiles()
                printLine(CLIPinTexts.chosen(sealed: sealed))
            }
        } catch let error as StorageError {
            throw CLIFailure(message: error.message)
        }
    }

    private func askNewTwice(_ ask: (String) throws -> String) throws -> String {
        let new = try ask(CLIPinTexts.askNew)
        if let problem = PinRule.problem(new) { throw CLIFailure(message: problem) }
        guard try ask(CLIPinTexts.askAgain) == new else { throw CLIFailure(message: CryptoTexts.pinsDiffer) }
        return new
    }
}
