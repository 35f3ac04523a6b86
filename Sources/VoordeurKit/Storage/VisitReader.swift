import Foundation

/// A whole draft read with `JSONSkimmer` instead of `JSONDecoder`: opening a draft at start is on the way to the first
/// frame, and `JSONDecoder`'s first use in a process costs more than listing 500 drafts (its Codable metadata is built
/// at run time; issue 13).
///
/// It reads only drafts written the way `DraftStore.encode` writes them, and for those gives exactly what
/// `JSONDecoder` gives: every key the synthesized or written `init(from:)` requires, optional keys missing or null,
/// unknown keys skipped, dates in the form the encoder writes (checked by writing them back). Anything else (a
/// duplicate key, a key or a date written otherwise, a number with a fraction, an unknown enum value, bad syntax)
/// returns nil, and `JSONDecoder` decides, with its own error.
extension JSONSkimmer {
    mutating func visit() -> Visit? {
        var seen = Seen()
        var schema: Int?, id: String?, started: Date?, updated: Date?, reasonOther: String?, reference: String?
        var reason: VisitReason?, handedOverAt: Date?, children: Answer?, status: VisitStatus?
        var observations: [Observation]?, own: [OwnSignal]?, thirdParty: [ThirdPartyReport]?, special: SpecialSituations?
        let complete = object { key, reader in
            guard seen.first(key) else { return false }
            switch key {
            case "schemaVersion": schema = reader.integer(); return schema != nil
            case "id": id = reader.string(); return id != nil
            case "startedAt": started = reader.canonicalDate(); return started != nil
            case "updatedAt": updated = reader.canonicalDate(); return updated != nil
            case "reason":
                if reader.null() { return true }
                reason = reader.string().flatMap(VisitReason.init(rawValue:))
                return reason != nil
            case "reasonOther": reasonOther = reader.string(); return reasonOther != nil
            case "homeReference": reference = reader.string(); return reference != nil
            case "childrenPresent": children = reader.string().flatMap(Answer.init(rawValue:)); return children != nil
            case "observations": observations = reader.list { $0.observation() }; return observations != nil
            case "ownSignals": own = reader.list { $0.ownSignal() }; return own != nil
            case "thirdParty": thirdParty = reader.list { $0.thirdPartyReport() }; return thirdParty != nil
            case "special": special = reader.specialSituations(); return special != nil
            case "status": status = reader.string().flatMap(VisitStatus.init(rawValue:)); return status != nil
            case "handedOverAt":
                if reader.null() { return true }
                handedOverAt = reader.canonicalDate()
                return handedOverAt != nil
            default: return reader.skip()
            }
        }
        whitespace()
        guard complete, at == bytes.count, let schema, let id, let started, let updated, let reasonOther, let reference,
              let children, let observations, let own, let thirdParty, let special, let status else { return nil }
        var visit = Visit(id: id, startedAt: started)
        visit.schemaVersion = schema
        visit.updatedAt = updated
        visit.reason = reason
        visit.reasonOther = reasonOther
        visit.homeReference = reference
        visit.childrenPresent = children
        visit.observations = observations
        visit.ownSignals = own
        visit.thirdParty = thirdParty
        visit.special = special
        visit.status = status
        visit.handedOverAt = handedOverAt
        return visit
    }

    mutating func observation() -> Observation? {
        var seen = Seen()
        var signalID: String?, ticked: Bool?, description: String?, named: Answer?, reaction: String?
        var concerns = Person.onbekend
        let complete = object { key, reader in
            guard seen.first(key) else { return false }
            switch key {
            case "signalID": signalID = reader.string(); return signalID != nil
            case "ticked": ticked = reader.boolean(); return ticked != nil
            case "description": description = reader.string(); return description != nil
            case "namedToTenant": named = reader.string().flatMap(Answer.init(rawValue:)); return named != nil
            case "tenantReaction": reaction = reader.string(); return reaction != nil
            case "concerns": return reader.optionalPerson(&concerns)
            default: return reader.skip()
            }
        }
        guard complete, let signalID, let ticked, let description, let named, let reaction else { return nil }
        return Observation(signalID: signalID, ticked: ticked, description: description, namedToTenant: named,
                           tenantReaction: reaction, concerns: concerns)
    }

