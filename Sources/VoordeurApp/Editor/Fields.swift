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
    case setting(section: String, key: String)

    /// Whether the field edits the visit (and so needs saving), not the settings.
    public var isVisit: Bool {
        if case .setting = self { return false }
        return true
    }

    public enum ObservationPart: Hashable, Sendable { case description, namedToTenant, reaction, concerns }
    public enum ThirdPartyPart: Hashable, Sendable { case role, said, advisedVeiligThuis, advised112 }
}

/// A field's value, whatever its kind.
public enum FieldValue: Equatable, Sendable {
    case text(String)
    case answer(Answer)
    case flag(Bool)
    case person(Person)

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

    public static func observation(_ id: String) -> [FieldSpec] {
        [FieldSpec(tr("field.description"), .text, .observation(id, .description)),
         FieldSpec(tr("field.concerns"), .person, .observation(id, .concerns)),
         FieldSpec(tr("field.named"), .answer, .observation(id, .namedToTenant), note: namedExample),
         FieldSpec(tr("field.reaction"), .line, .observation(id, .reaction))]
    }

    public static func own(_ id: String) -> [FieldSpec] {
        [FieldSpec(tr("field.owntitle"), .line, .ownTitle(id)),
         FieldSpec(tr("field.description"), .text, .own(id, .description)),
         FieldSpec(tr("field.concerns"), .person, .own(id, .concerns)),
         FieldSpec(tr("field.named"), .answer, .own(id, .namedToTenant), note: namedExample),
         FieldSpec(tr("field.reaction"), .line, .own(id, .reaction))]
    }

    public static func thirdParty(_ id: String) -> [FieldSpec] {
        [FieldSpec(tr("field.role"), .line, .thirdParty(id, .role)),
         FieldSpec(tr("field.said"), .text, .thirdParty(id, .said)),
         FieldSpec(tr("field.advisedvt"), .flag, .thirdParty(id, .advisedVeiligThuis)),
         FieldSpec(tr("field.advised112"), .flag, .thirdParty(id, .advised112))]
    }

    public static func settings(jobTitles: [String]) -> [FieldSpec] {
        [FieldSpec(tr("field.yourname"), .line, .setting(section: "medewerker", key: "naam")),
         FieldSpec(tr("field.function"), .choice([""] + jobTitles), .setting(section: "medewerker", key: "functie")),
         FieldSpec(tr("field.yourphone"), .line, .setting(section: "medewerker", key: "telefoon")),
         FieldSpec(tr("field.youremail"), .line, .setting(section: "medewerker", key: "email")),
         FieldSpec(tr("field.consulentname"), .line, .setting(section: "sociaal-consulent", key: "naam")),
         FieldSpec(tr("field.consulentemail"), .line, .setting(section: "sociaal-consulent", key: "email")),
         FieldSpec(tr("field.consulentphone"), .line, .setting(section: "sociaal-consulent", key: "telefoon")),
         FieldSpec(tr("field.corporation"), .line, .setting(section: "corporatie", key: "naam"))]
    }
}

extension FieldPath {
    /// The current value in the state.
    public func read(_ state: AppState) -> FieldValue {
        let visit = state.visit
        switch self {
        case .observation(let id, let part):
            let o = visit.observation(for: id) ?? Observation(signalID: id, ticked: false)
            return Self.read(part, description: o.description, named: o.namedToTenant, reaction: o.tenantReaction, concerns: o.concerns)
        case .own(let id, let part):
            guard let o = visit.ownSignals.first(where: { $0.id == id }) else { return .text("") }
            return Self.read(part, description: o.description, named: o.namedToTenant, reaction: o.tenantReaction, concerns: o.concerns)
        case .ownTitle(let id):
            return .text(visit.ownSignals.first { $0.id == id }?.title ?? "")
        case .thirdParty(let id, let part):
            guard let r = visit.thirdParty.first(where: { $0.id == id }) else { return .text("") }
            switch part {
            case .role: return .text(r.role)
            case .said: return .text(r.said)
            case .advisedVeiligThuis: return .flag(r.advisedVeiligThuis)
            case .advised112: return .flag(r.advised112)
            }
        case .visitReasonOther: return .text(visit.reasonOther)
        case .visitHomeReference: return .text(visit.homeReference)
        case .visitStartedAt: return .text(DateText.dateTime(visit.startedAt))
        case .setting(let section, let key):
            return .text(state.config.fileValue(section: section, key: key) ?? "")
        }
    }

    private static func read(_ part: ObservationPart, description: String, named: Answer, reaction: String,
                             concerns: Person) -> FieldValue {
        switch part {
        case .description: return .text(description)
        case .namedToTenant: return .answer(named)
        case .reaction: return .text(reaction)
        case .concerns: return .person(concerns)
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
                default: break
                }
                // Something written about the signal: the worker saw it.
                if !o.description.isEmpty || !o.tenantReaction.isEmpty || o.namedToTenant != .onbekend || o.concerns != .onbekend {
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
            default: break
            }
        case .visitReasonOther: state.visit.reasonOther = value.text
        case .visitHomeReference: state.visit.homeReference = value.text
        case .visitStartedAt:
            if let date = DateText.parseDateTime(value.text) { state.visit.startedAt = date }
        case .setting(let section, let key):
            state.config.setEditable(section: section, key: key, value.text)
        }
    }
}
