import Foundation
import VoordeurKit

/// Every text of the PIN screen, together for the string tables (nl/en) being introduced.
enum PinTexts {
    static let title = "Voordeur op slot"
    static let titleChoose = "Pincode kiezen"
    static let titleChange = "Pincode wijzigen"
    static let askUnlock = "Typ je pincode en druk Enter."
    static let askRelock = "Het scherm ging op slot na een tijd zonder toetsen. Typ je pincode en druk Enter."
    static let askCurrent = "Typ je huidige pincode en druk Enter."
    static let askFirst = "Kies een pincode van minstens \(PinRule.minimumDigits) cijfers. Hij beschermt je concepten "
        + "als de laptop zoekraakt of door collega's wordt gebruikt."
    static let askRepeat = "Typ dezelfde pincode nog een keer."
    static let withoutPinOption = "z = zonder pincode (alleen als de schijf van deze laptop versleuteld is)"
    static let confirmWithoutPin = "Is de schijf van deze laptop versleuteld (bijvoorbeeld met BitLocker, FileVault of LUKS)? "
        + "Alleen dan zijn je concepten zonder pincode beschermd als de laptop zoekraakt."
    static let confirmWithoutPinKeys = "j = ja, de schijf is versleuteld   ·   n = nee, terug"
    static let busy = "Bezig met controleren…"
    static let busyChoosing = "Bezig met de sleutel maken…"
    static let forgotten = "Pincode vergeten? Dan zijn de concepten niet meer te openen; ze worden na de bewaartermijn gewist."
    static func wipeOffer(_ failures: Int) -> String {
        "\(failures) keer een onjuiste pincode. Alle concepten op deze laptop wissen en opnieuw beginnen met een nieuwe pincode?"
    }
    static let wipeKeys = "j = ja, alles wissen   ·   n = nee, opnieuw proberen"
    static func waiting(_ seconds: Int) -> String { "Onjuiste pincode. Wacht nog \(seconds) s." }
    static let hintsUnlock = "Enter bevestigt · q stopt · F2 verbergt"
    static let hintsChange = "Enter bevestigt · Esc annuleert"
    static let changed = "Pincode gewijzigd."
    static func wiped(_ count: Int) -> String { "\(Dutch.files(count)) gewist. Kies een nieuwe pincode." }
    static let settingsLabel = "Pincode"
    static let settingsNote = "Enter: pincode wijzigen"
    static let readOnlyHint = "Vastgezet door de corporatie; dit wijzig je hier niet."
    static let lockedLabelPrefix = "Vastgezet: "
}
