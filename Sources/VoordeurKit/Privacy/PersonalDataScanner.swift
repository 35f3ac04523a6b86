import Foundation

/// Personal data that probably does not belong in a note about signals, with its exact place in the text.
public struct PersonalDataFinding: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case telefoonnummer, emailadres = "e-mailadres", postcode, adres, bsn = "BSN", iban = "IBAN", geboortedatum,
             kenteken, naam
        // Special categories of personal data (AVG articles 9 and 10): the law asks the most care for these.
        case afkomst, religie, gezondheid, verslaving, seksualiteit, politiek, vakbond, strafrecht

        /// What replaces it in a redacted note: `[telefoonnummer]`.
        public var placeholder: String { "[\(rawValue)]" }

        /// Whether it is a special category (AVG articles 9 and 10) rather than ordinary personal data.
        public var isSpecial: Bool {
            switch self {
            case .afkomst, .religie, .gezondheid, .verslaving, .seksualiteit, .politiek, .vakbond, .strafrecht: return true
            default: return false
            }
        }

        /// The string table's key for this kind (the raw value is what JSON and redaction use).
        var key: String { rawValue.lowercased() }

        /// For the worker: what kind of data it is ("burgerservicenummer"), in the screen's language.
        public var label: String { label(Strings.shared) }
        public func label(_ strings: Strings) -> String { strings["privacy.kind.\(key)"] }

        /// The short name the editor's warning uses ("BSN").
        public var shortLabel: String { tr("privacy.short.\(key)") }
    }
    public var kind: Kind
    public var match: String
    /// Character offsets in the scanned text: `start` inclusive, `end` exclusive.
    public var start: Int
    public var end: Int

    public init(kind: Kind, match: String, start: Int, end: Int) {
        self.kind = kind
        self.match = match
        self.start = start
        self.end = end
    }

    /// Advice: what to write instead, in the screen's language.
    public var advice: String { advice(Strings.shared) }

    public func advice(_ strings: Strings) -> String {
        switch kind {
        case .naam: return strings["privacy.advice.naam"]
        case .adres, .postcode: return strings["privacy.advice.adres"]
        case .bsn: return strings["privacy.advice.bsn"]
        case .iban: return strings["privacy.advice.iban"]
        case .geboortedatum: return strings["privacy.advice.geboortedatum"]
        case .kenteken: return strings["privacy.advice.kenteken"]
        case .telefoonnummer, .emailadres: return strings["privacy.advice.contact"]
        case .afkomst, .religie, .gezondheid, .verslaving, .seksualiteit, .politiek, .vakbond, .strafrecht:
            return strings["privacy.advice.special", ["soort": kind.label(strings)]]
        }
    }
}

/// Finds personal data in a text: phone numbers, e-mail addresses, postcodes (with house number), street addresses,
/// BSNs (eleven-test), IBANs (mod-97), dates of birth, licence plates, names after a title and first names before a
/// speech verb or after "volgens". Hand-written scanners over the text's Characters (no regular expressions: this
/// runs on every keystroke); the word lists are data in `Assets/persoonsgegevens.woorden`. It stays quiet on visit
/// dates and times, measurements, counts, helplines (112, 0800-…, 0900-…) and work-order or complex numbers.
public enum PersonalDataScanner {
    /// The year dates of birth are judged against (a date of birth is not in the future).
    public static let referenceYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    /// The Dutch dictionary, used once it is loaded (never waited for here: this runs on every keystroke) to tell a
    /// name from a Dutch word: "mw bood" is a verb, "mw koolhoven" a name, "ruud" a first name. Commands that print
    /// or export findings wait for it first (`Speller.waitUntilLoaded`), so their answer does not depend on timing.
    nonisolated(unsafe) public static var speller: Speller? = .shared

    /// Loads the dictionary and waits for it (a command's or an export's answer must not depend on timing).
    public static func waitForDictionary() { speller?.waitUntilLoaded() }

    public static func scan(_ text: String) -> [PersonalDataFinding] {
        guard !text.isEmpty else { return [] }
        var scanner = Scan(text, lexicon: .shared, year: referenceYear, speller: speller.flatMap { $0.isReady ? $0 : nil })
        return scanner.run()
    }

    /// Like `scan`, but a number that is the visit's own work-order or complex number (its reference field, compared
    /// by digits) is never reported, even when it passes the eleven-test or looks like a phone number.
    public static func scan(_ text: String, visitReference: String) -> [PersonalDataFinding] {
        let reference = visitReference.filter(\.isNumber)
        let findings = scan(text)
        guard reference.count >= 4 else { return findings }
        return findings.filter { finding in
            let digits = finding.match.filter(\.isNumber)
            return digits.isEmpty || !(digits == reference || (finding.kind != .adres && finding.kind != .postcode && reference.contains(digits)))
        }
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

    /// ISO 13616 check: move the first four characters to the end, letters become 10…35, the number mod 97 is 1.
    public static func isValidIBAN(_ text: String) -> Bool {
        let chars = text.uppercased().unicodeScalars.filter { $0 != " " }
        guard (15...34).contains(chars.count) else { return false }
        let rearranged = Array(chars.dropFirst(4)) + Array(chars.prefix(4))
        var remainder = 0
        for c in rearranged {
            let v = c.value
            if (48...57).contains(v) { remainder = (remainder * 10 + Int(v - 48)) % 97 }
            else if (65...90).contains(v) { remainder = (remainder * 100 + Int(v - 55)) % 97 }
            else { return false }
        }
        return remainder == 1
    }
}

/// One scan of one text.
private struct Scan {
    struct Token {
        var start: Int
        var end: Int
        var lower: String
        var capitalized: Bool
        var digits: Bool
        /// A '.' directly after the token (mw., dhr., geb.).
        var dot: Bool
    }

    let chars: [Character]
    /// First scalar of each Character, ASCII letters lowercased.
    let code: [UInt32]
    let lexicon: PrivacyLexicon
    let year: Int
    let speller: Speller?
    var tokens: [Token] = []
    /// For each Character offset, the index of the token that covers or follows it.
    var tokenAt: [Int] = []
    var found: [PersonalDataFinding] = []

    init(_ text: String, lexicon: PrivacyLexicon, year: Int, speller: Speller?) {
        var chars: [Character] = []
        var code: [UInt32] = []
        chars.reserveCapacity(text.utf8.count)
        code.reserveCapacity(text.utf8.count)
        for ch in text {
            chars.append(ch)
            let v = ch.unicodeScalars.first!.value
            code.append(v >= 65 && v <= 90 ? v + 32 : v)
        }
        self.chars = chars
        self.code = code
        self.lexicon = lexicon
        self.year = year
        self.speller = speller
        tokenize()
    }

    var count: Int { chars.count }
    func at(_ i: Int) -> UInt32 { i >= 0 && i < count ? code[i] : 0 }
    func isDigit(_ i: Int) -> Bool { let c = at(i); return c >= 48 && c <= 57 }
    func isLetter(_ i: Int) -> Bool {
        let c = at(i)
        if c >= 97 && c <= 122 { return true }
        return c > 127 && chars[i].isLetter
    }
    func isAlnum(_ i: Int) -> Bool { isDigit(i) || isLetter(i) }
    func isUpper(_ i: Int) -> Bool { i >= 0 && i < count && chars[i].isUppercase }
    func digit(_ i: Int) -> Int { Int(at(i)) - 48 }
    func text(_ start: Int, _ end: Int) -> String { String(chars[start..<end]) }
    func lower(_ start: Int, _ end: Int) -> String { text(start, end).lowercased() }

    mutating func tokenize() {
        var i = 0
        tokenAt = [Int](repeating: 0, count: count + 1)
        while i < count {
            let apostrophe = (at(i) == 39 || at(i) == 0x2019) && (at(i + 1) == 116 || at(i + 1) == 115) && !isAlnum(i + 2)
            guard isAlnum(i) || apostrophe else { tokenAt[i] = tokens.count; i += 1; continue }
            let start = i
            i += apostrophe ? 2 : 1
            while i < count {
                if isAlnum(i) { i += 1; continue }
                // A hyphen joins letters: kastanje-erf, oost-indie.
                if at(i) == 45, isLetter(i - 1), isLetter(i + 1) { i += 1; continue }
                break
            }
            // ASCII words (nearly all) are lowercased from the codes, without Unicode case mapping.
            let ascii = code[start..<i].allSatisfy { $0 < 128 }
            let lower = ascii ? String(decoding: code[start..<i].map { UInt8($0) }, as: UTF8.self) : self.lower(start, i)
            tokens.append(Token(start: start, end: i, lower: lower, capitalized: isUpper(start),
                                digits: lower.allSatisfy { $0.isASCII && $0.isNumber }, dot: at(i) == 46))
            for k in start..<i { tokenAt[k] = tokens.count - 1 }
        }
        tokenAt[count] = tokens.count
    }

