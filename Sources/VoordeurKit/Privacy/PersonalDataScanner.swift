import Foundation

/// Personal data that probably does not belong in a note about signals.
public struct PersonalDataFinding: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case telefoonnummer, emailadres = "e-mailadres", adres = "postcode of adres", bsn = "BSN", naam
    }
    public var kind: Kind
    public var match: String
    /// Dutch advice: what to write instead.
    public var advice: String {
        switch kind {
        case .naam: return "Noem een rol in plaats van een naam: \"de huurder\", \"haar partner\", \"het oudste kind\"."
        case .adres: return "Verwijs naar de woning met het werkorder- of complexnummer, niet met het adres."
        case .bsn: return "Een BSN hoort niet in deze notitie."
        case .telefoonnummer, .emailadres: return "Contactgegevens van de huurder zijn niet nodig voor de overdracht."
        }
    }
}

/// Finds phone numbers, e-mail addresses, a postcode with house number or a street address, a BSN (eleven-test)
/// and a name after "mevrouw"/"meneer", so the worker can keep a note free of personal data.
public enum PersonalDataScanner {
    private static let phone = try! NSRegularExpression(
        pattern: #"(?<![\d])(?:\+31|0031|0)[\s\-]?(?:\(0\))?[1-9](?:[\s\-]?\d){8}(?![\d])"#)
    private static let email = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#)
    private static let postcode = try! NSRegularExpression(
        pattern: #"\b[1-9][0-9]{3}\s?[A-Za-z]{2}\b\s*,?\s*[0-9]{1,5}\b|\b[0-9]{1,5}\s*[a-zA-Z]?\s*,?\s*[1-9][0-9]{3}\s?[A-Z]{2}\b"#)
    private static let street = try! NSRegularExpression(
        pattern: #"\b[A-Z][a-zà-ÿ]+(?:straat|weg|laan|plein|gracht|kade|dijk|singel|hof|steeg|pad|dreef|park|markt)\s+[0-9]{1,5}\s?[a-zA-Z]?\b"#)
    private static let nineDigits = try! NSRegularExpression(pattern: #"(?<![\d])\d{3}[\s.]?\d{2}[\s.]?\d{2}[\s.]?\d{2}(?![\d])"#)
    private static let title = try! NSRegularExpression(
        pattern: #"\b(?:[Mm]evrouw|[Mm]eneer|[Mm]w\.|[Dd]hr\.|[Dd]e heer|[Mm]evr\.)\s+((?:van |de |der |den |van der |van den |ter |ten )?[A-Z][a-zà-ÿ'\-]+)"#)

    public static func scan(_ text: String) -> [PersonalDataFinding] {
        guard !text.isEmpty else { return [] }
        let ns = text as NSString
        let range = NSRange(location: 0, length: ns.length)
        var found: [PersonalDataFinding] = []
        func add(_ regex: NSRegularExpression, _ kind: PersonalDataFinding.Kind, group: Int = 0,
                 accept: (String) -> Bool = { _ in true }) {
            for match in regex.matches(in: text, range: range) {
                let r = match.range(at: group)
                guard r.location != NSNotFound else { continue }
                let value = ns.substring(with: r)
                if accept(value) && !found.contains(where: { $0.match == value }) {
                    found.append(PersonalDataFinding(kind: kind, match: value))
                }
            }
        }
        add(email, .emailadres)
        add(phone, .telefoonnummer)
        add(nineDigits, .bsn) { isValidBSN($0) }
        add(postcode, .adres)
        add(street, .adres)
        add(title, .naam, group: 1)
        return found
    }

    /// The eleven-test for a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11 (and not all zeros).
    public static func isValidBSN(_ text: String) -> Bool {
        let digits = text.compactMap { $0.wholeNumberValue }
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (index, digit) in digits.prefix(8).enumerated() { sum += (9 - index) * digit }
        sum -= digits[8]
        return sum % 11 == 0
    }
}
