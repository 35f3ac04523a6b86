import VoordeurKit

/// The special situations of the step plan, in the order the overlay shows them.
public enum SpecialItem: CaseIterable, Sendable {
    case acuteDanger, called112, recentSexualViolence, honourRelated

    /// The string table's key: `special.<key>` and `special.<key>.route`.
    var key: String {
        switch self {
        case .acuteDanger: return "acutedanger"
        case .called112: return "called112"
        case .recentSexualViolence: return "sexualviolence"
        case .honourRelated: return "honour"
        }
    }

    public var label: String { tr("special.\(key)") }
    public var route: String { tr("special.\(key).route") }

    var keyPath: WritableKeyPath<SpecialSituations, Bool> {
        switch self {
        case .acuteDanger: return \.acuteDanger
        case .called112: return \.called112
        case .recentSexualViolence: return \.recentSexualViolence
        case .honourRelated: return \.honourRelated
        }
    }

    public func isOn(_ special: SpecialSituations) -> Bool { special[keyPath: keyPath] }
    public func toggle(_ special: inout SpecialSituations) { special[keyPath: keyPath].toggle() }
}
