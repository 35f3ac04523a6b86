import Foundation

/// Every Dutch text of encryption at rest and of the corporation's system configuration, in one place for the string
/// tables (nl/en) being introduced.
public enum CryptoTexts {
    // MARK: System configuration

    static func ignoredOverrides(_ keys: [String], system: String) -> String {
        let one = keys.count == 1
        return "De corporatie heeft \(one ? "deze instelling" : "deze instellingen") vastgezet in \(system): "
            + "\(keys.joined(separator: ", ")). Jouw waarde\(one ? "" : "n") daarvoor in je eigen instellingenbestand "
            + "\(one ? "wordt" : "worden") niet gebruikt."
    }

    // MARK: Encryption at rest

    static let sodiumUnavailable = "de versleutelbibliotheek (libsodium) kon niet starten"
    static let noSecureMemory = "geen beschermd geheugen voor de sleutel (libsodium)"
    static let outOfMemoryForPin = "te weinig geheugen om de pincode te controleren"
    public static let keyFileDamaged = "het sleutelbestand 'sleutel' in de gegevensmap is beschadigd of van een nieuwere versie; "
        + "zonder dat bestand zijn de concepten niet te lezen. Zet het niet weg en vraag de beheerder om hulp"
    public static let lockedDraft = "versleuteld; de pincode is nodig om het te lezen"
    public static let undecryptable = "kan niet worden ontsleuteld (beschadigd, of met een andere sleutel versleuteld)"
    public static let wrongPin = "Pincode onjuist."
    public static let pinTooShort = "Een pincode heeft minstens \(PinRule.minimumDigits) cijfers."
    public static let pinTooLong = "Een pincode heeft hoogstens \(PinRule.maximumDigits) cijfers."
    public static let pinDigitsOnly = "Een pincode bestaat alleen uit cijfers."
    public static let pinsDiffer = "De twee pincodes zijn niet gelijk. Kies opnieuw."
    public static let pinAlreadySet = "Er is al een pincode ingesteld; wijzig hem met 'voordeur pincode'."
    public static let noPinSet = "Er is nog geen pincode ingesteld."
    public static let encryptionRequired = "De corporatie vereist een pincode (versleuteling = verplicht)."

    public static func wait(seconds: Int) -> String {
        "Pincode onjuist. Wacht \(seconds) \(seconds == 1 ? "seconde" : "seconden") voor de volgende poging."
    }

    public static func sealedFiles(_ count: Int) -> String {
        "\(count) \(count == 1 ? "bestand" : "bestanden") in de gegevensmap versleuteld met de nieuwe sleutel."
    }

    public static func sealingFailed(_ reason: String) -> String {
        "Niet alle bestanden in de gegevensmap konden worden versleuteld (\(reason)); dat wordt bij de volgende start "
            + "opnieuw geprobeerd. Er is niets gewist."
    }

    static let rescueSealed = "zet die terug in de gegevensmap als 'bezoek-ID.json'; ze is versleuteld en opent met je pincode."
    static let rescuePlain = "zet die terug in de gegevensmap als 'bezoek-ID.json' of open haar met een teksteditor."

    public static func lockedDrafts(_ count: Int) -> String {
        "\(count) \(count == 1 ? "concept is" : "concepten zijn") versleuteld met een pincode, maar versleuteling staat uit "
            + "(versleuteling = uit); ze worden niet geopend en niet gewist."
    }
}