    mutating func ownSignal() -> OwnSignal? {
        var seen = Seen()
        var id: String?, title: String?, description: String?, named: Answer?, reaction: String?
        var concerns = Person.onbekend
        let complete = object { key, reader in
            guard seen.first(key) else { return false }
            switch key {
            case "id": id = reader.string(); return id != nil
            case "title": title = reader.string(); return title != nil
            case "description": description = reader.string(); return description != nil
            case "namedToTenant": named = reader.string().flatMap(Answer.init(rawValue:)); return named != nil
            case "tenantReaction": reaction = reader.string(); return reaction != nil
            case "concerns": return reader.optionalPerson(&concerns)
            default: return reader.skip()
            }
        }
        guard complete, let id, let title, let description, let named, let reaction else { return nil }
        return OwnSignal(id: id, title: title, description: description, namedToTenant: named, tenantReaction: reaction,
                         concerns: concerns)
    }

    mutating func thirdPartyReport() -> ThirdPartyReport? {
        var seen = Seen()
        var id: String?, role: String?, said: String?, veiligThuis: Bool?, advised112: Bool?
        let complete = object { key, reader in
            guard seen.first(key) else { return false }
            switch key {
            case "id": id = reader.string(); return id != nil
            case "role": role = reader.string(); return role != nil
            case "said": said = reader.string(); return said != nil
            case "advisedVeiligThuis": veiligThuis = reader.boolean(); return veiligThuis != nil
            case "advised112": advised112 = reader.boolean(); return advised112 != nil
            default: return reader.skip()
            }
        }
        guard complete, let id, let role, let said, let veiligThuis, let advised112 else { return nil }
        return ThirdPartyReport(id: id, role: role, said: said, advisedVeiligThuis: veiligThuis, advised112: advised112)
    }

    mutating func specialSituations() -> SpecialSituations? {
        var seen = Seen()
        var acute: Bool?, called: Bool?, sexual: Bool?, honour: Bool?
        let complete = object { key, reader in
            guard seen.first(key) else { return false }
            switch key {
            case "acuteDanger": acute = reader.boolean(); return acute != nil
            case "called112": called = reader.boolean(); return called != nil
            case "recentSexualViolence": sexual = reader.boolean(); return sexual != nil
            case "honourRelated": honour = reader.boolean(); return honour != nil
            default: return reader.skip()
            }
        }
        guard complete, let acute, let called, let sexual, let honour else { return nil }
        var special = SpecialSituations()
        special.acuteDanger = acute
        special.called112 = called
        special.recentSexualViolence = sexual
        special.honourRelated = honour
        return special
    }

    /// An array of `element`s; nil when one is not one.
    mutating func list<T>(_ element: (inout JSONSkimmer) -> T?) -> [T]? {
        var out: [T] = []
        let complete = array { reader in
            guard let value = element(&reader) else { return false }
            out.append(value)
            return true
        }
        return complete ? out : nil
    }

    /// `concerns`, which `decodeIfPresent` reads: null leaves the default.
    mutating func optionalPerson(_ person: inout Person) -> Bool {
        if null() { return true }
        guard let value = string().flatMap(Person.init(rawValue:)) else { return false }
        person = value
        return true
    }

    mutating func null() -> Bool {
        whitespace()
        return literal("null")
    }

    /// A date exactly as the encoder writes it (`2026-12-02T09:15:00Z`): what does not come back the same when
    /// written again is left to `JSONDecoder`.
    mutating func canonicalDate() -> Date? {
        whitespace()
        let start = at + 1
        guard string(decode: false) != nil else { return nil }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)])
        guard text.count == 20, let date = DateText.parseISO8601(utf8: text),
              DateText.iso8601(date).utf8.elementsEqual(text) else { return nil }
        return date
    }

    /// The keys met in one object: a second one of the same name, or a name written with an escape, stops the reader
    /// (`JSONDecoder` decides those).
    struct Seen {
        private var names: [Range<Int>] = []

        mutating func first(_ key: Key) -> Bool {
            let raw = UnsafeBufferPointer(rebasing: key.bytes[key.range])
            guard !raw.contains(0x5C) else { return false }
            for name in names where name.count == raw.count
                && memcmp(key.bytes.baseAddress! + name.lowerBound, raw.baseAddress!, raw.count) == 0 {
                return false
            }
            names.append(key.range)
            return true
        }
    }
}
