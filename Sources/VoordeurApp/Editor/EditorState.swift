import VoordeurKit

/// What an editor is editing.
public enum EditorTarget: Equatable, Sendable {
    case signal(String)
    case own(String)
    case thirdParty(String)
    /// One field of the visit form (tab Bezoek).
    case visitField(FieldPath)
    /// The persons present (tab Bezoek): role and age of each.
    case persons
    /// The settings screen: the worker and the sociaal consulent.
    case settings
}

/// One field of an open editor: its description, and for text fields the text with its cursor.
public struct EditorField: Equatable, Sendable {
    public var spec: FieldSpec
    public var buffer: TextBuffer?
}

/// An open editor: the fields of one signal, own signal, third-party report, visit field or the settings.
public struct EditorState: Equatable, Sendable {
    public var target: EditorTarget
    public var fields: [EditorField]
    public var focus: Int = 0
    /// The coach's report on the description, kept current on every keystroke.
    public var report: CoachReport?
    public var personalData: [PersonalDataFinding] = []
    /// The description is mostly not Dutch: the coach, which reads Dutch, says so instead of "no remarks".
    public var notDutch = false
    /// Set when a paste was longer than a text may be.
    public var truncated = false
    /// A one-off hint ("this is a choice field …"), cleared by the next key.
    public var hint: String?
    /// Words the dictionary does not know, per field index (Character offsets in that field's text).
    public var misspelled: [Int: [Range<Int>]] = [:]
    /// The speller's generation the marks were computed with; a newer one (dictionary loaded) recomputes them.
    public var spellingGeneration = -1
    /// The highlighted person in a "Over wie?" field of several persons.
    public var choiceCursor = 0
    /// Whether the description had text when the editor opened: erasing it all unticks the signal.
    public var hadDescription = false

    public init(target: EditorTarget, specs: [FieldSpec], state: AppState) {
        self.target = target
        fields = specs.map { spec in
            let multiline = spec.kind == .text
            return EditorField(spec: spec, buffer: spec.kind.isText ? TextBuffer(spec.path.read(state).text, multiline: multiline) : nil)
        }
        hadDescription = coachedIndex.map { !(fields[$0].buffer?.text.isEmpty ?? true) } ?? false
    }

    public var focused: EditorField { fields[focus] }

    /// The field the coach reads: the description of an observation (not what a third party said: that is hearsay).
    public var coachedIndex: Int? {
        fields.firstIndex { field in
            switch field.spec.path {
            case .observation(_, .description), .own(_, .description): return true
            default: return false
            }
        }
    }
}
