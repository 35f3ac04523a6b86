import Foundation
import VoordeurKit

/// What kind of input a field takes.
public enum FieldKind: Equatable, Sendable {
    /// One line of text.
    case line
    /// Several lines; ↑↓ move inside the text and never leave the field.
    case text
    /// ja / nee / nog niet ingevuld.
    case answer
    /// A tick box.
    case flag
    /// Whom it concerns: huurder, partner, kind, ander gezinslid.
    case person
    /// One of a list of words (empty allowed).
    case choice([String])
    /// A date and time typed as dd-mm-jjjj uu:mm; applied when the editor closes.
    case dateTime
    /// One or more of the persons present (tab Bezoek): ←→ choose, Space ticks.
    case persons

    public var isText: Bool {
        switch self {
        case .line, .text, .dateTime: return true
        default: return false
        }
    }
}

/// Which value of the visit (or of the settings) a field edits.
public enum FieldPath: Hashable, Sendable {
    case observation(String, ObservationPart)
    case own(String, ObservationPart)
    case ownTitle(String)
    case thirdParty(String, ThirdPartyPart)
    case visitReasonOther, visitHomeReference, visitStartedAt
    case visitAgreed, visitReturnVisit, visitConcern
    /// A person present: role and approximate age.
    case personRole(String), personAge(String)
    /// Not a value: Space on it sends a test message to the worker himself (settings).
    case sendTest
    case setting(section: String, key: String)

    /// Whether the field edits the visit (and so needs saving), not the settings.
    public var isVisit: Bool {
        switch self {
        case .setting, .sendTest: return false
        default: return true
        }
    }

    public enum ObservationPart: Hashable, Sendable { case description, namedToTenant, reaction, concerns, persons, time }
    public enum ThirdPartyPart: Hashable, Sendable { case role, said, advisedVeiligThuis, advised112, howKnown }
}

/// A field's value, whatever its kind.
public enum FieldValue: Equatable, Sendable {
    case text(String)
    case answer(Answer)
    case flag(Bool)
    case person(Person)
    case persons([String])

    public var text: String {
        if case .text(let text) = self { return text }
        return ""
    }
}

/// One field of an editor, described as data: one code path reads, writes, draws and handles keys for all of them.
public struct FieldSpec: Equatable, Sendable {
    public var label: String
    public var kind: FieldKind
    public var path: FieldPath
    /// An example or explanation under the field.
    public var note: String?
    /// Shown, not edited: a setting the corporation fixed, or the PIN line (Enter opens the PIN screen).
    public var readOnly = false

    public init(_ label: String, _ kind: FieldKind, _ path: FieldPath, note: String? = nil, readOnly: Bool = false) {
        self.label = label
        self.kind = kind
        self.path = path
        self.note = note
        self.readOnly = readOnly
    }
}

/// The field lists of every editor. Adding a field to an editor is one line here.
public enum FieldCatalog {
    static var namedExample: String { tr("field.namedexample") }

    /// "Over wie?": the persons present when the worker entered them on Bezoek (one or more), else a role.
    static func about(_ path: FieldPath, hasPersons: Bool) -> FieldSpec {
        FieldSpec(AppNoteTexts.aboutWhom, hasPersons ? .persons : .person, path,
                  note: hasPersons ? AppNoteTexts.aboutWhomNote : AppNoteTexts.aboutWhomNoPersons)
    }

    public static func observation(_ id: String, hasPersons: Bool = false) -> [FieldSpec] {
        [FieldSpec(tr("field.description"), .text, .observation(id, .description)),
         about(.observation(id, hasPersons ? .persons : .concerns), hasPersons: hasPersons),
         FieldSpec(tr("field.named"), .answer, .observation(id, .namedToTenant), note: namedExample),
         FieldSpec(tr("field.reaction"), .line, .observation(id, .reaction)),
         FieldSpec(AppNoteTexts.timeLabel, .line, .observation(id, .time))]
    }

