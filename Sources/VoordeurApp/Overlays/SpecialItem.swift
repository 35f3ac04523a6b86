import VoordeurKit

/// The special situations of the step plan, in the order the overlay shows them.
public enum SpecialItem: CaseIterable, Sendable {
    case acuteDanger, called112, recentSexualViolence, honourRelated

    public var label: String {
        switch self {
        case .acuteDanger: return "Acuut gevaar"
        case .called112: return "112 is gebeld"
        case .recentSexualViolence: return "Recent seksueel geweld (een week of korter geleden)"
        case .honourRelated: return "Eergerelateerd geweld"
        }
    }

    public var route: String {
        switch self {
        case .acuteDanger: return "Bel direct 112. Ook als je getuige bent van geweld."
        case .called112: return "Noteer het; de sociaal consulent ziet het in de overdracht."
        case .recentSexualViolence: return "Direct contact met het Centrum Seksueel Geweld: 0800-0188. Sporen kunnen dan worden veiliggesteld."
        case .honourRelated: return "Ga niet zelf in gesprek met de huurder. Vraag advies aan Veilig Thuis: 0800-2000."
        }
    }

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
