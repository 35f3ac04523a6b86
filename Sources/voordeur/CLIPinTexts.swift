import Foundation
import VoordeurKit

/// The texts of the PIN on the command line, from the string tables (`cli.pin.*`).
enum CLIPinTexts {
    static var noTerminal: String { tr("cli.pin.noterminal") }
    static var ask: String { tr("cli.pin.ask") + " " }
    static var askCurrent: String { tr("cli.pin.ask.current") + " " }
    static var askNew: String { tr("cli.pin.ask.new", ["cijfers": PinRule.minimumDigits]) + " " }
    static var askAgain: String { tr("cli.pin.ask.again") + " " }
    static var missingLine: String { tr("cli.pin.missingline") }
    static var wrongPin: String { tr("cli.pin.wrong") }
    static var encryptionOff: String { tr("cli.pin.encryptionoff") }
    static var stdinHelp: String { tr("cli.option.pincodestdin") }
    static func changed() -> String { tr("cli.pin.changed") }
    static func chosen(sealed: Int) -> String {
        tr("cli.pin.chosen") + (sealed > 0 ? " " + CryptoTexts.sealedFiles(sealed) : "")
    }
    static func waiting(_ seconds: Int) -> String { CryptoTexts.wait(seconds: seconds) }
}
