import Foundation
import VoordeurKit

/// The Dutch texts of the handover questions, the new visit fields, the review and the urgency messages, kept
/// together so that the string tables (nl/en) can take them over in one place.
public enum AppNoteTexts {
    // MARK: Handover

    static func attempt(_ kind: HandoverAttempt.Kind, succeeded: Bool, detail: String) -> String {
        let what: String
        switch kind {
        case .written: what = succeeded ? "notitie geschreven" : "notitie schrijven MISLUKT"
        case .sent: what = succeeded ? "notitie verstuurd" : "versturen MISLUKT"
        case .copied: what = succeeded ? "notitie gekopieerd" : "kopiëren MISLUKT"
        }
        return detail.isEmpty ? what : "\(what) (\(detail))"
    }

    static let nothingTried = "In deze sessie is nog geen notitie geschreven, verstuurd of gekopieerd."
    static func succeeded(_ list: [String]) -> String { "Gelukt in deze sessie: " + list.joined(separator: "; ") + "." }
    static func failed(_ list: [String]) -> String { "Mislukt in deze sessie: " + list.joined(separator: "; ") + "." }
    static let askHandedOver = "Heeft de sociaal consulent de signalen gekregen (deze notitie, of op een andere manier, bijvoorbeeld telefonisch)?"
    static let handedOverChoices = "j = ja, markeer als overgedragen · n = nee, het blijft een concept"
    static let stillConcept = "Niet gemarkeerd: het bezoek blijft een concept. Exporteer (e), verstuur (v) of kopieer (c) de notitie."
    static let handedOverNoDeletion = "Gemarkeerd als overgedragen. Wissen wordt hier pas aangeboden nadat de notitie in deze sessie "
        + "is geschreven, verstuurd of gekopieerd; anders gaat het concept na de bewaartermijn weg (of: voordeur wis)."
    static let noLegalBasis = "Er is geen wettelijke basis om deze signalen te bewaren."
    static func askDelete(folder: String) -> String {
        "Concept nu wissen, met de notities van dit bezoek in de standaardmap (\(folder))?"
    }
    static func kept(days: String) -> String { "Het concept blijft bewaard tot de bewaartermijn (\(days)) voorbij is." }
}

extension AppNoteTexts {
    // MARK: Urgency

    static let call112First = "Bel eerst 112."
    static func callConsulentNow(name: String, phone: String) -> String {
        let who = [name, phone].filter { !$0.isEmpty }
        return who.isEmpty ? "Bel nu de sociaal consulent (naam en telefoon niet ingesteld: toets i)."
            : "Bel nu de sociaal consulent: " + who.joined(separator: ", ") + "."
    }
    static let called112Route = "Bel daarna zo snel mogelijk de sociaal consulent; zij ziet het ook bovenaan de overdracht."
    /// Short enough for the editor's status lines; the note and the review carry the guide's full sentence.
    static let honourNamedShort = "⚠ Eergerelateerd geweld: benoem niets bij de huurder of het gezin, dat kan het risico op "
        + "geweld vergroten (handreiking). Bel de sociaal consulent; advies: Veilig Thuis 0800-2000."
}

extension AppNoteTexts {
    // MARK: New fields

    static let aboutWhom = "Over wie?"
    static let aboutWhomNote = "←→ kies een persoon, Spatie vinkt aan; één of meer van de aanwezigen."
    static let aboutWhomNoPersons = "Vul op tab Bezoek in wie er aanwezig waren; dan kies je hier één of meer personen."
    static let timeLabel = "Tijd (uu:mm, mag leeg)"
    static let howKnownLabel = "Hoe weet de bron het"
    static func personRole(_ number: Int) -> String { "Persoon \(number): rol" }
    static func personAge(_ number: Int) -> String { "Persoon \(number): leeftijd (ca.)" }
    static let noPersonsYet = "— (Enter: rol en leeftijd)"
    static let personsTitle = "Aanwezig: rol en leeftijd (ongeveer), geen namen"
    static let personsNote = "Spatie wisselt de rol; een lege rij voegt iemand toe. Twee kinderen zijn twee personen."
    static let agreedTitle = "Wat heb je gedaan, gezegd of toegezegd?"
    static let returnVisitTitle = "Terugkomafspraak (wanneer, waarvoor)"
    static let concernTitle = "Jouw zorg: jouw interpretatie, los van de feiten"
    static let concernNote = "De coach beoordeelt dit veld niet; de notitie noemt het jouw interpretatie. Geen namen of adressen."
    static let tickedAsk = "Aangevinkt. Beschrijf het nu met Enter: wat zag, hoorde of rook je, en over wie?"
    static let erasedUnticked = "De beschrijving is leeg: het signaal is niet meer aangevinkt (Spatie vinkt het weer aan)."
    static let notFilled = "— (Enter om in te vullen)"
}

