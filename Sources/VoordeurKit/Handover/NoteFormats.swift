import Foundation

/// The formats a handover note can be written in.
public enum NoteFormat: String, CaseIterable, Sendable {
    case txt, md, eml, json

    public var fileExtension: String { rawValue }

    public var label: String {
        switch self {
        case .txt: return "tekst"
        case .md: return "Markdown"
        case .eml: return "e-mail"
        case .json: return "JSON"
        }
    }
}

extension HandoverNote {
    public func rendered(as format: NoteFormat) -> String {
        switch format {
        case .txt: return plainText()
        case .md: return markdown()
        case .eml: return email()
        case .json: return json()
        }
    }

    static func dateTime(_ date: Date) -> String { DateText.dateTime(date) }

    static func missing(_ value: String, hint: String) -> String { value.isEmpty ? "(\(hint))" : value }

    var fromLine: String {
        let parts = [config.workerName, config.workerRole, config.workerPhone, config.workerEmail].filter { !$0.isEmpty }
        return parts.isEmpty ? "(niet ingesteld – vul naam, functie en telefoon in bij de instellingen, toets i)"
            : parts.joined(separator: ", ")
    }

    var toLine: String {
        var parts = [config.consulentName.isEmpty ? "sociaal consulent" : "\(config.consulentName), sociaal consulent"]
        if !config.consulentEmail.isEmpty { parts.append(config.consulentEmail) }
        if !config.consulentPhone.isEmpty { parts.append(config.consulentPhone) }
        if config.consulentName.isEmpty && config.consulentEmail.isEmpty {
            parts.append("(niet ingesteld – vul de sociaal consulent in bij de instellingen, toets i)")
        }
        return parts.joined(separator: ", ")
    }

    /// Header fields as (label, value) pairs.
    var headerFields: [(String, String)] {
        var fields: [(String, String)] = [
            ("Bezoek", Self.dateTime(visitStartedAt)),
            ("Notitie", Self.dateTime(writtenAt)),
            ("Van", fromLine),
            ("Aan", toLine),
        ]
        if !config.corporation.isEmpty { fields.append(("Corporatie", config.corporation)) }
        fields += [
            ("Reden bezoek", Self.missing(reason, hint: "niet ingevuld")),
        ]
        if !reasonOther.isEmpty { fields.append(("Toelichting bij 'anders'", reasonOther)) }
        fields += [
            ("Woning", Self.missing(homeReference, hint: "werkorder- of complexnummer niet ingevuld")),
            ("Kinderen aanwezig", childrenPresent.label),
        ]
        return fields
    }

    /// Special situations and the route that applies to each.
    var specialLines: [String] {
        var lines: [String] = []
        if special.acuteDanger {
            lines.append("ACUUT GEVAAR. " + (special.called112 ? "112 is gebeld." : "112 is niet gebeld: bel 112 bij acuut gevaar."))
        } else if special.called112 {
            lines.append("112 is gebeld.")
        }
        if special.recentSexualViolence {
            lines.append("Recent seksueel geweld (een week of korter geleden): direct contact met het Centrum Seksueel Geweld, 0800-0188, zodat sporen veiliggesteld kunnen worden.")
        }
        if special.honourRelated {
            lines.append("Eergerelateerd geweld: ga niet zelf in gesprek met de huurder; vraag advies aan Veilig Thuis, 0800-2000.")
        }
        return lines
    }

    var coachLines: [String] {
        let items = itemsWithRemarks
        if items.isEmpty { return ["Geen: alle beschrijvingen lezen als waarneming."] }
        return items.map { item in
            let words = item.coachFindings.map { "\($0.category.name): \"\($0.match)\"" }.joined(separator: ", ")
            return "\(item.title): \(words)"
        }
    }

    var closingLines: [String] {
        var lines: [String] = []
        if !otherCause.isEmpty { lines.append("Andere oorzaak: \(otherCause)") }
        lines += [Self.contactRequest, Self.adviceLine, Self.privacyLine]
        return lines
    }

    // MARK: Plain text

