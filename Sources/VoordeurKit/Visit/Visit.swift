import Foundation

/// Why the worker was in the home.
public enum VisitReason: String, Codable, CaseIterable, Sendable {
    case reparatie, onderhoud, inspectie, oplevering, anders
}

/// A yes/no question that may not have been answered yet.
public enum Answer: String, Codable, CaseIterable, Sendable {
    case onbekend, ja, nee

    /// The label in the screen's language (the raw value is what a draft stores).
    public var label: String { label(Strings.shared) }
    public func label(_ strings: Strings) -> String { strings["answer.\(rawValue)"] }

    /// ja → nee → onbekend → ja
    public var next: Answer {
        switch self {
        case .onbekend: return .ja
        case .ja: return .nee
        case .nee: return .onbekend
        }
    }
}

public enum VisitStatus: String, Codable, Sendable {
    case concept, overgedragen
}

/// Whom an observation concerns. A role, never a name.
public enum Person: String, Codable, CaseIterable, Sendable {
    case onbekend, huurder, partner, kind
    case anderGezinslid = "ander gezinslid"

    /// The label in the screen's language (the raw value is what a draft stores).
    public var label: String { label(Strings.shared) }
    public func label(_ strings: Strings) -> String { strings["person.\(rawValue.replacingOccurrences(of: " ", with: "-"))"] }

    /// onbekend → huurder → partner → kind → ander gezinslid → onbekend
    public var next: Person {
        let all = Person.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    public var previous: Person {
        let all = Person.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }
}

/// A signal from the card that the worker observed, with his objective description.
public struct Observation: Codable, Equatable, Sendable {
    public var signalID: String
    public var ticked: Bool
    public var description: String
    /// "Direct benoemd bij de huurder?"
    public var namedToTenant: Answer
    public var tenantReaction: String
    /// Whom it concerns; absent in drafts written before it existed.
    public var concerns: Person
    /// The persons present (`Visit.persons`) it concerns, one or more; absent in older drafts.
    public var personIDs: [String]
    /// When it was seen, as typed ("14:35"); absent in older drafts.
    public var time: String

    public init(signalID: String, ticked: Bool = true, description: String = "", namedToTenant: Answer = .onbekend,
                tenantReaction: String = "", concerns: Person = .onbekend, personIDs: [String] = [], time: String = "") {
        self.signalID = signalID
        self.ticked = ticked
        self.description = description
        self.namedToTenant = namedToTenant
        self.tenantReaction = tenantReaction
        self.concerns = concerns
        self.personIDs = personIDs
        self.time = time
    }

    enum CodingKeys: String, CodingKey { case signalID, ticked, description, namedToTenant, tenantReaction, concerns, personIDs, time }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        signalID = try c.decode(String.self, forKey: .signalID)
        ticked = try c.decode(Bool.self, forKey: .ticked)
        description = try c.decode(String.self, forKey: .description)
        namedToTenant = try c.decode(Answer.self, forKey: .namedToTenant)
        tenantReaction = try c.decode(String.self, forKey: .tenantReaction)
        concerns = try c.decodeIfPresent(Person.self, forKey: .concerns) ?? .onbekend
        personIDs = try c.decodeIfPresent([String].self, forKey: .personIDs) ?? []
        time = try c.decodeIfPresent(String.self, forKey: .time) ?? ""
    }

    /// Whether the observation carries anything worth keeping.
    public var isEmpty: Bool {
        !ticked && description.isEmpty && tenantReaction.isEmpty && namedToTenant == .onbekend && concerns == .onbekend
            && personIDs.isEmpty && time.isEmpty
    }
}

/// A signal the worker saw that is not on the card (the card is never complete).
public struct OwnSignal: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var namedToTenant: Answer
    public var tenantReaction: String
    /// Whom it concerns; absent in drafts written before it existed.
    public var concerns: Person
    /// The persons present it concerns; absent in older drafts.
    public var personIDs: [String]
    /// When it was seen ("14:35"); absent in older drafts.
    public var time: String

    public init(id: String, title: String, description: String = "", namedToTenant: Answer = .onbekend,
                tenantReaction: String = "", concerns: Person = .onbekend, personIDs: [String] = [], time: String = "") {
        self.id = id
        self.title = title
        self.description = description
        self.namedToTenant = namedToTenant
        self.tenantReaction = tenantReaction
        self.concerns = concerns
        self.personIDs = personIDs
        self.time = time
    }

    enum CodingKeys: String, CodingKey { case id, title, description, namedToTenant, tenantReaction, concerns, personIDs, time }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decode(String.self, forKey: .description)
        namedToTenant = try c.decode(Answer.self, forKey: .namedToTenant)
        tenantReaction = try c.decode(String.self, forKey: .tenantReaction)
        concerns = try c.decodeIfPresent(Person.self, forKey: .concerns) ?? .onbekend
        personIDs = try c.decodeIfPresent([String].self, forKey: .personIDs) ?? []
        time = try c.decodeIfPresent(String.self, forKey: .time) ?? ""
    }
}

/// What a third party (a neighbour, a colleague) said: not observed by the worker himself.
public struct ThirdPartyReport: Codable, Equatable, Sendable {
    public var id: String
    /// Their role ("buurvrouw", "collega incasso"), never their name.
    public var role: String
    public var said: String
    /// Advised to share their worries with Veilig Thuis themselves.
    public var advisedVeiligThuis: Bool
    /// Advised to call 112 in an acute situation.
    public var advised112: Bool
    /// How the source knows ("hoorde het door de muur", "van horen zeggen"); absent in older drafts.
    public var howKnown: String