extension AppNoteTexts {
    /// The Bezoek tab's row labels that issue 21 added.
    static let rowPersons = "Aanwezig"
    static let rowAgreed = "Gedaan en toegezegd"
    static let rowReturnVisit = "Terugkomafspraak"
    static let rowConcern = "Jouw zorg (interpretatie)"
}

extension AppNoteTexts {
    // MARK: Review before export, send or copy

    static func reviewTitle(_ action: ReviewAction) -> String {
        switch action {
        case .export: return "Controle voor het exporteren"
        case .send: return "Controle voor het versturen"
        case .copy: return "Controle voor het kopiëren"
        }
    }
    static func reviewIntro(_ count: Int) -> String {
        "\(count == 1 ? "1 punt staat" : "\(count) punten staan") nog open. Enter opent het veld; j gaat toch door."
    }
    static func reviewKeys(_ action: ReviewAction) -> String {
        let verb: String
        switch action {
        case .export: verb = "exporteren"
        case .send: verb = "versturen"
        case .copy: verb = "kopiëren"
        }
        return "↑↓ kies · Enter naar het veld · j toch \(verb) · Esc terug"
    }
    static func coachPoint(_ place: String, _ findings: [CoachFinding]) -> String {
        "Coach bij \(place): " + findings.map { "\($0.category.name) \"\($0.match)\"" }.joined(separator: ", ")
    }
    static func personalPoint(_ place: String, _ findings: [PersonalDataFinding]) -> String {
        let special = findings.contains(where: \.kind.isSpecial)
        return (special ? "Bijzonder persoonsgegeven in \(place): " : "Persoonsgegeven in \(place): ")
            + findings.map { "\($0.kind.label) \"\(TextSanitizer.singleLine($0.match))\"" }.joined(separator: ", ")
    }
    static let missingReference = "Werkorder- of complexnummer ontbreekt: zo weet de consulent niet welke woning."
    static let missingReason = "Reden van het bezoek is niet ingevuld."
    static let missingPersons = "Niet ingevuld wie er aanwezig waren (rol en leeftijd)."
    static func undescribed(_ title: String) -> String { "Aangevinkt maar niet beschreven: \(title)." }
    static func missingHowKnown(_ role: String) -> String { "Van derden (\(role)): hoe weet de bron het?" }
    static let missingSettings = "Je naam, telefoon of de sociaal consulent is niet ingesteld: zij weet niet wie ze terug moet bellen."
    static let missingAgreed = "Niet ingevuld wat je gedaan, gezegd of toegezegd hebt."
}

extension AppNoteTexts {
    // MARK: Visit time

    static let visitTimeLabel = "Datum en tijd"
    static let visitTimeNote = "Bijv. 22-11-2026 09:30, 1-12 10:15, 10:15 (vandaag) of gisteren 16:00."
    static let dateNotChanged = "Datum en tijd niet gewijzigd: schrijf ze als 1-12 10:15, 10:15 (vandaag) of gisteren 16:00."
}

extension AppNoteTexts {
    // MARK: Sending, set up in the settings

    static let mailProgram = "Versturen met"
    static let xdgEmailChoice = "xdg-email (jouw mailprogramma)"
    static let sendCommand = "Of typ een verzendcommando"
    static let sendTest = "Stuur een proefbericht naar mezelf (Spatie)"
    static let sendTestNeedsEmail = "Vul eerst jouw e-mailadres in: het proefbericht gaat naar jezelf."
    static let sendTestReference = "PROEFBERICHT"
    static func sendTestStarted(_ address: String) -> String { "Proefbericht naar \(address)…" }
    static func sendTestSent(_ line: String) -> String { "Proefbericht gelukt: " + line }
    static func sendTestFailed(_ reason: String) -> String { "Proefbericht mislukt: " + reason }
}
