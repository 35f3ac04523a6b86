import Foundation

/// The Dutch texts of the handover note that issue 21 added (subject, urgency, sections, new fields), together so
/// that the string tables (nl/en) can take them over in one place. Stored values keep their raw values.
public enum NoteTexts {
    // MARK: Urgency

    public static let urgentPrefix = "SPOED"
    public static let acuteDanger = "acuut gevaar"
    public static let called112 = "112 gebeld"
    public static let honourRelated = "eergerelateerd geweld"
    public static let recentSexualViolence = "recent seksueel geweld"
    public static let subjectBase = "Overdracht signalen – vertrouwelijk"

    public static func workOrder(_ reference: String) -> String {
        reference.isEmpty ? "werkorder onbekend" : "werkorder \(reference)"
    }

    public static func visitAt(_ dateTime: String) -> String { "bezoek \(dateTime)" }

    /// The guide (p. 13, "Specifieke vormen"): with honour-related violence a conversation about the suspicions can
    /// bring extra risks, because the risk of violence may grow when more people know.
    public static let honourNamedWarning = "Eergerelateerd geweld en 'direct benoemd: ja': een gesprek over de vermoedens "
        + "kan extra risico's meebrengen, omdat het risico op geweld toe kan nemen wanneer meer mensen weten wat er speelt "
        + "(handreiking). Benoem niets meer bij de huurder of het gezin; bel de sociaal consulent en vraag advies aan "
        + "Veilig Thuis, 0800-2000."
}