    public static func own(_ id: String, hasPersons: Bool = false) -> [FieldSpec] {
        [FieldSpec(tr("field.owntitle"), .line, .ownTitle(id)),
         FieldSpec(tr("field.description"), .text, .own(id, .description)),
         about(.own(id, hasPersons ? .persons : .concerns), hasPersons: hasPersons),
         FieldSpec(tr("field.named"), .answer, .own(id, .namedToTenant), note: namedExample),
         FieldSpec(tr("field.reaction"), .line, .own(id, .reaction)),
         FieldSpec(AppNoteTexts.timeLabel, .line, .own(id, .time))]
    }

    public static func thirdParty(_ id: String) -> [FieldSpec] {
        [FieldSpec(tr("field.role"), .line, .thirdParty(id, .role)),
         FieldSpec(tr("field.said"), .text, .thirdParty(id, .said)),
         FieldSpec(tr("field.advisedvt"), .flag, .thirdParty(id, .advisedVeiligThuis)),
         FieldSpec(tr("field.advised112"), .flag, .thirdParty(id, .advised112)),
         FieldSpec(AppNoteTexts.howKnownLabel, .line, .thirdParty(id, .howKnown))]
    }

    /// The persons present: role and approximate age for each, and one empty pair to add someone.
    public static func persons(_ ids: [String]) -> [FieldSpec] {
        ids.enumerated().flatMap { index, id in
            [FieldSpec(AppNoteTexts.personRole(index + 1), .person, .personRole(id)),
             FieldSpec(AppNoteTexts.personAge(index + 1), .line, .personAge(id))]
        }
    }

    public static func settings(jobTitles: [String]) -> [FieldSpec] {
        [FieldSpec(tr("field.yourname"), .line, .setting(section: "medewerker", key: "naam")),
         FieldSpec(tr("field.function"), .choice([""] + jobTitles), .setting(section: "medewerker", key: "functie")),
         FieldSpec(tr("field.yourphone"), .line, .setting(section: "medewerker", key: "telefoon")),
         FieldSpec(tr("field.youremail"), .line, .setting(section: "medewerker", key: "email")),
         FieldSpec(tr("field.consulentname"), .line, .setting(section: "sociaal-consulent", key: "naam")),
         FieldSpec(tr("field.consulentemail"), .line, .setting(section: "sociaal-consulent", key: "email")),
         FieldSpec(tr("field.consulentphone"), .line, .setting(section: "sociaal-consulent", key: "telefoon")),
         FieldSpec(tr("field.corporation"), .line, .setting(section: "corporatie", key: "naam")),
         FieldSpec(AppNoteTexts.mailProgram, .choice(MailPrograms.choices()), .setting(section: "voordeur", key: "verzendcommando")),
         FieldSpec(AppNoteTexts.sendCommand, .line, .setting(section: "voordeur", key: "verzendcommando")),
         FieldSpec(AppNoteTexts.sendTest, .flag, .sendTest)]
    }
}

extension FieldPath {
    /// The current value in the state.
    public func read(_ state: AppState) -> FieldValue {
        let visit = state.visit
        switch self {
        case .observation(let id, let part):
            let o = visit.observation(for: id) ?? Observation(signalID: id, ticked: false)
            return Self.read(part, description: o.description, named: o.namedToTenant, reaction: o.tenantReaction, concerns: o.concerns,
                             persons: o.personIDs, time: o.time)
        case .own(let id, let part):
            guard let o = visit.ownSignals.first(where: { $0.id == id }) else { return .text("") }
            return Self.read(part, description: o.description, named: o.namedToTenant, reaction: o.tenantReaction, concerns: o.concerns,
                             persons: o.personIDs, time: o.time)
        case .ownTitle(let id):
            return .text(visit.ownSignals.first { $0.id == id }?.title ?? "")
        case .thirdParty(let id, let part):
            guard let r = visit.thirdParty.first(where: { $0.id == id }) else { return .text("") }
            switch part {
            case .role: return .text(r.role)
            case .said: return .text(r.said)
            case .advisedVeiligThuis: return .flag(r.advisedVeiligThuis)
            case .advised112: return .flag(r.advised112)
            case .howKnown: return .text(r.howKnown)
            }
        case .visitReasonOther: return .text(visit.reasonOther)
        case .visitAgreed: return .text(visit.agreed)
        case .visitReturnVisit: return .text(visit.returnVisit)
        case .visitConcern: return .text(visit.concern)
        case .personRole(let id): return .person(visit.persons.first { $0.id == id }?.role ?? .onbekend)
        case .personAge(let id): return .text(visit.persons.first { $0.id == id }?.age ?? "")
        case .visitHomeReference: return .text(visit.homeReference)
        case .visitStartedAt: return .text(DateText.dateTime(visit.startedAt))
        case .setting(let section, let key):
            return .text(state.config.fileValue(section: section, key: key) ?? "")
        case .sendTest: return .flag(false)
        }
    }

