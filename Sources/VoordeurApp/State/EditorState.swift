import VoordeurKit

/// The fields of the visit form (tab "Bezoek").
public enum VisitField: Int, CaseIterable, Sendable {
    case reason, reasonOther, homeReference, children, special, status

    public var label: String {
        switch self {
        case .reason: return "Reden van het bezoek"
        case .reasonOther: return "Toelichting bij 'anders'"
        case .homeReference: return "Werkorder- of complexnummer"
        case .children: return "Kinderen aanwezig"
        case .special: return "Bijzondere situaties"
        case .status: return "Status"
        }
    }
}

/// What an editor is editing.
public enum EditorTarget: Equatable, Sendable {
    case signal(String)
    case own(String)
    case thirdParty(String)
    case visitField(VisitField)
}

/// One field of an editor.
public enum EditorField: Equatable, Sendable {
    case title, description, namedToTenant, reaction, role, said, advisedVeiligThuis, advised112, value

    public var label: String {
        switch self {
        case .title: return "Wat zag je? (korte titel)"
        case .description: return "Beschrijving"
        case .namedToTenant: return "Direct benoemd bij de huurder?"
        case .reaction: return "Reactie van de huurder"
        case .role: return "Wie (rol, geen naam)"
        case .said: return "Wat zei hij of zij?"
        case .advisedVeiligThuis: return "Geadviseerd zelf Veilig Thuis te bellen (0800-2000)"
        case .advised112: return "Geadviseerd bij acuut gevaar 112 te bellen"
        case .value: return ""
        }
    }

    public var isText: Bool { [.title, .description, .reaction, .role, .said, .value].contains(self) }
    public var isMultiline: Bool { self == .description || self == .said }
}

/// An open editor: the fields of one signal, own signal, third-party report or visit field.
public struct EditorState: Equatable, Sendable {
    public var target: EditorTarget
    public var fields: [EditorField]
    public var focus: Int
    public var buffers: [TextBuffer]
    /// Toggle values for the non-text fields.
    public var answer: Answer = .onbekend
    public var flagA = false
    public var flagB = false
    /// The coach's report on the description, kept current on every keystroke.
    public var report: CoachReport?
    public var personalData: [PersonalDataFinding] = []
    /// Set when a paste was longer than a description may be.
    public var truncated = false

    public var focusedField: EditorField { fields[focus] }

    public func buffer(_ field: EditorField) -> TextBuffer? {
        fields.firstIndex(of: field).map { buffers[$0] }
    }
}