    public init(id: String, role: String = "", said: String = "", advisedVeiligThuis: Bool = false, advised112: Bool = false,
                howKnown: String = "") {
        self.id = id
        self.role = role
        self.said = said
        self.advisedVeiligThuis = advisedVeiligThuis
        self.advised112 = advised112
        self.howKnown = howKnown
    }

    enum CodingKeys: String, CodingKey { case id, role, said, advisedVeiligThuis, advised112, howKnown }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        role = try c.decode(String.self, forKey: .role)
        said = try c.decode(String.self, forKey: .said)
        advisedVeiligThuis = try c.decode(Bool.self, forKey: .advisedVeiligThuis)
        advised112 = try c.decode(Bool.self, forKey: .advised112)
        howKnown = try c.decodeIfPresent(String.self, forKey: .howKnown) ?? ""
    }
}

/// Situations that call for another route than the usual step plan.
public struct SpecialSituations: Codable, Equatable, Sendable {
    public var acuteDanger: Bool = false
    public var called112: Bool = false
    /// Sexual violence a week ago or less: Centrum Seksueel Geweld.
    public var recentSexualViolence: Bool = false
    /// Honour-related violence: no conversation with the tenant; advice from Veilig Thuis.
    public var honourRelated: Bool = false

    public init() {}

    public var any: Bool { acuteDanger || called112 || recentSexualViolence || honourRelated }
}

/// A visit (bezoek): everything the worker noted about one home on one occasion.
public struct Visit: Codable, Equatable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var id: String
    public var startedAt: Date
    public var updatedAt: Date
    public var reason: VisitReason?
    public var reasonOther: String
    /// A work-order or complex number; never a name or address.
    public var homeReference: String
    public var childrenPresent: Answer
    public var observations: [Observation]
    public var ownSignals: [OwnSignal]
    public var thirdParty: [ThirdPartyReport]
    public var special: SpecialSituations
    public var status: VisitStatus
    public var handedOverAt: Date?
    /// Who was present, by role and approximate age (tab Bezoek).
    public var persons: [PresentPerson]
    /// What the worker did, said or promised (besides naming signals).
    public var agreed: String
    /// A return visit, if one was agreed ("do 3-12 om 9:00 terug voor de kraan").
    public var returnVisit: String
    /// The worker's own concern: his interpretation, kept apart from the facts as the meldcode asks.
    public var concern: String

    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, startedAt, updatedAt, reason, reasonOther, homeReference, childrenPresent, observations,
             ownSignals, thirdParty, special, status, handedOverAt, persons, agreed, returnVisit, concern
    }

    /// Drafts written before persons, actions and concern existed still open: those fields are optional.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        startedAt = try c.decode(Date.self, forKey: .startedAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        reason = try c.decodeIfPresent(VisitReason.self, forKey: .reason)
        reasonOther = try c.decode(String.self, forKey: .reasonOther)
        homeReference = try c.decode(String.self, forKey: .homeReference)
        childrenPresent = try c.decode(Answer.self, forKey: .childrenPresent)
        observations = try c.decode([Observation].self, forKey: .observations)
        ownSignals = try c.decode([OwnSignal].self, forKey: .ownSignals)
        thirdParty = try c.decode([ThirdPartyReport].self, forKey: .thirdParty)
        special = try c.decode(SpecialSituations.self, forKey: .special)
        status = try c.decode(VisitStatus.self, forKey: .status)
        handedOverAt = try c.decodeIfPresent(Date.self, forKey: .handedOverAt)
        persons = try c.decodeIfPresent([PresentPerson].self, forKey: .persons) ?? []
        agreed = try c.decodeIfPresent(String.self, forKey: .agreed) ?? ""
        returnVisit = try c.decodeIfPresent(String.self, forKey: .returnVisit) ?? ""
        concern = try c.decodeIfPresent(String.self, forKey: .concern) ?? ""
    }

    public init(id: String, startedAt: Date) {
        schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.startedAt = startedAt
        updatedAt = startedAt
        reason = nil
        reasonOther = ""
        homeReference = ""
        childrenPresent = .onbekend
        observations = []
        ownSignals = []
        thirdParty = []
        special = SpecialSituations()
        status = .concept
        handedOverAt = nil
        persons = []
        agreed = ""
        returnVisit = ""
        concern = ""
    }

    /// A new visit with an id made from its start time plus a random suffix (no personal data).
    public static func new(now: Date = Date()) -> Visit {
        let suffix = String(UInt32.random(in: 0...0xFFFF), radix: 16)
        return Visit(id: "\(DateText.format(now, "yyyyMMdd-HHmm"))-\(String(repeating: "0", count: 4 - suffix.count))\(suffix)",
                     startedAt: now)
    }

    public func observation(for signalID: String) -> Observation? { observations.first { $0.signalID == signalID } }

    public func isTicked(_ signalID: String) -> Bool { observation(for: signalID)?.ticked ?? false }

    /// Changes the observation of `signalID`, creating it when needed and dropping it when it becomes empty.
    public mutating func updateObservation(_ signalID: String, _ change: (inout Observation) -> Void) {
        if let index = observations.firstIndex(where: { $0.signalID == signalID }) {
            change(&observations[index])
            if observations[index].isEmpty { observations.remove(at: index) }
        } else {
            var observation = Observation(signalID: signalID, ticked: false)
            change(&observation)
            if !observation.isEmpty { observations.append(observation) }
        }
    }

    /// Ticked card signals plus own signals: what `voordeur lijst` counts.
    public var signalCount: Int { observations.filter(\.ticked).count + ownSignals.count }
}
