import Foundation

/// The handover note for the sociaal consulent (step 2, "intern overleg"), built from a visit. The renderers
/// (plain text, Markdown, e-mail, JSON) all read this one model.
public struct HandoverNote: Sendable {
    public struct Item: Sendable {
        public var title: String
        public var description: String
        public var namedToTenant: Answer
        public var tenantReaction: String
        public var coachFindings: [CoachFinding]
        /// Whom the signal concerns (huurder, partner, kind, …).
        public var concerns: Person = .onbekend
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
    }

    public static let title = "Overdracht signalen – vertrouwelijk"
    public static let schemaVersion = 1

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

    public static let contactRequest = "Neem contact met mij op voor intern overleg."
    public static let adviceLine = "Advies: Veilig Thuis 0800-2000 (ook anoniem). Acuut gevaar: bel 112."
    public static let privacyLine = "Privacy: deel deze notitie niet verder dan nodig en bewaar haar niet in het huurdersdossier."
    public static let ownSignalsTitle = "Eigen signalen (niet op de kaart)"
    public static let thirdPartyTitle = "Van derden – niet zelf waargenomen"

    public init(visit: Visit, card: Signalenkaart, config: Config, coach: Coach, now: Date = Date()) {
        visitID = DraftID.isValid(visit.id) ? visit.id : "onbekend"
        visitStartedAt = visit.startedAt
        writtenAt = now
        self.config = config.sanitized()
        reason = TextSanitizer.singleLine(visit.reason?.rawValue ?? "")
        reasonOther = visit.reason == .anders ? TextSanitizer.singleLine(visit.reasonOther) : ""
        homeReference = TextSanitizer.clean(visit.homeReference, keepNewlines: false)
        childrenPresent = visit.childrenPresent
        special = visit.special
        otherCause = card.otherCause
        func item(_ title: String, _ description: String, _ named: Answer, _ reaction: String, _ concerns: Person) -> Item {
            let clean = TextSanitizer.clean(description)
            return Item(title: TextSanitizer.clean(title, keepNewlines: false), description: clean, namedToTenant: named,
                        tenantReaction: TextSanitizer.clean(reaction, keepNewlines: false),
                        coachFindings: coach.analyse(clean).findings, concerns: concerns)
        }
        var groups: [Group] = []
        for list in card.lists {
            let items = list.signals.compactMap { signal -> Item? in
                guard let observation = visit.observation(for: signal.id), observation.ticked || !observation.description.isEmpty
                else { return nil }
                return item(signal.text, observation.description, observation.namedToTenant, observation.tenantReaction,
                            observation.concerns)
            }
            if !items.isEmpty { groups.append(Group(title: list.title, items: items)) }
        }
        // Observations of signals a custom card no longer has are kept, not silently dropped.
        let orphans = visit.observations.filter { card.signal(id: $0.signalID) == nil && ($0.ticked || !$0.description.isEmpty) }
        let own = visit.ownSignals.map { item($0.title, $0.description, $0.namedToTenant, $0.tenantReaction, $0.concerns) }
            + orphans.map { item($0.signalID, $0.description, $0.namedToTenant, $0.tenantReaction, $0.concerns) }
        if !own.isEmpty { groups.append(Group(title: Self.ownSignalsTitle, items: own)) }
        self.groups = groups
        thirdParty = visit.thirdParty.map {
            ThirdParty(role: TextSanitizer.clean($0.role, keepNewlines: false), said: TextSanitizer.clean($0.said),
                       advisedVeiligThuis: $0.advisedVeiligThuis, advised112: $0.advised112)
        }
        warnings = []
        warnings = computeWarnings(visit: visit)
    }

    /// Items that still have remarks of the coach.
    public var itemsWithRemarks: [Item] { groups.flatMap(\.items).filter { !$0.coachFindings.isEmpty } }

    /// Everything a sociaal consulent would miss or a tenant could object to, in Dutch.
    private func computeWarnings(visit: Visit) -> [String] {
        var out: [String] = []
        let remarks = itemsWithRemarks
        if !remarks.isEmpty {
            let count = remarks.reduce(0) { $0 + $1.coachFindings.count }
            out.append("De coach heeft nog \(Dutch.remarks(count)) bij \(Dutch.descriptions(remarks.count)). Beschrijf wat je zag, hoorde of rook.")
        }
        if groups.isEmpty && thirdParty.isEmpty { out.append("Er zijn nog geen signalen aangevinkt of beschreven.") }
        let undescribed = groups.flatMap(\.items).filter { $0.description.isEmpty }
        if !undescribed.isEmpty { out.append("\(Dutch.signals(undescribed.count)) zonder beschrijving.") }
        if visit.reason == nil { out.append("De reden van het bezoek is nog niet ingevuld (tab Bezoek).") }
        if homeReference.isEmpty { out.append("Het werkorder- of complexnummer ontbreekt (tab Bezoek).") }
        if childrenPresent == .onbekend { out.append("Niet ingevuld of er kinderen aanwezig waren (tab Bezoek).") }
        if special.honourRelated, groups.flatMap(\.items).contains(where: { $0.namedToTenant == .ja }) {
            out.append(NoteTexts.honourNamedWarning)
        }
        if config.workerName.isEmpty || config.consulentName.isEmpty {
            out.append("Je naam of die van de sociaal consulent is niet ingesteld (toets i: instellingen).")
        }
        let texts = groups.flatMap(\.items).flatMap { [$0.title, $0.description, $0.tenantReaction] }
            + thirdParty.flatMap { [$0.role, $0.said] } + [homeReference, reason, reasonOther]
        let personal = texts.flatMap { PersonalDataScanner.scan($0, visitReference: homeReference) }
        let ordinary = personal.filter { !$0.kind.isSpecial }, special = personal.filter(\.kind.isSpecial)
        if !ordinary.isEmpty {
            let kinds = Array(Set(ordinary.map(\.kind.rawValue))).sorted().joined(separator: ", ")
            out.append("Mogelijk persoonsgegevens in de tekst (\(kinds)). Noem rollen, geen namen of adressen.")
        }
        if !special.isEmpty {
            let kinds = Array(Set(special.map(\.kind.label))).sorted().joined(separator: ", ")
            out.append("Mogelijk bijzondere persoonsgegevens in de tekst (\(kinds)). Deel ze alleen als de consulent ze echt nodig heeft, nooit als verklaring.")
        }
        return out
    }
}
