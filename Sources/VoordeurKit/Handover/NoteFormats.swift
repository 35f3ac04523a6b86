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

    /// The sender as the consulent reads it; never an instruction meant for the worker.
    var fromLine: String {
        let parts = [config.workerName, config.workerRole, config.workerPhone, config.workerEmail].filter { !$0.isEmpty }
        return parts.isEmpty ? "(\(texts.workerUnset))" : parts.joined(separator: ", ")
    }

    var toLine: String {
        var parts = [config.consulentName.isEmpty ? texts.consulent : "\(config.consulentName), \(texts.consulent)"]
        if !config.consulentEmail.isEmpty { parts.append(config.consulentEmail) }
        if !config.consulentPhone.isEmpty { parts.append(config.consulentPhone) }
        return parts.joined(separator: ", ")
    }

    /// Header fields as (label, value) pairs.
    var headerFields: [(String, String)] {
        var fields: [(String, String)] = [
            (texts.visitLabel, Self.dateTime(visitStartedAt)),
            (texts.writtenLabel, Self.dateTime(writtenAt)),
            (texts.fromLabel, fromLine),
            (texts.toLabel, toLine),
        ]
        if !config.corporation.isEmpty { fields.append((texts.corporationLabel, config.corporation)) }
        fields.append((texts.homeLabel, Self.missing(homeReference, hint: texts.homeMissing)))
        fields.append((texts.reasonLabel, Self.missing(reason, hint: texts.notFilled)))
        if !reasonOther.isEmpty { fields.append((texts.reasonOtherLabel, reasonOther)) }
        return fields
    }

    /// Special situations and the route that applies to each.
    var specialLines: [String] {
        var lines: [String] = []
        // What she must do now: with danger, call the worker back at once (his number is in the note).
        let callBack = [config.workerName, config.workerPhone].filter { !$0.isEmpty }.joined(separator: ", ")
        let now = callBack.isEmpty ? "" : " " + texts.callWorkerNow(callBack)
        if special.acuteDanger {
            lines.append(texts.specialAcuteDanger + " " + (special.called112 ? texts.special112Called : texts.special112NotCalled) + now)
        } else if special.called112 {
            lines.append(texts.special112Called + now)
        }
        if special.recentSexualViolence { lines.append(texts.specialRecentSexual) }
        if special.honourRelated { lines.append(texts.specialHonourRelated) }
        return lines
    }

    var coachLines: [String] {
        let remarks = self.remarks
        if remarks.isEmpty { return [texts.noRemarks] }
        return remarks.map { remark in
            let words = remark.findings.map { "\($0.category.name): \"\($0.match)\"" }.joined(separator: ", ")
            return "\(remark.place): \(words)"
        }
    }

    var closingLines: [String] {
        var lines: [String] = []
        if !otherCause.isEmpty { lines.append(texts.otherCause(otherCause)) }
        lines += [texts.contactRequest, texts.adviceLine, texts.privacyLine]
        return lines
    }

    /// "Kinderen aanwezig": from the persons present when the worker entered them, else his yes or no.
    var childrenLine: String {
        let children = persons.filter { $0.role == .kind }
        if children.isEmpty { return childrenPresent.label(strings) }
        return texts.children(children.map(\.age))
    }

    /// "14:35 – titel" or the title alone.
    static func heading(_ item: Item) -> String { item.time.isEmpty ? item.title : "\(item.time) – \(item.title)" }

    func factBlocks(_ item: Item, number: Int) -> [NoteBlock] {
        [.item("\(number).", Self.heading(item)),
         .detail(texts.aboutLabel, item.persons.isEmpty ? "(\(texts.aboutNobody))" : item.persons.joined(separator: ", ")),
         .detail(texts.observedLabel, item.description.isEmpty ? "(\(texts.notDescribed))" : item.description)]
    }

    /// The note as blocks, in the order of the sections.
    var blocks: [NoteBlock] {
        var out: [NoteBlock] = [.title(texts.title)]
        for (label, value) in headerFields { out.append(.field(label, value)) }

        out.append(.section(texts.sectionUrgency))
        if specialLines.isEmpty { out.append(.text(texts.noUrgency)) }
        for line in specialLines { out.append(.bullet(line)) }

        out.append(.section(texts.sectionPresent))
        if persons.isEmpty { out.append(.text(texts.nobodyEntered)) }
        for (index, person) in persons.enumerated() { out.append(.item("\(index + 1).", personLabels[person.id] ?? person.label)) }
        out.append(.field(texts.childrenLabel, childrenLine))

        out.append(.section(texts.sectionFacts(factsLayout)))
        if items.isEmpty { out.append(.text(texts.noSignals)) }
        if factsLayout == .tijd {
            for (index, item) in timeline.enumerated() { out += factBlocks(item, number: index + 1) }
        } else {
            for (person, items) in byPerson {
                out.append(.subheading(person + ":"))
                for (index, item) in items.enumerated() { out += factBlocks(item, number: index + 1) }
            }
        }

        out.append(.section(texts.sectionQuotes))
        let quoted = timeline.flatMap { item in item.quotes.map { (quote: $0, title: item.title) } }
        if quoted.isEmpty && thirdParty.isEmpty { out.append(.text(texts.noQuotes)) }
        for entry in quoted { out.append(.bullet("\"\(entry.quote)\" (\(texts.quoteSource(entry.title)))")) }
        if !thirdParty.isEmpty {
            out.append(.subheading(texts.thirdPartyTitle + ":"))
            for (index, report) in thirdParty.enumerated() {
                out.append(.item("\(index + 1).", "\(texts.sourceLabel): \(Self.missing(report.role, hint: texts.roleUnknown))"))
                out.append(.detail(texts.howKnownLabel, Self.missing(report.howKnown, hint: texts.notFilled)))
                out.append(.detail(texts.saidLabel, Self.missing(report.said, hint: texts.notFilled)))
                out.append(.detail(texts.advisedVeiligThuisLabel, texts.yesNo(report.advisedVeiligThuis)))
                out.append(.detail(texts.advised112Label, texts.yesNo(report.advised112)))
            }
        }

        out.append(.section(texts.sectionActions))
        let named = timeline.filter { $0.namedToTenant != .onbekend || !$0.tenantReaction.isEmpty }
        if named.isEmpty { out.append(.text(texts.nothingNamed)) }
        for (index, item) in named.enumerated() {
            out.append(.item("\(index + 1).", item.title))
            out.append(.detail(texts.namedLabel, item.namedToTenant.label(strings)))
            if !item.tenantReaction.isEmpty { out.append(.detail(texts.reactionLabel, item.tenantReaction)) }
        }
        out.append(.field(texts.agreedLabel, Self.missing(agreed, hint: texts.notFilled)))
        out.append(.field(texts.returnVisitLabel, Self.missing(returnVisit, hint: texts.notFilled)))

        out.append(.section(texts.sectionConcern))
        if concern.isEmpty {
            out.append(.text("(\(texts.notFilled))"))
        } else {
            out.append(.text(texts.concernIntro))
            out.append(.text(concern))
        }

        out.append(.section(texts.sectionCoach))
        for line in coachLines { out.append(.bullet(line)) }
        out.append(.blank)
        for line in closingLines { out.append(.text(line)) }
        return out
    }

    /// The section titles in order (the JSON note names them too).
    public var sectionTitles: [String] {
        blocks.compactMap { if case .section(let title) = $0 { return title } else { return nil } }
    }

    // MARK: Plain text

    /// Plain text wrapped at `width` columns (72 by default).
    public func plainText(width: Int = 72) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .title(let title): out += [title, String(repeating: "=", count: DisplayWidth.of(title)), ""]
            case .section(let title): out += ["", title, String(repeating: "-", count: DisplayWidth.of(title))]
            case .field(let label, let value): out += TextWrap.hanging("\(label): \(value)", width: width, first: "", rest: "  ")
            case .item(let number, let text):
                out += TextWrap.hanging(text, width: width, first: number + " ", rest: String(repeating: " ", count: number.count + 1))
            case .detail(let label, let value): out += TextWrap.hanging("\(label): \(value)", width: width, first: "   ", rest: "     ")
            case .subheading(let text): out += [""] + TextWrap.lines(text, width: width)
            case .bullet(let text): out += TextWrap.hanging(text, width: width, first: "- ", rest: "  ")
            case .text(let text): out += TextWrap.lines(text, width: width)
            case .blank: out.append("")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The body of the e-mail: the same blocks without any alignment by spaces, as flowed paragraphs (RFC 3676), so
    /// a proportional font and Outlook's rewrapping leave it readable.
    public func flowedText(width: Int = 72) -> String {
        var paragraphs: [String] = []
        for block in blocks {
            switch block {
            case .title(let title): paragraphs += [title, ""]
            // Capitals mark a section in any font; an underline of dashes would only line up in a fixed one.
            case .section(let title): paragraphs += ["", title.uppercased()]
            case .field(let label, let value), .detail(let label, let value): paragraphs.append("\(label): \(value)")
            case .item(let number, let text): paragraphs.append("\(number) \(text)")
            case .subheading(let text): paragraphs += ["", text]
            case .bullet(let text): paragraphs.append("- " + text)
            case .text(let text): paragraphs.append(text)
            case .blank: paragraphs.append("")
            }
        }
        return FlowedText.encode(paragraphs, width: width) + "\n"
    }

    /// The e-mail body for a mail program that composes the message itself (xdg-email): the same paragraphs as the
    /// .eml, unwrapped, so the program wraps them in its own font.
    public var mailBody: String { FlowedText.decode(flowedText()).joined(separator: "\n") }

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
        var out: [String] = []
        var closing = false
        for block in blocks {
            switch block {
            case .title(let title): out += ["# \(title)", ""]
            case .section(let title): out += ["", "## \(e(title))", ""]
            case .field(let label, let value): out.append("- **\(e(label)):** \(e(value))")
            case .item(let number, let text): out.append("\(number) **\(e(text))**  ")
            case .detail(let label, let value): out.append("   \(e(label)): \(e(value))  ")
            case .subheading(let text): out += ["", "### \(e(text))", ""]
            case .bullet(let text): out.append("- \(e(text))")
            case .text(let text): out += closing ? ["> \(e(text))", ">"] : [e(text), ""]
            case .blank: out.append(""); closing = true
            }
        }
        if out.last == ">" { out.removeLast() }
        // One blank line between blocks is enough: a paragraph before a heading must not leave two.
        var tidy: [String] = []
        for line in out where !(line.isEmpty && tidy.last?.isEmpty == true) { tidy.append(line) }
        return tidy.joined(separator: "\n") + "\n"
    }

    // MARK: E-mail

    /// Whether the note must be read now: acute danger, 112 called, honour-related or recent sexual violence.
    public var isUrgent: Bool { special.any }

    /// What makes the note urgent, in the order the consulent acts on it ("acuut gevaar", "112 gebeld", …).
    public var urgencyReasons: [String] {
        var reasons: [String] = []
        if special.acuteDanger { reasons.append(texts.acuteDanger) }
        if special.called112 { reasons.append(texts.called112) }
        if special.honourRelated { reasons.append(texts.honourRelated) }
        if special.recentSexualViolence { reasons.append(texts.recentSexualViolence) }
        return reasons
    }

    /// A subject without personal data that names the urgency and the work order, so the consulent sees in her inbox
    /// which note to open first and which home it is: "SPOED – acuut gevaar, 112 gebeld – werkorder WO-1 – …".
    public var emailSubject: String {
        var parts: [String] = []
        if isUrgent { parts += [texts.urgentPrefix, urgencyReasons.joined(separator: ", ")] }
        parts += [texts.workOrder(homeReference), texts.title, texts.visitAt(Self.dateTime(visitStartedAt))]
        return parts.joined(separator: " – ")
    }

    /// An RFC 5322 message with a MIME UTF-8 text body (format=flowed, quoted-printable), addressed to the
    /// configured consulent.
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
            "Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=no",
            "Content-Transfer-Encoding: quoted-printable",
            "Sensitivity: Company-Confidential",
        ]
        // High priority only when it is urgent: on every note it would mean nothing.
        if isUrgent { headers += ["X-Priority: 1", "Importance: High"] }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + MIME.quotedPrintable(flowedText()) + "\r\n"
    }

    // MARK: JSON

    struct JSONNote: Encodable {
        struct Person: Encodable { var name: String; var role: String?; var email: String?; var phone: String }
        struct Present: Encodable { var id: String; var number: Int; var role: String; var age: String; var label: String }
        struct Item: Encodable {
            var signal: String; var concerns: String; var description: String; var namedToTenant: String; var tenantReaction: String
            var coachRemarks: [Remark]
        }
        struct Fact: Encodable {
            var signal: String; var time: String?; var persons: [String]; var personLabels: [String]; var description: String
            var quotes: [String]
        }
        struct Remark: Encodable { var category: String; var match: String; var start: Int; var end: Int }
        struct Group: Encodable { var title: String; var items: [Item] }
        struct Third: Encodable {
            var role: String; var source: String; var howKnown: String; var said: String; var advisedVeiligThuis: Bool
            var advised112: Bool; var observedBySelf: Bool
        }
        struct Special: Encodable { var acuteDanger: Bool; var called112: Bool; var recentSexualViolence: Bool; var honourRelated: Bool }
        struct Named: Encodable { var signal: String; var namedToTenant: String; var tenantReaction: String }
        struct Actions: Encodable { var named: [Named]; var agreed: String; var returnVisit: String }
        struct Concern: Encodable { var text: String; var isInterpretation: Bool }
        var schema: String
        var schemaVersion: Int
        var title: String
        var subject: String
        var sections: [String]
        var visitID: String
        var visitStartedAt: String
        var writtenAt: String
        var from: Person
        var to: Person
        var corporation: String
        var reason: String
        var reasonOther: String
        var homeReference: String
        var urgent: Bool
        var urgency: [String]
        var special: Special
        var persons: [Present]
        var childrenPresent: String
        var factsLayout: String
        var facts: [Fact]
        var signals: [Group]
        var thirdParty: [Third]
        var actions: Actions
        var concern: Concern
        var warnings: [String]
        var closing: [String]
    }

    public func json() -> String {
        let iso = ISO8601DateFormatter()
        let remark = { (f: CoachFinding) in JSONNote.Remark(category: f.category.name, match: f.match, start: f.start, end: f.end) }
        let note = JSONNote(
            schema: "voordeur.overdracht", schemaVersion: Self.schemaVersion, title: texts.title, subject: emailSubject,
            sections: sectionTitles, visitID: visitID,
            visitStartedAt: iso.string(from: visitStartedAt), writtenAt: iso.string(from: writtenAt),
            from: .init(name: config.workerName, role: config.workerRole, email: config.workerEmail.isEmpty ? nil : config.workerEmail,
                         phone: config.workerPhone),
            to: .init(name: config.consulentName, role: "sociaal consulent", email: config.consulentEmail, phone: config.consulentPhone),
            corporation: config.corporation, reason: reason, reasonOther: reasonOther, homeReference: homeReference,
            urgent: isUrgent, urgency: urgencyReasons,
            special: .init(acuteDanger: special.acuteDanger, called112: special.called112,
                           recentSexualViolence: special.recentSexualViolence, honourRelated: special.honourRelated),
            persons: persons.enumerated().map { index, person in
                .init(id: person.id, number: index + 1, role: person.role.rawValue, age: person.age,
                      label: personLabels[person.id] ?? person.label)
            },
            childrenPresent: childrenPresent.rawValue, factsLayout: factsLayout.rawValue,
            facts: timeline.map { item in
                .init(signal: item.title, time: item.time.isEmpty ? nil : item.time, persons: item.personIDs,
                      personLabels: item.persons, description: item.description, quotes: item.quotes)
            },
            signals: groups.map { group in
                .init(title: group.title, items: group.items.map { item in
                    .init(signal: item.title, concerns: item.concerns.rawValue, description: item.description, namedToTenant: item.namedToTenant.rawValue,
                          tenantReaction: item.tenantReaction, coachRemarks: (item.coachFindings + item.reactionFindings).map(remark))
                })
            },
            thirdParty: thirdParty.map {
                .init(role: $0.role, source: $0.role, howKnown: $0.howKnown, said: $0.said, advisedVeiligThuis: $0.advisedVeiligThuis,
                      advised112: $0.advised112, observedBySelf: false)
            },
            actions: .init(named: timeline.filter { $0.namedToTenant != .onbekend || !$0.tenantReaction.isEmpty }.map {
                .init(signal: $0.title, namedToTenant: $0.namedToTenant.rawValue, tenantReaction: $0.tenantReaction)
            }, agreed: agreed, returnVisit: returnVisit),
            concern: .init(text: concern, isInterpretation: true),
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