    private static func read(_ part: ObservationPart, description: String, named: Answer, reaction: String,
                             concerns: Person, persons: [String], time: String) -> FieldValue {
        switch part {
        case .description: return .text(description)
        case .namedToTenant: return .answer(named)
        case .reaction: return .text(reaction)
        case .concerns: return .person(concerns)
        case .persons: return .persons(persons)
        case .time: return .text(time)
        }
    }

    /// Writes `value` into the state. Writing anything about a signal ticks it (the worker saw it).
    public func write(_ value: FieldValue, _ state: inout AppState) {
        switch self {
        case .observation(let id, let part):
            state.visit.updateObservation(id) { o in
                switch (part, value) {
                case (.description, .text(let t)): o.description = t
                case (.namedToTenant, .answer(let a)): o.namedToTenant = a
                case (.reaction, .text(let t)): o.tenantReaction = t
                case (.concerns, .person(let p)): o.concerns = p
                case (.persons, .persons(let ids)): o.personIDs = ids
                case (.time, .text(let t)): o.time = t
                default: break
                }
                // Something written about the signal: the worker saw it.
                if !o.description.isEmpty || !o.tenantReaction.isEmpty || o.namedToTenant != .onbekend || o.concerns != .onbekend
                    || !o.personIDs.isEmpty || !o.time.isEmpty {
                    o.ticked = true
                }
            }
        case .own(let id, let part):
            guard let i = state.visit.ownSignals.firstIndex(where: { $0.id == id }) else { return }
            switch (part, value) {
            case (.description, .text(let t)): state.visit.ownSignals[i].description = t
            case (.namedToTenant, .answer(let a)): state.visit.ownSignals[i].namedToTenant = a
            case (.reaction, .text(let t)): state.visit.ownSignals[i].tenantReaction = t
            case (.concerns, .person(let p)): state.visit.ownSignals[i].concerns = p
            case (.persons, .persons(let ids)): state.visit.ownSignals[i].personIDs = ids
            case (.time, .text(let t)): state.visit.ownSignals[i].time = t
            default: break
            }
        case .ownTitle(let id):
            guard let i = state.visit.ownSignals.firstIndex(where: { $0.id == id }) else { return }
            state.visit.ownSignals[i].title = value.text
        case .thirdParty(let id, let part):
            guard let i = state.visit.thirdParty.firstIndex(where: { $0.id == id }) else { return }
            switch (part, value) {
            case (.role, .text(let t)): state.visit.thirdParty[i].role = t
            case (.said, .text(let t)): state.visit.thirdParty[i].said = t
            case (.advisedVeiligThuis, .flag(let f)): state.visit.thirdParty[i].advisedVeiligThuis = f
            case (.advised112, .flag(let f)): state.visit.thirdParty[i].advised112 = f
            case (.howKnown, .text(let t)): state.visit.thirdParty[i].howKnown = t
            default: break
            }
        case .visitReasonOther: state.visit.reasonOther = value.text
        case .visitAgreed: state.visit.agreed = value.text
        case .visitReturnVisit: state.visit.returnVisit = value.text
        case .visitConcern: state.visit.concern = value.text
        case .personRole(let id):
            guard case .person(let role) = value else { return }
            state.visit.setPerson(id) { $0.role = role }
        case .personAge(let id): state.visit.setPerson(id) { $0.age = value.text }
        case .visitHomeReference: state.visit.homeReference = value.text
        case .visitStartedAt:
            if let date = DateText.parseVisitTime(value.text, now: state.now) { state.visit.startedAt = date }
        case .setting(let section, let key):
            state.config.setEditable(section: section, key: key, value.text)
        case .sendTest: break
        }
    }
}
