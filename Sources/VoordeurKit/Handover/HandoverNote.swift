import Foundation

/// The handover note for the sociaal consulent (step 2, "intern overleg"), built from a visit. The renderers
/// (plain text, Markdown, e-mail, JSON) all read this one model, and all give its sections in the order she acts
/// on them: urgency, who was present, the facts, literal words and third parties, what the worker did and agreed,
/// and last his own concern, kept apart from the facts.
public struct HandoverNote: Sendable {
    public struct Item: Sendable {
        public var title: String
        public var description: String
        public var namedToTenant: Answer
        public var tenantReaction: String
        public var coachFindings: [CoachFinding]
        /// Whom the signal concerns (huurder, partner, kind, …), in drafts without persons present.
        public var concerns: Person = .onbekend
        /// The persons present it concerns, as the note names them ("partner (ca. 40)").
        public var persons: [String] = []
        public var personIDs: [String] = []
        /// "14:35", or as typed when it is no time of day; empty when not given.
        public var time: String = ""
        public var minutes: Int?
        /// Position in the card's order: the timeline's order for observations without a time.
        public var order: Int = 0
        /// Literal words in the description.
        public var quotes: [String] = []
        /// The coach on the reaction: a guess there is a guess too.
        public var reactionFindings: [CoachFinding] = []
    }

    public struct Group: Sendable {
        public var title: String
        public var items: [Item]
    }

    public struct ThirdParty: Sendable {
        public var role: String
        public var said: String
        public var advisedVeiligThuis: Bool
        public var advised112: Bool
        public var howKnown: String = ""
        public var coachFindings: [CoachFinding] = []
    }

    /// Where the coach has remarks, for the note's coach section.
    public struct Remark: Sendable {
        public var place: String
        public var findings: [CoachFinding]
    }

    /// The note's language is the consulent's (`[sociaal-consulent] taal`), whatever the worker's screen says: its
    /// fixed texts and the labels of answers and persons come from that table.
    public var strings: Strings { Strings.for(config.noteLanguage) }
    public var texts: NoteTexts { NoteTexts(strings) }
    public static let schemaVersion = 2

    public var visitID: String
    public var visitStartedAt: Date
    public var writtenAt: Date
    public var config: Config
    public var reason: String
    /// "Toelichting bij 'anders'", when the reason is anders.
    public var reasonOther: String
    public var homeReference: String
    public var childrenPresent: Answer
    public var special: SpecialSituations
    /// The card's lists with ticked signals, then "Eigen signalen".
    public var groups: [Group]
    public var thirdParty: [ThirdParty]
    public var otherCause: String
    public var warnings: [String]
    /// Who was present, in the order the worker entered them.
    public var persons: [PresentPerson]
    /// The name the note gives each person present, by id (two children of the same age get a number).
    public var personLabels: [String: String]
    public var agreed: String
    public var returnVisit: String
    public var concern: String
    public var factsLayout: FactsLayout

    public init(visit: Visit, card: Signalenkaart, config: Config, coach: Coach, now: Date = Date(),
                layout: FactsLayout = .tijd) {
        visitID = DraftID.isValid(visit.id) ? visit.id : "onbekend"
        visitStartedAt = visit.startedAt
        writtenAt = now
        factsLayout = layout
        self.config = config.sanitized()
        let texts = NoteTexts(Strings.for(config.noteLanguage))
        reason = TextSanitizer.singleLine(visit.reason?.rawValue ?? "")
        reasonOther = visit.reason == .anders ? TextSanitizer.singleLine(visit.reasonOther) : ""
        homeReference = TextSanitizer.clean(visit.homeReference, keepNewlines: false)
        childrenPresent = visit.childrenPresent
        special = visit.special
        otherCause = card.otherCause
        let persons = visit.persons.filter { !$0.isEmpty }.map {
            PresentPerson(id: TextSanitizer.singleLine($0.id), role: $0.role, age: TextSanitizer.singleLine($0.age))
        }
        self.persons = persons
        var labels: [String: String] = [:]
        let counts = Dictionary(grouping: persons, by: \.label).mapValues(\.count)
        for (index, person) in persons.enumerated() {
            labels[person.id] = counts[person.label, default: 0] > 1 ? texts.numbered(person.label, index + 1) : person.label
        }
        personLabels = labels
        agreed = TextSanitizer.clean(visit.agreed)
        returnVisit = TextSanitizer.singleLine(visit.returnVisit)
        concern = TextSanitizer.clean(visit.concern)
        var order = 0
        func item(_ title: String, _ description: String, _ named: Answer, _ reaction: String, _ concerns: Person,
                  _ personIDs: [String], _ time: String) -> Item {
            let clean = TextSanitizer.clean(description)
            let reaction = TextSanitizer.clean(reaction, keepNewlines: false)
            let known = personIDs.filter { labels[$0] != nil }
            var made = Item(title: TextSanitizer.clean(title, keepNewlines: false), description: clean, namedToTenant: named,
                            tenantReaction: reaction, coachFindings: coach.analyse(clean).findings, concerns: concerns)
            made.personIDs = known
            made.persons = known.isEmpty ? (concerns == .onbekend ? [] : [concerns.rawValue]) : known.compactMap { labels[$0] }
            made.time = ClockTime.normalized(TextSanitizer.singleLine(time))
            made.minutes = ClockTime.minutes(time)
            made.order = order
            made.quotes = QuoteFinder.quotes(in: clean)
            made.reactionFindings = reaction.isEmpty ? [] : coach.analyse(reaction).findings
            order += 1
            return made
        }
        var groups: [Group] = []
        for list in card.lists {
            let items = list.signals.compactMap { signal -> Item? in
                guard let o = visit.observation(for: signal.id), o.ticked || !o.description.isEmpty else { return nil }
                return item(signal.text, o.description, o.namedToTenant, o.tenantReaction, o.concerns, o.personIDs, o.time)
            }
            if !items.isEmpty { groups.append(Group(title: list.title, items: items)) }
        }
        // Observations of signals a custom card no longer has are kept, not silently dropped.
        let orphans = visit.observations.filter { card.signal(id: $0.signalID) == nil && ($0.ticked || !$0.description.isEmpty) }
        let own = visit.ownSignals.map { item($0.title, $0.description, $0.namedToTenant, $0.tenantReaction, $0.concerns, $0.personIDs, $0.time) }
            + orphans.map { item($0.signalID, $0.description, $0.namedToTenant, $0.tenantReaction, $0.concerns, $0.personIDs, $0.time) }
        if !own.isEmpty { groups.append(Group(title: texts.ownSignalsTitle, items: own)) }
        self.groups = groups
        thirdParty = visit.thirdParty.map {
            let said = TextSanitizer.clean($0.said)
            return ThirdParty(role: TextSanitizer.clean($0.role, keepNewlines: false), said: said,
                              advisedVeiligThuis: $0.advisedVeiligThuis, advised112: $0.advised112,
                              howKnown: TextSanitizer.singleLine($0.howKnown),
                              coachFindings: said.isEmpty ? [] : coach.analyse(said).findings)
        }
        warnings = []
        warnings = computeWarnings(visit: visit)
    }