    /// Whether only spaces (and at most one comma) stand between two offsets.
    func onlySpaces(_ from: Int, _ to: Int, allowComma: Bool = false, allowDot: Bool = false) -> Bool {
        guard from <= to else { return false }
        var commas = 0
        for k in from..<to {
            let c = at(k)
            if c == 32 { continue }
            if allowComma && c == 44 && commas == 0 { commas += 1; continue }
            if allowDot && c == 46 && k == from { continue }
            return false
        }
        return true
    }

    /// The lowercased tokens just before offset `i`, nearest first.
    func wordsBefore(_ i: Int, _ n: Int) -> [String] {
        var index = tokenAt[min(i, count)] - 1
        if index >= 0, tokens[index].end > i { index -= 1 }
        var out: [String] = []
        while index >= 0 && out.count < n { out.append(tokens[index].lower); index -= 1 }
        return out
    }

    mutating func add(_ kind: PersonalDataFinding.Kind, _ start: Int, _ end: Int) {
        guard start < end else { return }
        found.append(PersonalDataFinding(kind: kind, match: text(start, end), start: start, end: end))
    }

    mutating func run() -> [PersonalDataFinding] {
        emails()
        spokenEmails()
        ibans()
        phones()
        bsns()
        dates()
        // A postcode without space (2525HK) has the shape of a licence plate without dashes: the postcode wins.
        postcodes()
        plates()
        streets()
        names()
        rolesAndAppositions()
        cuedNames()
        found = found.filter { $0.kind != .naam || !isCompany($0) }
        found += SpecialCategoryScanner.scan(chars, words: tokens.map { $0.start..<$0.end },
                                             nameEnds: Set(found.filter { $0.kind == .naam }.map(\.end)))
        // Earlier kinds win where findings overlap, except that a special category wins over a name it covers: a
        // people's noun after a role noun is no surname ("haar partner somaliër"). The result is in text order.
        var kept: [PersonalDataFinding] = []
        for f in found {
            let overlapping = kept.indices.filter { kept[$0].start < f.end && f.start < kept[$0].end }
            if overlapping.isEmpty { kept.append(f); continue }
            if f.kind.isSpecial, overlapping.allSatisfy({ kept[$0].kind == .naam && f.start <= kept[$0].start && kept[$0].end <= f.end }) {
                for index in overlapping.reversed() { kept.remove(at: index) }
                kept.append(f)
            }
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// A name that is a company's: one in the list of companies named after a person ("Albert Heijn"), or one followed
    /// by a legal form ("Jan Bakker BV", "Smit en Zonen", "de Vries & Zn").
    func isCompany(_ finding: PersonalDataFinding) -> Bool {
        if lexicon.companies.contains(finding.match.lowercased()) { return true }
        // The rest of the company's name may follow the name found: "door Kees [de Boer] BV".
        var end = finding.end
        var next = tokenAt[min(end, count)]
        while next < tokens.count, next - tokenAt[min(finding.end, count)] < 3, !legalForm(next), onlySpaces(end, tokens[next].start),
              tokens[next].capitalized || lexicon.particles.contains(tokens[next].lower) {
            end = tokens[next].end
            next += 1
        }
        guard next < tokens.count, (end..<tokens[next].start).allSatisfy({ [32, 38].contains(at($0)) }) else { return false }
        return legalForm(next) || (tokens[next].lower == "en" && next + 1 < tokens.count && legalForm(next + 1))
    }

    /// A legal form at token `t`: "bv", "zonen", also dotted ("B.V.").
    func legalForm(_ t: Int) -> Bool {
        let start = tokens[t].start
        let dotted = lower(start, min(count, start + 6))
        return lexicon.legalForms.contains(tokens[t].lower) || lexicon.legalForms.contains { $0.contains(".") && dotted.hasPrefix($0) }
    }

    // MARK: e-mail

    func isLocalChar(_ i: Int) -> Bool { isAlnum(i) || [46, 95, 37, 43, 45].contains(at(i)) }
    func isDomainChar(_ i: Int) -> Bool { isAlnum(i) || at(i) == 46 || at(i) == 45 }

    mutating func emails() {
        var i = 0
        while i < count {
            var atEnd = -1
            if at(i) == 64 { atEnd = i + 1 }
            else if (at(i) == 91 || at(i) == 40), at(i + 1) == 97, at(i + 2) == 116, at(i + 3) == (at(i) == 91 ? 93 : 41) {
                atEnd = i + 4
            }
            guard atEnd > 0 else { i += 1; continue }
            var left = i - 1
            if at(left) == 32 { left -= 1 }
            var start = left + 1
            while start > 0 && isLocalChar(start - 1) { start -= 1 }
            while start <= left && !isAlnum(start) { start += 1 }
            var right = atEnd
            if at(right) == 32 { right += 1 }
            var end = right
            while end < count && isDomainChar(end) { end += 1 }
            while end > right && !isAlnum(end - 1) { end -= 1 }
            let domain = lower(right, end)
            let labels = domain.split(separator: ".")
            if start <= left, labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) {
                add(.emailadres, start, end)
                i = end
            } else {
                i = atEnd
            }
        }
    }

    static let spokenDots: Set<String> = ["punt", "dot"]
    static let topLevelDomains: Set<String> = ["nl", "com", "be", "net", "org", "eu", "info", "de", "fr", "uk", "tr", "ma"]

    /// An address read out: "anna punt devries at gmail punt com".
    mutating func spokenEmails() {
        var t = 1
        while t + 3 < tokens.count {
            guard tokens[t].lower == "at" || tokens[t].lower == "apenstaartje" else { t += 1; continue }
            var start = t - 1
            while start >= 2 && Self.spokenDots.contains(tokens[start - 1].lower) { start -= 2 }
            var end = t + 1
            var dots = 0
            while end + 2 < tokens.count && Self.spokenDots.contains(tokens[end + 1].lower) { end += 2; dots += 1 }
            if dots > 0, Self.topLevelDomains.contains(tokens[end].lower) {
                add(.emailadres, tokens[start].start, tokens[end].end)
                t = end + 1
            } else {
                t += 1
            }
        }
    }

    // MARK: IBAN

    mutating func ibans() {
        var i = 0
        while i + 4 < count {
            let spaced = at(i + 2) == 32
            let d = spaced ? i + 3 : i + 2
            guard !isAlnum(i - 1), isLetter(i), isLetter(i + 1), !isAlnum(i + 2) || isDigit(i + 2), isDigit(d), isDigit(d + 1),
                  at(i) < 128, at(i + 1) < 128 else {
                i += 1; continue
            }
            // Up to 34 letters and digits, single spaces between groups allowed.
            var ends: [Int] = []
            var value = ""
            var k = i
            while k < count && ends.count < 34 {
                if isAlnum(k) && at(k) < 128 { value.append(chars[k]); k += 1; ends.append(k); continue }
                if at(k) == 32 && isAlnum(k + 1) && k > i { k += 1; continue }
                break
            }
            var matched = false
            for length in stride(from: ends.count, through: 15, by: -1) {
                let end = ends[length - 1]
                guard !isAlnum(end) else { continue }
                if PersonalDataScanner.isValidIBAN(String(value.prefix(length))) {
                    add(.iban, i, end)
                    i = end
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
    }

    // MARK: phone

    /// Reads `needed` digits from `i`, allowing spaces, dashes, dots, slashes and brackets between them.
    func readDigits(from i: Int, needed: Int) -> Int? {
        var k = i
        var got = 0
        while got < needed {
            var gap = 0
            var hard = 0
            while k < count && !isDigit(k) {
                let c = at(k)
                guard c == 32 || c == 45 || c == 46 || c == 47 || c == 40 || c == 41 else { return nil }
                if c != 32 { hard += 1 }
                gap += 1
                k += 1
                if gap > 3 || hard > 2 { return nil }
            }
            guard k < count, isDigit(k) else { return nil }
            got += 1
            k += 1
        }
        return isDigit(k) ? nil : k
    }

    /// A foreign number after '+': 10 to 13 digits in groups.
    func foreignNumber(from i: Int) -> Int? {
        var k = i
        var digits = 0
        var end = i
        while k < count {
            if isDigit(k) { digits += 1; k += 1; end = k; continue }
            if [32, 45, 46].contains(at(k)) && isDigit(k + 1) && digits > 0 { k += 1; continue }
            break
        }
        return (10...13).contains(digits) && !isAlnum(end) ? end : nil
    }

    mutating func phones() {
        var i = 0
        while i < count {
            guard !isAlnum(i - 1), !(isDigit(i - 2) && [45, 46, 47].contains(at(i - 1))) else { i += 1; continue }
            // A date (the visit's "05-12-2026 07:48") is never the start of a phone number.
            if let d = date(at: i) { i = d.end; continue }
            var national = -1   // offset of the first digit after the country code or trunk 0
            var start = i
            if at(i) == 43, at(i + 1) == 51, at(i + 2) == 49 { national = i + 3 }                                 // +31
            else if at(i) == 48, at(i + 1) == 48, at(i + 2) == 51, at(i + 3) == 49 { national = i + 4 } // 0031
            else if at(i) == 40, at(i + 1) == 48, isDigit(i + 2), at(i + 2) != 48 { national = i + 2; start = i } // (070)
            else if at(i) == 48, isDigit(i + 1), at(i + 1) != 48 { national = i + 1 }                           // 06, 010
            if national < 0, at(i) == 43, isDigit(i + 1), let end = foreignNumber(from: i + 1) {
                add(.telefoonnummer, i, end)
                i = end
                continue
            }
            guard national > 0 else { i += 1; continue }
            var k = national
            if at(i) == 43 || (at(i) == 48 && at(i + 1) == 48) {
                // After +31 or 0031: an optional (0) or 0.
                while at(k) == 32 || at(k) == 45 { k += 1 }
                if at(k) == 40, at(k + 1) == 48, at(k + 2) == 41 { k += 3 } else if at(k) == 48 { k += 1 }
            }
            while k < count && !isDigit(k) && [32, 45, 46, 40, 41].contains(at(k)) && k - national < 4 { k += 1 }
            guard isDigit(k), at(k) != 48, let end = readDigits(from: k, needed: 9) else { i += 1; continue }
            // Helplines and service numbers: 0800, 0900, 0906, 0909, 14 0xx.
            var digits = ""
            for p in k..<end where isDigit(p) { digits.append(chars[p]) }
            if digits.hasPrefix("800") || digits.hasPrefix("900") || digits.hasPrefix("906") || digits.hasPrefix("909") {
                i = end; continue
            }
            add(.telefoonnummer, start, end)
            i = end
        }
    }

    // MARK: BSN

    static let bsnNames: Set<String> = ["bsn", "burgerservicenummer", "sofinummer", "sofi", "bsn-nummer", "sofi-nummer"]

    mutating func bsns() {
        var i = 0
        while i < count {
            guard isDigit(i), !isAlnum(i - 1), !(isDigit(i - 2) && at(i - 1) == 46) else { i += 1; continue }
            var k = i
            var digits = ""
            var group = 0
            var groups: [Int] = []
            while k < count && digits.count < 9 {
                if isDigit(k) { digits.append(chars[k]); group += 1; k += 1; continue }
                if (at(k) == 46 || at(k) == 32 || at(k) == 45) && isDigit(k + 1) && group > 0 {
                    groups.append(group); group = 0; k += 1; continue
                }
                break
            }
            groups.append(group)
            let end = k
            // Nine digits the worker calls a BSN are one, even when they fail the eleven-test (a typo is still a BSN).
            let before = wordsBefore(i, 4)
            let named = before.contains { Self.bsnNames.contains($0) }
            guard digits.count == 9, !isDigit(end), !(at(end) == 46 && isDigit(end + 1)), groups.allSatisfy({ $0 >= 2 }),
                  named || PersonalDataScanner.isValidBSN(digits) else {
                while i < count && isDigit(i) { i += 1 }
                continue
            }
            if named || !before.prefix(3).contains(where: { lexicon.referenceWords.contains($0) }) { add(.bsn, i, end) }
            i = end
        }
    }

    // MARK: licence plates

    /// Dutch side codes 1–14 as group shapes: L letters, D digits.
    static let sideCodes: [[(Bool, Int)]] = [
        [(true, 2), (false, 2), (false, 2)], [(false, 2), (false, 2), (true, 2)], [(false, 2), (true, 2), (false, 2)],
        [(true, 2), (false, 2), (true, 2)], [(true, 2), (true, 2), (false, 2)], [(false, 2), (true, 2), (true, 2)],
        [(false, 2), (true, 3), (false, 1)], [(false, 1), (true, 3), (false, 2)], [(true, 2), (false, 3), (true, 1)],
        [(true, 1), (false, 3), (true, 2)], [(true, 3), (false, 2), (true, 1)], [(true, 1), (false, 2), (true, 3)],
        [(false, 1), (true, 2), (false, 3)], [(false, 3), (true, 2), (false, 1)],
    ]

    mutating func plates() {
        var i = 0
        while i < count {
            guard isAlnum(i), !isAlnum(i - 1), at(i - 1) != 45 else { i += 1; continue }
            var k = i
            var hasDigit = false, hasLetter = false
            while k < count && ((isAlnum(k) && at(k) < 128) || (at(k) == 45 && isAlnum(k + 1))) {
                if isDigit(k) { hasDigit = true } else if at(k) != 45 { hasLetter = true }
                k += 1
            }
            let end = k
            if isAlnum(end) || (end < count && at(end) > 127 && isLetter(end)) { i = end + 1; continue }
            guard hasDigit, hasLetter, end - i >= 6, end - i <= 8 else { i = end; continue }
            let body = lower(i, end)
            let groups = body.split(separator: "-", omittingEmptySubsequences: false)
            var isPlate = false
            func shape(_ g: Substring) -> (Bool, Int)? {
                if g.allSatisfy({ $0.isLetter }) { return (true, g.count) }
                if g.allSatisfy({ $0.isNumber }) { return (false, g.count) }
                return nil
            }
            if groups.count == 3 {
                let shapes = groups.compactMap(shape)
                isPlate = shapes.count == 3 && Self.sideCodes.contains { code in zip(code, shapes).allSatisfy { $0 == $1 } }
            } else if groups.count == 1, body.count == 6, body.contains(where: \.isLetter), body.contains(where: \.isNumber),
                      !body.contains(where: { "aeiou".contains($0) }) {
                // Without dashes, side codes 1 and 2 (AB1234, 1234AB) look like product codes and postcodes: left out.
                let types = body.map { $0.isLetter }
                isPlate = Self.sideCodes.dropFirst(2).contains { code in code.flatMap { Array(repeating: $0.0, count: $0.1) } == types }
            }
            if isPlate { add(.kenteken, i, end) }
            i = end
        }
    }

    // MARK: dates of birth

    static let personWords: Set<String> = ["kleine", "jongste", "oudste", "middelste", "is", "was", "zijn", "kind", "kinderen"]
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"]
    static let monthAbbreviations = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    func number(_ i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        var k = i
        var value = 0
        while k < count && isDigit(k) && k - i < maxDigits + 1 { value = value * 10 + digit(k); k += 1 }
        guard k > i, k - i <= maxDigits, !isDigit(k) else { return nil }
        return (value, k)
    }

    /// A full date starting at `i`: 14-09-1986, 01/02/2011, 3.4.2019, 3 april 2019, 1986-09-14. Returns its end.
    func date(at i: Int) -> (year: Int, end: Int)? {
        guard isDigit(i), !isAlnum(i - 1) else { return nil }
        if let y = number(i, maxDigits: 4), y.end - i == 4, at(y.end) == 45,
           let m = number(y.end + 1, maxDigits: 2), at(m.end) == 45, let d = number(m.end + 1, maxDigits: 2),
           (1...12).contains(m.value), (1...31).contains(d.value) {
            return (y.value, d.end)
        }
        guard let d = number(i, maxDigits: 2), (1...31).contains(d.value) else { return nil }
        let sep = at(d.end)
        if sep == 45 || sep == 47 || sep == 46, let m = number(d.end + 1, maxDigits: 2), (1...12).contains(m.value),
           at(m.end) == sep, let y = number(m.end + 1, maxDigits: 4), y.end - m.end - 1 == 4 {
            return (y.value, y.end)
        }
        if sep == 32 {
            let t = tokenAt[d.end + 1]
            guard t < tokens.count, tokens[t].start == d.end + 1 else { return nil }
            let word = tokens[t].lower
            guard Self.months.contains(word) || Self.monthAbbreviations.contains(word) else { return nil }
            var k = tokens[t].end
            if at(k) == 46 { k += 1 }
            guard at(k) == 32, let y = number(k + 1, maxDigits: 4), y.end - k - 1 == 4 else { return nil }
            return (y.value, y.end)
        }
        return nil
    }

    mutating func dates() {
        var i = 0
        while i < count {
            guard let d = date(at: i) else { i += 1; continue }
            defer { i = d.end }
            guard d.year >= 1900, d.year <= year else { continue }
            let before = wordsBefore(i, 3)
            let afterIndex = tokenAt[min(d.end, count)]
            let cueAfter = (afterIndex..<min(afterIndex + 2, tokens.count)).contains { lexicon.birthCues.contains(tokens[$0].lower) }
            let cue = cueAfter || before.contains { lexicon.birthCues.contains($0) }
            // "de kleine van 14-7-2015", "man is van 22 november 1979"; not "brief van 12-3-2001".
            let person = before.count > 1 && (lexicon.relatives.contains(before[1]) || Self.personWords.contains(before[1]))
            let of = before.first == "van" && person && d.year <= year - 2
            let old = d.year <= year - 12 && before.first != "van" && !before.prefix(2).contains { lexicon.eventCues.contains($0) }
            if cue || of || old { add(.geboortedatum, i, d.end) }
        }
        // After a birth cue, also a short date: geb. 12-3-85, geboren op 3 april, geboren in 1992.
        for (index, token) in tokens.enumerated() where lexicon.birthCues.contains(token.lower) {
            var t = index + 1
            while t < tokens.count && t - index <= 2 && ["op", "in", "de", "d.d."].contains(tokens[t].lower) { t += 1 }
            guard t < tokens.count, tokens[t].digits, let end = looseDate(at: tokens[t].start) else { continue }
            if !found.contains(where: { $0.start == tokens[t].start }) { add(.geboortedatum, tokens[t].start, end) }
        }
    }

    /// 12-3-85, 3 april, 3 apr., 1992 (only used after a birth cue).
    func looseDate(at i: Int) -> Int? {
        if let full = date(at: i) { return full.end }
        guard let d = number(i, maxDigits: 4) else { return nil }
        if d.end - i == 4 { return (1900...year).contains(d.value) ? d.end : nil }
        guard (1...31).contains(d.value) else { return nil }
        let sep = at(d.end)
        if sep == 45 || sep == 47 || sep == 46, let m = number(d.end + 1, maxDigits: 2), (1...12).contains(m.value),
           at(m.end) == sep, let y = number(m.end + 1, maxDigits: 2), y.end - m.end - 1 == 2 {
            return y.end
        }
        if sep == 32 {
            let t = tokenAt[d.end + 1]
            guard t < tokens.count, tokens[t].start == d.end + 1,
                  Self.months.contains(tokens[t].lower) || Self.monthAbbreviations.contains(tokens[t].lower) else { return nil }
            return tokens[t].end
        }
        return nil
    }

    // MARK: postcodes

    /// A house number at `i` with an addition (12a, 12-II, 12 bis, 214-bis). Returns its end.
    func houseNumber(at i: Int) -> Int? {
        guard isDigit(i), at(i) != 48 || !isDigit(i + 1), !isAlnum(i - 1) || isLetter(i - 1) else { return nil }
        var k = i
        while k < count && isDigit(k) && k - i < 5 { k += 1 }
        guard !isDigit(k) else { return nil }
        // Glued letter: 12a (but not 12e floor numbers or units like 12m).
        if isLetter(k), !isLetter(k + 1) { k += 1 }
        else if at(k) == 45 || at(k) == 32 {
            // -II, -2, -bis, -a, " bis", " hs"
            var j = k + 1
            while j < count && isAlnum(j) && j - k <= 4 { j += 1 }
            let addition = lower(k + 1, j)
            if !isAlnum(j), ["i", "ii", "iii", "iv", "bis", "hs", "a", "b", "c", "d", "h", "rd", "zw"].contains(addition)
                || (at(k) == 45 && !addition.isEmpty && addition.allSatisfy(\.isNumber) && addition.count <= 3) {
                k = j
            }
        }
        // Not a measurement or a count.
        let next = tokenAt[min(k, count)]
        if next < tokens.count, onlySpaces(k, tokens[next].start), lexicon.units.contains(tokens[next].lower) { return nil }
        return k
    }

    mutating func postcodes() {
        var i = 0
        while i + 5 < count {
            guard isDigit(i), at(i) != 48, !isAlnum(i - 1), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) else {
                i += 1; continue
            }
            var k = i + 4
            if at(k) == 32 { k += 1 }
            guard isLetter(k), isLetter(k + 1), at(k) < 128, at(k + 1) < 128, !isLetter(k + 2) else { i += 4; continue }
            let letters = lower(k, k + 2)
            let upper = isUpper(k) && isUpper(k + 1)
            if upper ? lexicon.units.contains(letters) : lexicon.notPostcodeLetters.contains(letters) { i += 4; continue }
            var end = k + 2
            var j = end
            if at(j) == 44 { j += 1 }
            while at(j) == 32 && j - end < 3 { j += 1 }
            if let number = houseNumber(at: j) { end = number }
            add(.postcode, i, end)
            i = end
        }
    }

    // MARK: street + number

    func streetSuffix(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count > lexicon.shortestStreetSuffix, !lexicon.notStreets.contains(word) else { return false }
        // One set lookup per suffix length (suffixes are ASCII), not one comparison per suffix.
        for n in lexicon.streetSuffixLengths where bytes.count > n {
            let suffix = String(decoding: bytes.suffix(n), as: UTF8.self)
            guard lexicon.streetSuffixSet.contains(suffix) else { continue }
            // A noun of action in -ing is no ring road: "storing", "levering", "ervaring" have a vowel before "ring",
            // a ring road a word ("Buitenring", "Stadsring").
            if suffix == "ring", let before = bytes.dropLast(n).last, "aeiouy".utf8.contains(before) { continue }
            return true
        }
        return false
    }

    mutating func streets() {
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            var numberToken = -1
            let bareAfterName = token.capitalized && t > 0 && tokens[t - 1].capitalized && onlySpaces(tokens[t - 1].end, token.start)
                && lexicon.streetSuffixes.contains(token.lower)
            // An abbreviated street word may carry its dot: Dorpsstr. 4.
            let abbreviated = token.dot && lexicon.streetAbbreviations.contains { token.lower.hasSuffix($0) }
            let numberWord = t + 1 < tokens.count && ["nr", "nummer", "no", "huisnummer"].contains(tokens[t + 1].lower)
            if !token.digits, streetSuffix(token.lower) || bareAfterName, t + 1 < tokens.count,
               onlySpaces(token.end, tokens[t + 1].start, allowDot: abbreviated)
                || (numberWord && onlySpaces(token.end, tokens[t + 1].start, allowComma: true)) {
                numberToken = t + 1
                // Kerkstraat nr. 5
                if numberWord, t + 2 < tokens.count,
                   onlySpaces(tokens[t + 1].end, tokens[t + 2].start, allowDot: tokens[t + 1].dot) {
                    numberToken = t + 2
                }
            } else if lexicon.streetStarts.contains(token.lower), t + 2 < tokens.count,
                      Self.streetConnectors.contains(tokens[t + 1].lower) {
                // laan van Meerdervoort 12: up to four words, then the number.
                var k = t + 1
                while k < tokens.count && k - t <= 5 && !tokens[k].digits && onlySpaces(tokens[k - 1].end, tokens[k].start) { k += 1 }
                if k < tokens.count, k - t >= 3, tokens[k].digits || isDigit(tokens[k].start),
                   onlySpaces(tokens[k - 1].end, tokens[k].start) {
                    numberToken = k
                }
            }
            if numberToken > 0, let end = houseNumber(at: tokens[numberToken].start) {
                let start = bareAfterName ? tokens[t - 1].start : token.start
                add(.adres, start, end)
                t = tokenAt[min(end, count)]
                continue
            }
            // The number before the street: "nr 12 Vinkenlaan", "12 Kerkstraat"; in lowercase when the number has an
            // addition ("7b lindelaan", "12-II kastanjelaan") or a word of place or dwelling stands before it.
            if isDigit(token.start), t + 1 < tokens.count, let number = houseNumber(at: token.start), number <= tokens[t + 1].start,
               onlySpaces(number, tokens[t + 1].start), streetSuffix(tokens[t + 1].lower),
               tokens[t + 1].capitalized || number > tokens[t].end || houseLetter(token)
                || (t > 0 && (["nr", "nummer", "no"].contains(tokens[t - 1].lower) || Self.dwellings.contains(tokens[t - 1].lower)))
                || placeCue(before: t) {
                add(.adres, token.start, tokens[t + 1].end)
                t += 2
                continue
            }
            // A street without a street word, named where an address is expected: "op de Kalverbos 9", "adres is
            // Hoogland 23", "betreft de Akkers 41". A capital inside the sentence, a house number, a word of place before.
            if token.capitalized, !token.digits, t > 0, t + 1 < tokens.count, !sentenceStart(t), isDigit(tokens[t + 1].start),
               onlySpaces(token.end, tokens[t + 1].start), !lexicon.firstNames.contains(token.lower),
               !lexicon.commonWords.contains(token.lower), placeCue(before: t), let end = houseNumber(at: tokens[t + 1].start) {
                add(.adres, token.start, end)
                t = tokenAt[min(end, count)]
                continue
            }
            // The same in lowercase, for a word like a place name: "op hoogeind 12", "bij kalverbos 9"; and at the start of
            // a sentence, such a word with a house number as a heading:
            // "hoogeind 12: achterdeur geforceerd", "Kalverbos 9, lekkage".
            if !token.digits, t + 1 < tokens.count, isDigit(tokens[t + 1].start), onlySpaces(token.end, tokens[t + 1].start),
               placeName(t), let end = houseNumber(at: tokens[t + 1].start), !isAlnum(end),
               (t > 0 && !token.capitalized && placeCue(before: t) && !countFollows(end)) || (sentenceStart(t) && [58, 44].contains(at(end))) {
                add(.adres, token.start, end)
                t = tokenAt[min(end, count)]
                continue
            }
            t += 1
        }
    }

    static let placeCues: Set<String> = ["op", "aan", "naar", "van", "betreft", "adres", "is", "bij", "nabij", "richting",
                                         "woont", "woonde", "wonen", "verhuisd", "verhuist", "vanaf", "via", "in"]

    /// A house number with a letter glued to it, "7b", "12a"; not a count or a measure ("3x", "4m").
    func houseLetter(_ token: Token) -> Bool {
        let letters = token.lower.filter(\.isLetter)
        return letters.count == 1 && token.lower.last?.isLetter == true && "abcdefgh".contains(letters)
    }

    /// Whether the number ending at `end` counts something: a word follows that is no ordinary word, verb or
    /// participle ("in de woonwijk 3 flats", "bij de ijsberg 4 man"), not "op kalverbos 9 geen gehoor".
    func countFollows(_ end: Int) -> Bool {
        let next = tokenAt[min(end, count)]
        guard next < tokens.count, onlySpaces(end, tokens[next].start) else { return false }
        let word = tokens[next].lower
        if isPersonNoun(word) { return true }
        let participle = word.hasPrefix("ge") && (word.hasSuffix("d") || word.hasSuffix("t") || word.hasSuffix("en"))
        return !(lexicon.commonWords.contains(word) || lexicon.verbs.contains(word) || lexicon.speechVerbs.contains(word) || participle)
    }

    static let dwellings: Set<String> = ["woning", "huis", "pand", "flat", "adres", "huisnummer", "bovenwoning", "benedenwoning"]

    /// A word of letters that can be a street's own name: one ending like a place ("hoogeind", "kalverbos") or one the
    /// dictionary does not know; no first name, no common word.
    func placeName(_ t: Int) -> Bool {
        let word = tokens[t].lower
        guard word.count >= 4, word.allSatisfy(\.isLetter), !lexicon.firstNames.contains(word),
              !lexicon.commonWords.contains(word), !lexicon.units.contains(word) else { return false }
        if lexicon.placeNameEndings.contains(where: { word.count > $0.count && word.hasSuffix($0) }) { return true }
        return speller != nil && !isDutchWord(word)
    }

    /// Whether a word of place stands before token `t`, directly or before an article: "op de", "adres is".
    func placeCue(before t: Int) -> Bool {
        var k = t - 1
        // After a name and a comma: "mevr vd Meer, Waterkant 114".
        if k >= 0, at(tokens[k].end) == 44, found.contains(where: { $0.kind == .naam && $0.end == tokens[k].end }) { return true }
        if k >= 0, ["de", "het", "'t", "den"].contains(tokens[k].lower) { k -= 1 }
        return k >= 0 && Self.placeCues.contains(tokens[k].lower)
    }

    /// Whether token `t` starts a sentence (a capital there says nothing).
    func sentenceStart(_ t: Int) -> Bool {
        guard t > 0 else { return true }
        var k = tokens[t].start - 1
        while k >= 0 && at(k) == 32 { k -= 1 }
        return k < 0 || [46, 33, 63, 10].contains(at(k))
    }

    // MARK: names

    static let articles: Set<String> = ["de", "die", "deze", "een", "zijn", "haar", "hun", "mijn", "onze", "uw"]
    static let prepositions: Set<String> = ["van", "met", "tegen", "bij", "aan", "voor", "naar", "door", "over", "en"]
    static let streetConnectors: Set<String> = ["van", "der", "de", "den", "het", "'t", "ter", "ten", "op"]

    /// Whether `t` can be a surname after a title or a particle.
    func surname(_ t: Int, afterParticle: Bool) -> Bool {
        guard t < tokens.count else { return false }
        let token = tokens[t]
        guard !token.digits, token.lower.count >= 2, isLetter(token.start) else { return false }
        if lexicon.commonWords.contains(token.lower) || lexicon.particles.contains(token.lower)
            || lexicon.titles.contains(token.lower) || lexicon.relatives.contains(token.lower) { return false }
        // A lowercase past tense ("gebruikte", "opende") is a verb, not a name ("bakker-de" before "wit" is).
        if !token.capitalized, token.lower.count >= 5, token.lower.hasSuffix("de") || token.lower.hasSuffix("te"), !token.lower.contains("-") {
            return false
        }
        // Nor is a lowercase past participle ("geboren", "gebeld", "gemaakt"); "gerritsen" stays a name.
        let w = token.lower
        if !token.capitalized, w.count >= 5, w.hasPrefix("ge"), !w.hasSuffix("sen"),
           w.hasSuffix("en") || w.hasSuffix("d") || w.hasSuffix("t") { return false }
        if lexicon.birthCues.contains(w) { return false }
        // A lowercase word the dictionary knows is Dutch, not a surname: "mevr bood", "mw heet", "dhr depressief".
        // (A surname that is also a word, "mw visser", is missed in lowercase; written "mw Visser" it is found.)
        if !afterParticle, !token.capitalized, isDutchWord(w) { return false }
        return true
    }

    /// A lowercase word after a title that is a surname by its place even though the dictionary knows it: double-barrelled
    /// ("mw bakker-smit", "mw bakker-de wit"), or, with the title opening a clause, before a finite verb ("dhr kramer zit",
    /// "mw winters gaf"; in a subordinate clause the verb comes last: "toen meneer dichtbij stond"). Not a verb or an
    /// adverb ("mw vanochtend belde", "dhr eigenlijk wil").
    func surnameByPlace(_ k: Int, clauseStart: Bool) -> Bool {
        guard k < tokens.count else { return false }
        let w = tokens[k].lower
        if lexicon.verbs.contains(w) || lexicon.speechVerbs.contains(w) || Self.adjectiveEndings.contains(where: { w.hasSuffix($0) }) {
            return false
        }
        // A participle used as an adjective: "dhr verward keek", "mw bezorgd belde".
        if ["be", "ver", "ont", "her"].contains(where: { w.hasPrefix($0) }), w.hasSuffix("d") || w.hasSuffix("t") { return false }
        let parts = w.split(separator: "-").map(String.init)
        let plain: (String) -> Bool = { part in
            part.count >= 2 && !self.lexicon.commonWords.contains(part) && !self.isPersonNoun(part) && !self.lexicon.titles.contains(part)
        }
        if parts.count == 2, plain(parts[0]), plain(parts[1]) || lexicon.particles.contains(parts[1]) { return true }
        guard clauseStart, parts.count == 1 else { return false }
        // An age in brackets after it: "dhr winters (70) woont alleen" (a comma says nothing: "dhr wakker, …").
        let bracket = at(tokens[k].end) == 40 ? tokens[k].end : tokens[k].end + 1
        if at(bracket) == 40, at(bracket - 1) == 40 || at(bracket - 1) == 32, isDigit(bracket + 1) { return true }
        guard k + 1 < tokens.count, onlySpaces(tokens[k].end, tokens[k + 1].start) else { return false }
        let next = tokens[k + 1].lower
        return lexicon.verbs.contains(next) || lexicon.speechVerbs.contains(next)
    }

    /// Words that start a subordinate clause, in which the verb comes last: "zegt dat dhr. koster veroordeeld is".
    static let subordinators: Set<String> = ["dat", "omdat", "of", "toen", "terwijl", "nadat", "zodat", "als", "want", "hoewel"]
    /// Question words, which follow a speech verb and a title without being a name: "vroeg mw waarom".
    static let questionWords: Set<String> = ["waarom", "wanneer", "hoe", "hoelang", "hoeveel", "welke", "wat", "wie", "waar"]

    /// A lowercase word after the title at `title` that is a surname by the title's place, even though the dictionary
    /// knows it: after a family ("bij fam. bakker", "familie visser heeft"), after a second title joined by "en" ("mw en
    /// dhr visser"), after a speech verb that the subject follows ("vroeg dhr. peters"), or opening a subordinate clause
    /// with a verb or participle after it ("dat dhr. koster veroordeeld is"). Never a verb, adjective or participle.
    func surnameByCue(title: Int, _ k: Int) -> Bool {
        guard k < tokens.count, k == title + 1 else { return false }
        let w = tokens[k].lower
        if lexicon.verbs.contains(w) || lexicon.speechVerbs.contains(w) || Self.questionWords.contains(w)
            || Self.adjectiveEndings.contains(where: { w.hasSuffix($0) }) || isPersonNoun(w) || lexicon.isProfession(w) { return false }
        if participle(w) { return false }
        let titleWord = tokens[title].lower
        let previous = title > 0 ? tokens[title - 1].lower : ""
        let previousAttached = title > 0 && onlySpaces(tokens[title - 1].end, tokens[title].start)
        // What follows a surname: the end of the clause, an ordinary word or a verb ("visser beide thuis", "bos waren"),
        // not a second adjective ("mw en dhr druk bezig").
        let closed = k + 1 >= tokens.count || !onlySpaces(tokens[k].end, tokens[k + 1].start)
            || lexicon.commonWords.contains(tokens[k + 1].lower) || lexicon.verbs.contains(tokens[k + 1].lower)
            || lexicon.speechVerbs.contains(tokens[k + 1].lower) || participle(tokens[k + 1].lower)
        if closed, titleWord == "fam" || titleWord == "familie" && Self.prepositions.contains(previous) { return true }
        if closed, previousAttached, title >= 2, previous == "en" || previous == "&",
           lexicon.titles.contains(tokens[title - 2].lower) || lexicon.titles.contains(tokens[title - 2].lower + ".") { return true }
        if closed, previousAttached, lexicon.speechVerbs.contains(previous) { return true }
        if previousAttached, Self.subordinators.contains(previous), k + 1 < tokens.count, onlySpaces(tokens[k].end, tokens[k + 1].start) {
            // A participle after it ("dat dhr. koster veroordeeld is"), or a verb after an abbreviated title: "meneer"
            // is also a noun before an adverb ("toen meneer dichtbij stond").
            let after = tokens[k + 1].lower
            let abbreviated = !["meneer", "mevrouw", "mijnheer", "familie"].contains(titleWord)
            return participle(after) || abbreviated && (lexicon.verbs.contains(after) || lexicon.speechVerbs.contains(after))
        }
        return false
    }

    /// A past participle: "gebeld", "veroordeeld", "ontslagen", "opgepakt" is not (a separable one: "opgebeld" is).
    func participle(_ w: String) -> Bool {
        guard w.count >= 5, w.hasSuffix("d") || w.hasSuffix("t") || w.hasSuffix("en") else { return false }
        return ["ge", "be", "ver", "ont", "her"].contains { w.hasPrefix($0) }
            || ["opge", "afge", "aange", "uitge", "inge", "meege", "terugge", "doorge", "omge", "vastge"].contains { w.hasPrefix($0) }
    }

    /// Whether the dictionary knows `word` in lowercase (false without the dictionary).
    func isDutchWord(_ word: String) -> Bool { speller?.isKnown(word) == true }

    /// A first name: in the list, a name the dictionary knows only with a capital (Ruud, Anouk), or a double-barrelled
    /// one whose parts are first names (Anne-Marie, jan-willem, marie-josé).
    func isFirstName(_ word: String) -> Bool {
        if lexicon.firstNames.contains(word) && !lexicon.ambiguousNames.contains(word) { return true }
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2 { return parts.allSatisfy { lexicon.firstNames.contains($0) || isProperName($0) } }
        return parts.count == 1 && isProperName(word)
    }

    /// The dictionary knows it only as a name: "ruud" is wrong, "Ruud" right.
    func isProperName(_ word: String) -> Bool {
        guard let speller, word.count >= 3, !lexicon.commonWords.contains(word) else { return false }
        return speller.isKnown(word) == false && speller.isKnown(word.prefix(1).uppercased() + word.dropFirst()) == true
    }

    static let namingVerbs: Set<String> = ["heet", "heette", "heten", "genaamd", "genoemd", "naam", "noemde", "noemt", "noemen"]
    /// People a name in parentheses or quotes can belong to: "vrouw des huizes (fatima)".
    static let personNouns: Set<String> = ["vrouw", "man", "vriend", "vriendin", "partner", "dochtertje", "zoontje", "jongen",
                                           "meisje", "kind", "baby", "peuter", "tiener", "buurman", "buurvrouw", "bewoner",
                                           "bewoonster", "huizes", "ex", "zusje", "broertje", "oudste", "jongste", "middelste",
                                           "dochter", "zoon", "meid", "jochie", "knul", "kleintje", "dame", "vent", "kerel",
                                           "gozer", "bezoeker", "bezoekster", "tweeling", "kleinkind", "pleegkind",
                                           "pleegzoon", "pleegdochter", "puber", "oppas"]
    static let roleWords: Set<String> = ["buren", "buurjongen", "buurmeisje", "stiefzoon", "stiefdochter", "schoonmoeder",
                                         "schoonvader", "zwager", "schoonzus", "kleinzoon", "kleindochter", "huurder", "huurster"]

    func isRole(_ word: String) -> Bool { lexicon.relatives.contains(word) || Self.roleWords.contains(word) }

    /// A role or a person, also compounded: "ex-man", "buurvrouw", "de oudste".
    func isPersonNoun(_ word: String) -> Bool {
        isRole(word) || Self.personNouns.contains(word) || word.split(separator: "-").last.map { Self.personNouns.contains(String($0)) || isRole(String($0)) } == true
    }

    static let openers: [UInt32] = [40, 91, 39, 34, 0x2018, 0x201C, 0xAB]
    static let closers: [UInt32] = [41, 93, 39, 34, 0x2019, 0x201D, 0xBB]

    /// The word follows "(", a quote, or both ("("ineke")"), whatever punctuation stands before them: "het meisje
    /// (ong 8, 'lotte' …)", "de man - "sem" - smeet".
    func openedByBracketOrQuote(_ t: Int) -> Bool {
        var i = tokens[t].start - 1
        var opened = false
        while i >= tokens[t - 1].end, (Self.openers + [32]).contains(at(i)) {
            if at(i) != 32 { opened = true }
            i -= 1
        }
        return opened
    }

    /// The word alone between a bracket or quote and its closer: "(daan)", "'rick'".
    func enclosed(_ t: Int) -> Bool {
        guard t > 0, Self.openers.contains(at(tokens[t].start - 1)) else { return false }
        return Self.closers.contains(at(tokens[t].end))
    }

    /// A name the lists and the dictionary do not know, enclosed after a person ("zoontje (kayden)"): letters only,
    /// and no Dutch word, title or abbreviation.
    func unknownEnclosedName(_ t: Int) -> Bool {
        let word = tokens[t].lower
        guard speller != nil, enclosed(t), word.count >= 3, word.allSatisfy(\.isLetter),
              !lexicon.commonWords.contains(word), !lexicon.titles.contains(word), !isPersonNoun(word) else { return false }
        return !isDutchWord(word)
    }

    /// A first name after a profession: one in the list ("beheerder karin"), or one the dictionary knows only with a
    /// capital when a verb or punctuation follows ("huismeester ruud had"), so that a brand is no name ("loodgieter
    /// bosch ketel").
    func nameAfterProfession(_ t: Int) -> Bool {
        let word = tokens[t].lower
        guard isFirstName(word), !lexicon.commonWords.contains(word) else { return false }
        if lexicon.firstNames.contains(word) { return true }
        guard t + 1 < tokens.count, onlySpaces(tokens[t].end, tokens[t + 1].start) else { return true }
        let next = tokens[t + 1].lower
        return lexicon.verbs.contains(next) || lexicon.speechVerbs.contains(next)
    }

    /// A word of letters the dictionary does not know (false without it): a name it lacks, "ricardo", "kayden".
    func unknownWord(_ t: Int) -> Bool {
        let word = tokens[t].lower
        guard speller != nil, word.count >= 3, word.allSatisfy(\.isLetter), !lexicon.commonWords.contains(word),
              !lexicon.titles.contains(word), !isPersonNoun(word) else { return false }
        return !isDutchWord(word)
    }

    /// Initials and a surname from token `t`: "h. ozturk", "j.p. de vries". The end, if any.
    func initialsAndSurname(at t: Int) -> Int? {
        var k = t
        while k + 1 < tokens.count, k - t < 4, tokens[k].lower.count == 1, tokens[k].dot, isLetter(tokens[k].start),
              onlySpaces(tokens[k].end, tokens[k + 1].start, allowDot: true) { k += 1 }
        guard k > t else { return nil }
        while k + 1 < tokens.count, k - t < 8, lexicon.particles.contains(tokens[k].lower),
              onlySpaces(tokens[k].end, tokens[k + 1].start, allowDot: tokens[k].dot) { k += 1 }
        return surname(k, afterParticle: true) ? tokens[k].end : nil
    }

    static let quotes: [UInt32] = [39, 34, 0x2018, 0x201C, 0xAB]

    /// A word called or addressed in quotes: right after the opening quote and followed by '!', '?', ',' or the closing
    /// quote: "riep 'sandra!!'", "een briefje 'tom, ik ben weg'".
    func addressedInQuotes(_ t: Int) -> Bool {
        let start = tokens[t].start
        guard start > 0, Self.quotes.contains(at(start - 1)), !isAlnum(start - 2) else { return false }
        return [33, 63, 44].contains(at(tokens[t].end)) || Self.closers.contains(at(tokens[t].end))
    }

    /// "de ene keer", "aan de ene kant": after these "ene" means "one", not "a certain".
    static let notCertain: Set<String> = articles.union(["het", "dat", "dit", "aan"])

    /// More first names joined to a name with "en" or "of": "(sara of zara)", "de tweeling, tim en tom,".
    mutating func addJoinedNames(after end: Int) {
        var k = tokenAt[min(end, count)]
        while k + 1 < tokens.count, ["of", "en"].contains(tokens[k].lower),
              isFirstName(tokens[k + 1].lower) && !lexicon.commonWords.contains(tokens[k + 1].lower) {
            add(.naam, tokens[k + 1].start, tokens[k + 1].end)
            k += 2
        }
    }

    /// The end of a first name at token `t` and a surname after it ("peter-jan smits", "marie-josé bakker"), if any.
    func nameWithSurname(at t: Int) -> Int? {
        guard t < tokens.count, isFirstName(tokens[t].lower), !lexicon.commonWords.contains(tokens[t].lower) else { return nil }
        var end = tokens[t].end
        // "sanne vd berg", "jan van der wal": particles before the surname.
        var k = t + 1
        while k + 1 < tokens.count, k - t <= 3, lexicon.particles.contains(tokens[k].lower),
              onlySpaces(tokens[k - 1].end, tokens[k].start) { k += 1 }
        if k > t + 1, k < tokens.count, onlySpaces(tokens[k - 1].end, tokens[k].start),
           surname(k, afterParticle: !Self.prepositionParticles.contains(tokens[t + 1].lower)) {
            return tokens[k].end
        }
        if t + 1 < tokens.count, onlySpaces(end, tokens[t + 1].start), surname(t + 1, afterParticle: true),
           !lexicon.speechVerbs.contains(tokens[t + 1].lower), !lexicon.verbs.contains(tokens[t + 1].lower) {
            end = tokens[t + 1].end
        }
        return end
    }

    /// Names the title and speech-verb rules miss: after a role noun ("buurvrouw marie-josé bakker"), in apposition
    /// ("haar zoon, kevin, was thuis"; "de zus van mw, fatima, die …"), after "heet" ("heet jan-willem"), and a
    /// double-barrelled first name anywhere ("Anne-Marie van 2 hoog").
    mutating func rolesAndAppositions() {
        // Once per word: a profession, a person or a profession.
        let profession = tokens.map { lexicon.isProfession($0.lower) }
        let person = tokens.indices.map { profession[$0] || isPersonNoun(tokens[$0].lower) }
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            let previous = t > 0 ? tokens[t - 1].lower : ""
            let attached = t > 0 && onlySpaces(tokens[t - 1].end, token.start)
            let afterComma = t > 0 && onlySpaces(tokens[t - 1].end, token.start, allowComma: true) && !attached
            // "naam: h. ozturk" on a form: a colon after a naming word.
            let named = t > 0 && Self.namingVerbs.contains(previous)
                && (attached || (at(tokens[t - 1].end) == 58 && onlySpaces(tokens[t - 1].end + 1, token.start)))
            var name: Int?
            if attached && isRole(previous) || named || (attached && profession[t - 1] && nameAfterProfession(t)) {
                // "zoon daan", "heet jan-willem", "beheerder karin", "consulent marieke bos".
                name = nameWithSurname(at: t) ?? initialsAndSurname(at: t)
                if name == nil, named, surname(t, afterParticle: false) { name = token.end }
            } else if attached, person[t - 1], let end = initialsAndSurname(at: t) {
                // Initials and a surname after a person or a profession: "bewoner h. ozturk", "consulent m. bos".
                name = end
            } else if afterComma, (max(0, t - 5)..<t).contains(where: { person[$0] }), let end = nameWithSurname(at: t) {
                // Apposition: the name is closed by a comma, "die", or a verb.
                let after = tokenAt[min(end, count)]
                let closed = after >= tokens.count || onlySpaces(end, tokens[after].start, allowComma: true) && !onlySpaces(end, tokens[after].start)
                    || ["die", "en"].contains(tokens[after].lower) || lexicon.verbs.contains(tokens[after].lower)
                    || lexicon.speechVerbs.contains(tokens[after].lower)
                if closed {
                    name = end
                    addJoinedNames(after: end)
                }
            } else if t > 0, openedByBracketOrQuote(t),
                      (max(0, t - 6)..<t).contains(where: { isPersonNoun(tokens[$0].lower) || Self.namingVerbs.contains(tokens[$0].lower) }),
                      (isFirstName(token.lower) && !lexicon.commonWords.contains(token.lower)) || unknownEnclosedName(t)
                        || (enclosed(t) && lexicon.ambiguousNames.contains(token.lower)) {
                // "dochtertje (lotte, ong 6)", "vrouw des huizes (fatima)", "noemde haar vriend 'dennis'"; alone in the
                // brackets also a name that is a word, "de buurvrouw (roos)".
                name = nameWithSurname(at: t) ?? token.end
                addJoinedNames(after: name ?? token.end)
            } else if attached, previous == "ene" && (t < 2 || !Self.notCertain.contains(tokens[t - 2].lower))
                        || previous == "zekere" && t > 1 && tokens[t - 2].lower == "een",
                      (isFirstName(token.lower) && !lexicon.commonWords.contains(token.lower)) || unknownWord(t) {
                // "ene ricardo", "een zekere kayden": the worker names someone he does not know.
                name = nameWithSurname(at: t) ?? token.end
            } else if addressedInQuotes(t),
                      (lexicon.firstNames.contains(token.lower) && !lexicon.ambiguousNames.contains(token.lower)
                        && !lexicon.commonWords.contains(token.lower))
                        || (unknownWord(t) && speller?.isKnown(token.lower.prefix(1).uppercased() + token.lower.dropFirst()) == false
                            && wordsBefore(tokens[t].start, 3).contains { lexicon.speechVerbs.contains($0) }) {
                // A name called or addressed: "riep steeds 'sandra!!'", "briefje 'tom, ik ben weg'"; a name in the list,
                // or one the dictionary knows in no spelling after a speech verb ("riep 'kayden!'"), never a city or a
                // club it knows with a capital ("riep 'ajax!'").
                name = token.end
            } else if token.lower.contains("-"), isFirstName(token.lower) {
                name = token.end
            } else if let end = nameWithSurname(at: t), end > token.end, t + 1 < tokens.count,
                      lexicon.particles.contains(tokens[t + 1].lower) {
                // A first name with a particle and a surname is a name wherever it stands: "door sanne vd berg".
                name = end
            }
            if let end = name {
                add(.naam, token.start, end)
                t = tokenAt[min(end, count)]
                continue
            }
            t += 1
        }
    }

    /// Whether the tokens just before `t` are one of the cues after which a name follows ("t.n.v.", "rekeninghouder",
    /// "vraag naar"), with only spaces, dots, a colon or a comma between.
    func nameCue(before t: Int) -> Bool {
        lexicon.nameCues.contains { cue in
            guard t >= cue.count else { return false }
            for (n, word) in cue.enumerated() where tokens[t - cue.count + n].lower != word { return false }
            var i = tokens[t - 1].end
            while i < tokens[t].start, [32, 46, 58, 44].contains(at(i)) { i += 1 }
            return i == tokens[t].start
        }
    }

    /// Particles written short, "vd", "v.d.", "v/d": the end token after them, if token `t` starts one.
    func abbreviatedParticle(at t: Int) -> Int? {
        guard t + 1 < tokens.count else { return nil }
        if tokens[t].lower == "vd" || tokens[t].lower == "vdr" { return t + 1 }
        if tokens[t].lower == "v", t + 2 < tokens.count, ["d", "der", "den"].contains(tokens[t + 1].lower),
           tokens[t].end + 1 == tokens[t + 1].start, [46, 47].contains(at(tokens[t].end)) { return t + 2 }
        return nil
    }

    /// Names by the words around them that the title and role rules do not see:
    /// - after an account holder or a person to ask for: "t.n.v. m. schouten", "rekeninghouder k. aydin", "vraag naar
    ///   sanne": a first name, initials with a surname, or a word the dictionary does not know;
    /// - after a person and an abbreviated particle: "huurder vd berg" (a surname of place, or a word the dictionary
    ///   does not know; not "huurder vd woning");
    /// - initials and a surname after a person, in brackets or after "is": "huurder (j. van der meulen)", "huurder is
    ///   w.a. de vries-lammers".
    mutating func cuedNames() {
        let spans = found.map { ($0.start, $0.end) }
        let covered = { (i: Int) in spans.contains { $0.0 <= i && i < $0.1 } }
        var t = 1
        while t < tokens.count {
            let token = tokens[t]
            var name: Int?
            if covered(token.start) { t += 1; continue }
            if nameCue(before: t) {
                name = nameWithSurname(at: t) ?? initialsAndSurname(at: t)
                if name == nil {
                    var k = t
                    while k + 1 < tokens.count, k - t < 3, lexicon.particles.contains(tokens[k].lower) { k += 1 }
                    if !isPersonNoun(tokens[k].lower), !lexicon.isProfession(tokens[k].lower),
                       surname(k, afterParticle: false) { name = tokens[k].end }
                }
            } else if isPersonNoun(tokens[t - 1].lower) || lexicon.isProfession(tokens[t - 1].lower),
                      onlySpaces(tokens[t - 1].end, token.start), let k = abbreviatedParticle(at: t), k < tokens.count,
                      surname(k, afterParticle: true),
                      lexicon.particleSurnames.contains(tokens[k].lower) || tokens[k].capitalized || !isDutchWord(tokens[k].lower) {
                name = tokens[k].end
            } else if let end = initialsAndSurname(at: t) {
                // In brackets after a person, or after "<person> is".
                let bracket = openedByBracketOrQuote(t) && (max(0, t - 3)..<t).contains { isPersonNoun(tokens[$0].lower) }
                let copula = t >= 2 && ["is", "was", "heet"].contains(tokens[t - 1].lower)
                    && (isPersonNoun(tokens[t - 2].lower) || lexicon.isProfession(tokens[t - 2].lower))
                // Not an abbreviation before a word: "huurder is t.z.t. bereikbaar" (a surname after initials alone is
                // no lowercase Dutch word, unless double-barrelled).
                let last = tokenAt[end - 1]
                let particle = lexicon.particles.contains(tokens[last - 1].lower)
                let word = !tokens[last].capitalized && !tokens[last].lower.contains("-") && isDutchWord(tokens[last].lower)
                if bracket || copula, particle || !word { name = end }
            }
            if let end = name {
                add(.naam, token.start, end)
                t = tokenAt[min(end, count)]
                continue
            }
            t += 1
        }
    }

    /// Endings of adjectives and adverbs, no surname's: "nerveus", "agressief", "rustig", "eigenlijk", "huilend".
    static let adjectiveEndings = ["lijk", "ig", "baar", "eus", "ief", "isch", "zaam", "loos", "end", "eel"]

    /// Particles that are also ordinary prepositions or articles: "Jansen op 06-…", "mw in paniek", "Heijn op de afdeling".
    static let prepositionParticles: Set<String> = ["op", "in", "te", "het", "'t"]

    mutating func names() {
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            // A title: mevrouw, mw., dhr, de heer, familie, fam.
            var next = -1
            // "de mevrouw van hiernaast", "de familie van mw": after an article it is a noun, not a title.
            let article = t > 0 && Self.articles.contains(tokens[t - 1].lower)
            if !article, lexicon.titles.contains(token.lower) || (token.dot && lexicon.titles.contains(token.lower + ".")) {
                next = t + 1
            } else if t + 1 < tokens.count, lexicon.twoWordTitles.contains(where: { $0.0 == token.lower && $0.1 == tokens[t + 1].lower }),
                      onlySpaces(token.end, tokens[t + 1].start) {
                next = t + 2
            }
            if next > 0, next < tokens.count, onlySpaces(tokens[next - 1].end, tokens[next].start, allowDot: tokens[next - 1].dot) {
                var k = next
                // A first name, also one that is a word, before the particles: "dhr Wil van Leeuwen", "mw sanne de wit".
                // (A capital after a title without a dot is a name's, "dhr Wil"; after "mevr." it may start a sentence.)
                let capitalName = tokens[k].capitalized && !isUpper(tokens[k].start + 1)
                    && (!tokens[next - 1].dot || !lexicon.commonWords.contains(tokens[k].lower))
                if lexicon.firstNames.contains(tokens[k].lower) || capitalName, k + 2 < tokens.count, lexicon.particles.contains(tokens[k + 1].lower),
                   !Self.prepositionParticles.contains(tokens[k + 1].lower), onlySpaces(tokens[k].end, tokens[k + 1].start) { k += 1 }
                // Initials: mevrouw S. Jansen, dhr. J.P. de Vries.
                while k + 1 < tokens.count && k - next < 4 && tokens[k].lower.count == 1 && tokens[k].dot && isLetter(tokens[k].start)
                    && onlySpaces(tokens[k].end, tokens[k + 1].start, allowDot: true) { k += 1 }
                while k < tokens.count && k - next < 6 && lexicon.particles.contains(tokens[k].lower) && k + 1 < tokens.count
                    && (onlySpaces(tokens[k].end, tokens[k + 1].start, allowDot: tokens[k].dot)
                        || (tokens[k].lower == "v" && at(tokens[k].end) == 47 && tokens[k].end + 1 == tokens[k + 1].start)) { k += 1 }
                let clauseStart = t == 0 || (tokens[t - 1].end..<token.start).contains { [46, 33, 63, 44, 59, 58, 40, 10].contains(at($0)) }
                // Particles that start with a preposition ("op", "in") license no Dutch word: "mw op werk", "mw in de gang".
                let firstParticle = (next..<k).first { lexicon.particles.contains(tokens[$0].lower) }
                let particle = k > next && firstParticle.map { !Self.prepositionParticles.contains(tokens[$0].lower) } != false
                if surname(k, afterParticle: particle || surnameByPlace(k, clauseStart: clauseStart)
                           || (k == next && surnameByCue(title: t, k))) {
                    var end = tokens[k].end
                    // A double surname broken after a particle: "mw bakker-de wit", "dhr jansen-van der berg".
                    if let last = tokens[k].lower.split(separator: "-").last, tokens[k].lower.contains("-"),
                       lexicon.particles.contains(String(last)) {
                        var j = k + 1
                        while j + 1 < tokens.count, j - k < 3, lexicon.particles.contains(tokens[j].lower),
                              onlySpaces(tokens[j - 1].end, tokens[j].start) { j += 1 }
                        if j < tokens.count, onlySpaces(tokens[j - 1].end, tokens[j].start), surname(j, afterParticle: true) { end = tokens[j].end }
                    }
                    // A first name and a surname: mevrouw Anna Jansen.
                    if lexicon.firstNames.contains(tokens[k].lower), k + 1 < tokens.count, tokens[k + 1].capitalized,
                       onlySpaces(end, tokens[k + 1].start), surname(k + 1, afterParticle: false) {
                        end = tokens[k + 1].end
                    }
                    add(.naam, tokens[next].start, end)
                    t = tokenAt[min(end, count)]
                    continue
                }
            }
            // A first name before a speech verb (or, capitalised, before any common verb), after "volgens", after a
            // relative ("zoon Daan"), a preposition or a speech verb.
            if lexicon.firstNames.contains(token.lower), !lexicon.commonWords.contains(token.lower) {
                var after = t + 1
                // A parenthetical age between name and verb: Emma (8) zei.
                if after < tokens.count, tokens[after].digits, at(tokens[after].start - 1) == 40, at(tokens[after].end) == 41,
                   onlySpaces(token.end, tokens[after].start - 1), after + 1 < tokens.count { after += 1 }
                let gapOK = after < tokens.count && (after == t + 1 ? onlySpaces(token.end, tokens[after].start)
                                                      : onlySpaces(tokens[after - 1].end + 1, tokens[after].start))
                let plain = !lexicon.ambiguousNames.contains(token.lower)
                let verbAfter = gapOK && (lexicon.speechVerbs.contains(tokens[after].lower)
                                          || (plain && token.capitalized && lexicon.verbs.contains(tokens[after].lower)))
                let before = t > 0 ? tokens[t - 1].lower : ""
                let attached = t > 0 && onlySpaces(tokens[t - 1].end, token.start)
                // Jan Bakker: a first name and a capitalised word that is not an ordinary word.
                let withSurname = plain && token.capitalized && t + 1 < tokens.count && tokens[t + 1].capitalized
                    && onlySpaces(token.end, tokens[t + 1].start) && surname(t + 1, afterParticle: false)
                    && !lexicon.speechVerbs.contains(tokens[t + 1].lower) && !lexicon.verbs.contains(tokens[t + 1].lower)
                if withSurname {
                    add(.naam, token.start, tokens[t + 1].end)
                    t += 2
                    continue
                }
                if verbAfter || (attached && (before == "volgens" || lexicon.relatives.contains(before)
                                              || (plain && token.capitalized && (lexicon.speechVerbs.contains(before) || Self.prepositions.contains(before))))) {
                    add(.naam, token.start, token.end)
                }
            }
            t += 1
        }
    }
}
