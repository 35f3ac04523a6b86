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

extension NoteTexts {
    // MARK: Sections, in the order the consulent needs them

    public static let sectionUrgency = "1. Urgentie en veiligheid nu"
    public static let sectionPresent = "2. Aanwezig"
    public static func sectionFacts(_ layout: FactsLayout) -> String {
        layout == .tijd ? "3. Feiten in tijdsvolgorde" : "3. Feiten per persoon"
    }
    public static let sectionQuotes = "4. Letterlijk gezegd en van derden"
    public static let sectionActions = "5. Wat de medewerker deed en afsprak"
    public static let sectionConcern = "6. Zorg van de medewerker (zijn interpretatie, geen waarneming)"
    public static let sectionCoach = "Opmerkingen van de schrijfcoach"

    public static let noUrgency = "Geen acuut gevaar, 112, eergerelateerd of recent seksueel geweld aangegeven."
    public static let nobodyEntered = "Niet ingevuld wie er aanwezig waren."
    public static let childrenLabel = "Kinderen aanwezig"
    public static func children(_ ages: [String]) -> String {
        "ja, \(ages.count)" + (ages.isEmpty ? "" : " (" + ages.joined(separator: ", ") + ")")
    }
    public static let noSignals = "Geen signalen aangevinkt."
    public static let aboutLabel = "Over"
    public static let aboutNobody = "niet aangegeven"
    public static let observedLabel = "Waargenomen"
    public static let notDescribed = "alleen aangevinkt, niet beschreven: vraag de medewerker wat hij zag, hoorde of rook"
    public static let noPerson = "Niet aan een aanwezige gekoppeld"
    public static let noQuotes = "Geen letterlijke uitspraken of informatie van derden."
    public static func quoteSource(_ title: String) -> String { "bij: \(title)" }
    public static let thirdPartyTitle = "Van derden – niet zelf waargenomen"
    public static let sourceLabel = "Bron"
    public static let howKnownLabel = "Hoe weet de bron het"
    public static let saidLabel = "Zei"
    public static let notFilled = "niet ingevuld"
    public static let namedLabel = "Direct benoemd bij de huurder"
    public static let reactionLabel = "Reactie van de huurder"
    public static let agreedLabel = "Gedaan, gezegd en toegezegd"
    public static let returnVisitLabel = "Terugkomafspraak"
    public static let concernLabel = "Zorg van de medewerker"
    public static let concernIntro = "Dit is de interpretatie van de medewerker, los van de feiten hierboven."
    public static let nothingNamed = "Geen signalen benoemd bij de huurder."
    public static let workerUnset = "naam van de medewerker niet ingesteld"
    public static let consulent = "sociaal consulent"
    public static let noRemarks = "Geen: alle teksten lezen als waarneming."
    public static func reactionAt(_ title: String) -> String { "Reactie bij \(title)" }
    public static func thirdPartyAt(_ role: String) -> String { "Van derden (\(role))" }
}

extension NoteTexts {
    public static func callWorkerNow(_ who: String) -> String { "Bel de medewerker nu terug: \(who)." }
}