    /// Every item, in the card's order.
    public var items: [Item] { groups.flatMap(\.items) }

    /// The facts as a timeline: observations with a time first, in time order, then the others in the card's order.
    public var timeline: [Item] {
        items.sorted { a, b in
            switch (a.minutes, b.minutes) {
            case let (x?, y?): return x != y ? x < y : a.order < b.order
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.order < b.order
            }
        }
    }

    /// The facts per person present (an observation about two persons stands under both), then the rest.
    public var byPerson: [(person: String, items: [Item])] {
        var out: [(String, [Item])] = []
        let ordered = timeline
        for person in persons {
            let about = ordered.filter { $0.personIDs.contains(person.id) }
            if !about.isEmpty { out.append((personLabels[person.id] ?? person.label, about)) }
        }
        let rest = ordered.filter { $0.personIDs.isEmpty }
        if !rest.isEmpty { out.append((texts.noPerson, rest)) }
        return out
    }

    /// Items that still have remarks of the coach (on the description or the reaction).
    public var itemsWithRemarks: [Item] { items.filter { !$0.coachFindings.isEmpty || !$0.reactionFindings.isEmpty } }

    /// Every place the coach has remarks: descriptions, reactions and what third parties said.
    public var remarks: [Remark] {
        var out: [Remark] = []
        for item in items {
            if !item.coachFindings.isEmpty { out.append(Remark(place: item.title, findings: item.coachFindings)) }
            if !item.reactionFindings.isEmpty { out.append(Remark(place: texts.reactionAt(item.title), findings: item.reactionFindings)) }
        }
        for report in thirdParty where !report.coachFindings.isEmpty {
            out.append(Remark(place: texts.thirdPartyAt(report.role), findings: report.coachFindings))
        }
        return out
    }

    /// Everything a sociaal consulent would miss or a tenant could object to: for the worker, in the screen's language.
    private func computeWarnings(visit: Visit) -> [String] {
        var out: [String] = []
        let remarks = self.remarks
        if !remarks.isEmpty {
            let count = remarks.reduce(0) { $0 + $1.findings.count }
            out.append(tr("note.warning.remarks", ["opmerkingen": trCount("count.remarks", count),
                                                   "beschrijvingen": trCount("count.descriptions", remarks.count)]))
        }
        if groups.isEmpty && thirdParty.isEmpty { out.append(tr("note.warning.nosignals")) }
        let undescribed = items.filter { $0.description.isEmpty }
        if !undescribed.isEmpty { out.append(trCount("note.warning.undescribed", undescribed.count)) }
        if visit.reason == nil { out.append(tr("note.warning.noreason")) }
        if homeReference.isEmpty { out.append(tr("note.warning.noreference")) }
        if childrenPresent == .onbekend && !persons.contains(where: { $0.role == .kind }) {
            out.append(tr("note.warning.nochildren"))
        }
        if special.honourRelated, items.contains(where: { $0.namedToTenant == .ja }) {
            out.append(NoteTexts(.shared).honourNamedWarning)
        }
        if config.workerName.isEmpty || config.consulentName.isEmpty {
            out.append(tr("note.warning.nonames"))
        }
        let texts = items.flatMap { [$0.title, $0.description, $0.tenantReaction] }
            + thirdParty.flatMap { [$0.role, $0.said, $0.howKnown] } + [homeReference, reason, reasonOther, agreed, returnVisit, concern]
            + persons.map(\.age)
        let personal = texts.flatMap { PersonalDataScanner.scan($0, visitReference: homeReference) }
        let ordinary = personal.filter { !$0.kind.isSpecial }, special = personal.filter(\.kind.isSpecial)
        if !ordinary.isEmpty {
            let kinds = Array(Set(ordinary.map(\.kind.shortLabel))).sorted().joined(separator: ", ")
            out.append(tr("note.warning.personal", ["soorten": kinds]))
        }
        if !special.isEmpty {
            let kinds = Array(Set(special.map(\.kind.label))).sorted().joined(separator: ", ")
            out.append(tr("note.warning.special", ["soorten": kinds]))
        }
        return out
    }
}