    /// Plain text wrapped at `width` columns (72 by default).
    public func plainText(width: Int = 72) -> String {
        var out: [String] = [Self.title, String(repeating: "=", count: DisplayWidth.of(Self.title)), ""]
        let labelWidth = headerFields.map { DisplayWidth.of($0.0) }.max()! + 2
        for (label, value) in headerFields {
            let first = (label + ":").padded(to: labelWidth)
            out += TextWrap.hanging(value, width: width, first: first, rest: String(repeating: " ", count: labelWidth))
        }
        func section(_ title: String) {
            out += ["", title, String(repeating: "-", count: DisplayWidth.of(title))]
        }
        if !specialLines.isEmpty {
            section("Bijzondere situatie")
            for line in specialLines { out += TextWrap.hanging(line, width: width, first: "! ", rest: "  ") }
        }
        section("Waargenomen signalen")
        if groups.isEmpty { out.append("Geen signalen aangevinkt.") }
        for group in groups {
            out += ["", group.title + ":"]
            for (index, item) in group.items.enumerated() {
                let number = "\(index + 1). "
                let pad = String(repeating: " ", count: number.count)
                out += TextWrap.hanging(item.title, width: width, first: number, rest: pad)
                if item.concerns != .onbekend { out.append(pad + "Betreft: \(item.concerns.rawValue)") }
                out += TextWrap.hanging(item.description.isEmpty ? "(geen beschrijving)" : item.description, width: width,
                                        first: pad + "Beschrijving: ", rest: pad + "  ")
                out += TextWrap.hanging(item.namedToTenant.label, width: width, first: pad + "Direct benoemd bij de huurder: ", rest: pad + "  ")
                if !item.tenantReaction.isEmpty {
                    out += TextWrap.hanging(item.tenantReaction, width: width, first: pad + "Reactie van de huurder: ", rest: pad + "  ")
                }
            }
        }
        if !thirdParty.isEmpty {
            section(Self.thirdPartyTitle)
            for (index, report) in thirdParty.enumerated() {
                let number = "\(index + 1). "
                let pad = String(repeating: " ", count: number.count)
                out += TextWrap.hanging("\(Self.missing(report.role, hint: "rol onbekend")): \(report.said)", width: width, first: number, rest: pad)
                out.append(pad + "Geadviseerd zelf Veilig Thuis te bellen: \(report.advisedVeiligThuis ? "ja" : "nee")")
                out.append(pad + "Geadviseerd bij acuut gevaar 112 te bellen: \(report.advised112 ? "ja" : "nee")")
            }
        }
        section("Opmerkingen van de schrijfcoach")
        for line in coachLines { out += TextWrap.hanging(line, width: width, first: "- ", rest: "  ") }
        out.append("")
        for line in closingLines { out += TextWrap.lines(line, width: width) }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    static func markdownEscape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_{}[]<>#|!".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out.replacingOccurrences(of: "\n", with: "  \n")
    }

