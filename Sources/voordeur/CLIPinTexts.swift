import Foundation
import VoordeurKit

/// The Dutch texts of the PIN on the command line, together for the string tables (nl/en).
enum CLIPinTexts {
    static let noTerminal = "de concepten zijn versleuteld met een pincode, maar er is geen terminal om die te vragen; "
        + "geef de pincode op standaardinvoer met --pincode-stdin"
    static let ask = "Pincode: "
    static let askCurrent = "Huidige pincode: "
    static let askNew = "Nieuwe pincode (minstens \(PinRule.minimumDigits) cijfers): "
    static let askAgain = "Nieuwe pincode nog een keer: "
    static let missingLine = "geen pincode op standaardinvoer (--pincode-stdin verwacht één regel)"
    static let wrongPin = "pincode onjuist"
    static let encryptionOff = "versleuteling staat uit in de instellingen (versleuteling = uit); er is geen pincode om te wijzigen"
    static let stdinHelp = "Lees de pincode als één regel van standaardinvoer (voor scripts); 'pincode' leest zo drie regels."
    static func changed() -> String { "Pincode gewijzigd. De concepten zelf zijn niet opnieuw geschreven." }
    static func chosen(sealed: Int) -> String {
        "Pincode ingesteld." + (sealed > 0 ? " " + CryptoTexts.sealedFiles(sealed) : "")
    }
    static func waiting(_ seconds: Int) -> String { CryptoTexts.wait(seconds: seconds) }
}