    public func markdown() -> String {
        let e = Self.markdownEscape
        var out = ["# \(Self.title)", ""]
        for (label, value) in headerFields { out.append("- **\(label):** \(e(value))") }
        if !specialLines.isEmpty {
            out += ["", "## Bijzondere situatie", ""]
            for line in specialLines { out.append("- **\(e(line))**") }
        }
        out += ["", "## Waargenomen signalen"]
        if groups.isEmpty { out += ["", "Geen signalen aangevinkt."] }
        for group in groups {
            out += ["", "### \(e(group.title))", ""]
            for (index, item) in group.items.enumerated() {
                out.append("\(index + 1). **\(e(item.title))**  ")
                if item.concerns != .onbekend { out.append("   Betreft: \(item.concerns.rawValue)  ") }
                out.append("   Beschrijving: \(item.description.isEmpty ? "_(geen beschrijving)_" : e(item.description))  ")
                out.append("   Direct benoemd bij de huurder: \(item.namedToTenant.label)" + (item.tenantReaction.isEmpty ? "" : "  "))
                if !item.tenantReaction.isEmpty { out.append("   Reactie van de huurder: \(e(item.tenantReaction))") }
            }
        }
        if !thirdParty.isEmpty {
            out += ["", "## \(Self.thirdPartyTitle)", ""]
            for (index, report) in thirdParty.enumerated() {
                out.append("\(index + 1). **\(e(Self.missing(report.role, hint: "rol onbekend")))**: \(e(report.said))  ")
                out.append("   Geadviseerd zelf Veilig Thuis te bellen: \(report.advisedVeiligThuis ? "ja" : "nee")  ")
                out.append("   Geadviseerd bij acuut gevaar 112 te bellen: \(report.advised112 ? "ja" : "nee")")
            }
        }
        out += ["", "## Opmerkingen van de schrijfcoach", ""]
        for line in coachLines { out.append("- \(e(line))") }
        out.append("")
        for line in closingLines { out += ["> \(e(line))", ">"] }
        out.removeLast()
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: E-mail

    /// Whether the note must be read now: acute danger, 112 called, honour-related or recent sexual violence.
    public var isUrgent: Bool { special.any }

    /// What makes the note urgent, in the order the consulent acts on it ("acuut gevaar", "112 gebeld", …).
    public var urgencyReasons: [String] {
        var reasons: [String] = []
        if special.acuteDanger { reasons.append(NoteTexts.acuteDanger) }
        if special.called112 { reasons.append(NoteTexts.called112) }
        if special.honourRelated { reasons.append(NoteTexts.honourRelated) }
        if special.recentSexualViolence { reasons.append(NoteTexts.recentSexualViolence) }
        return reasons
    }

    /// A subject without personal data that names the urgency and the work order, so the consulent sees in her inbox
    /// which note to open first and which home it is: "SPOED – acuut gevaar, 112 gebeld – werkorder WO-1 – …".
    public var emailSubject: String {
        var parts: [String] = []
        if isUrgent { parts += [NoteTexts.urgentPrefix, urgencyReasons.joined(separator: ", ")] }
        parts += [NoteTexts.workOrder(homeReference), NoteTexts.subjectBase, NoteTexts.visitAt(Self.dateTime(visitStartedAt))]
        return parts.joined(separator: " – ")
    }

    /// An RFC 5322 message with a MIME UTF-8 text body (quoted-printable), addressed to the configured consulent.
    public func email(messageDomain: String = "voordeur.invalid") -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        formatter.timeZone = DateText.timeZone
        // Header values only from sanitised single-line text (HandoverNote.init sanitises config and id; once more
        // here, so that no later change can ever add a header line).
        let config = self.config.sanitized()
        let visitID = DraftID.isValid(self.visitID) ? self.visitID : "onbekend"
        var headers: [String] = []
        // From is the worker's own address when he gave one, so a reply reaches him; otherwise a no-reply address.
        let sender = TextSanitizer.clean(config.workerEmail, keepNewlines: false)
        let address = !sender.isEmpty && Config.isPlausibleEmail(sender) ? sender : "noreply@\(messageDomain)"
        let senderName = TextSanitizer.clean(config.workerName, keepNewlines: false)
        headers.append("From: \(MIME.mailbox(name: senderName.isEmpty ? "Voordeur" : senderName, address: address))")
        if !config.consulentEmail.isEmpty {
            headers.append("To: \(MIME.mailbox(name: TextSanitizer.clean(config.consulentName, keepNewlines: false), address: config.consulentEmail))")
        } else {
            headers.append("To: undisclosed-recipients:;")
        }
        headers += [
            "Subject: \(MIME.encodedWord(TextSanitizer.singleLine(emailSubject)))",
            "Date: \(formatter.string(from: writtenAt))",
            "Message-ID: <\(visitID).\(Int(writtenAt.timeIntervalSince1970))@\(messageDomain)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "Sensitivity: Company-Confidential",
        ]
        // High priority only when it is urgent: on every note it would mean nothing.
        if isUrgent { headers += ["X-Priority: 1", "Importance: High"] }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + MIME.quotedPrintable(plainText()) + "\r\n"
    }

    // MARK: JSON

    struct JSONNote: Encodable {
        struct Person: Encodable { var name: String; var role: String?; var email: String?; var phone: String }
        struct Item: Encodable {
            var signal: String; var concerns: String; var description: String; var namedToTenant: String; var tenantReaction: String
            var coachRemarks: [Remark]
        }
        struct Remark: Encodable { var category: String; var match: String; var start: Int; var end: Int }
        struct Group: Encodable { var title: String; var items: [Item] }
        struct Third: Encodable { var role: String; var said: String; var advisedVeiligThuis: Bool; var advised112: Bool; var observedBySelf: Bool }
        struct Special: Encodable { var acuteDanger: Bool; var called112: Bool; var recentSexualViolence: Bool; var honourRelated: Bool }
        var schema: String
        var schemaVersion: Int
        var title: String
        var visitID: String
        var visitStartedAt: String
        var writtenAt: String
        var from: Person
        var to: Person
        var corporation: String
        var reason: String
        var reasonOther: String
        var homeReference: String
        var childrenPresent: String
        var special: Special
        var signals: [Group]
        var thirdParty: [Third]
        var warnings: [String]
        var closing: [String]
    }

    public func json() -> String {
        let iso = ISO8601DateFormatter()
        let note = JSONNote(
            schema: "voordeur.overdracht", schemaVersion: Self.schemaVersion, title: Self.title, visitID: visitID,
            visitStartedAt: iso.string(from: visitStartedAt), writtenAt: iso.string(from: writtenAt),
            from: .init(name: config.workerName, role: config.workerRole, email: config.workerEmail.isEmpty ? nil : config.workerEmail,
                         phone: config.workerPhone),
            to: .init(name: config.consulentName, role: "sociaal consulent", email: config.consulentEmail, phone: config.consulentPhone),
            corporation: config.corporation, reason: reason, reasonOther: reasonOther, homeReference: homeReference,
            childrenPresent: childrenPresent.rawValue,
            special: .init(acuteDanger: special.acuteDanger, called112: special.called112,
                           recentSexualViolence: special.recentSexualViolence, honourRelated: special.honourRelated),
            signals: groups.map { group in
                .init(title: group.title, items: group.items.map { item in
                    .init(signal: item.title, concerns: item.concerns.rawValue, description: item.description, namedToTenant: item.namedToTenant.rawValue,
                          tenantReaction: item.tenantReaction,
                          coachRemarks: item.coachFindings.map { .init(category: $0.category.name, match: $0.match, start: $0.start, end: $0.end) })
                })
            },
            thirdParty: thirdParty.map { .init(role: $0.role, said: $0.said, advisedVeiligThuis: $0.advisedVeiligThuis, advised112: $0.advised112, observedBySelf: false) },
            warnings: warnings, closing: closingLines)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(note)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Just enough MIME for a UTF-8 text message.
enum MIME {
    /// `name <address>` for From and To. The name is a display name as RFC 5322 wants it: plain words as they
    /// are, a name with a comma, brackets, quotes or other specials as a quoted string (with `\` before `"` and
    /// `\`), non-ASCII as RFC 2047 encoded words. So `Jansen, Anna (Team Zuid) <b@x.nl>` stays one name and the
    /// message has one recipient: the configured address.
    static func mailbox(name: String, address: String) -> String {
        let phrase = displayName(name)
        return phrase.isEmpty ? "<\(address)>" : "\(phrase) <\(address)>"
    }

    static func displayName(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if words.isEmpty { return "" }
        // Non-ASCII, or text that looks like an encoded word: encoded words, which carry any character safely.
        if !words.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) || words.contains("=?") {
            return encodedWord(words)
        }
        // atext (RFC 5322 3.2.3) and spaces between words: an atom phrase needs no quotes.
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ".unicodeScalars)
        if words.unicodeScalars.allSatisfy(atext.contains) { return words }
        var quoted = "\""
        for character in words {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// RFC 2047 encoded-word when the text is not plain ASCII.
    static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) && !text.contains("=?") { return text }
        // Split into chunks so each encoded word stays under 75 characters.
        var words: [String] = []
        var chunk = ""
        for ch in text {
            if (chunk + String(ch)).utf8.count > 45 { words.append(chunk); chunk = "" }
            chunk.append(ch)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// Quoted-printable (RFC 2045) with CRLF line ends and soft breaks before 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = ""
            var length = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                var piece: String
                if (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && !isLast) {
                    piece = String(UnicodeScalar(byte))
                } else {
                    piece = String(format: "=%02X", byte)
                }
                if length + piece.count > 75 {
                    encoded += "=\r\n"
                    length = 0
                }
                encoded += piece
                length += piece.count
            }
            lines.append(encoded)
        }
        return lines.joined(separator: "\r\n")
    }
}
