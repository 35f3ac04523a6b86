import XCTest
@testable import VoordeurKit

/// The note's language is the consulent's (`[sociaal-consulent] taal`), whatever the screen's language is: its fixed
/// texts (title, subject, sections, labels) come from that string table.
final class NoteLanguageTests: UTCTestCase {

    func note(_ language: Language, urgent: Bool = true) -> HandoverNote {
        var config = HandoverTests.configured()
        config.noteLanguage = language
        var visit = NoteSectionsTests.visit()
        visit.special.honourRelated = urgent
        visit.ownSignals = [OwnSignal(id: "eigen-1", title: "Kapotte bel", description: "De bel werkt niet.")]
        return HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: config, coach: Coach(),
                            now: HandoverTests.start.addingTimeInterval(3600))
    }

    func testAnEnglishNoteHasEnglishFixedTextsWhateverTheScreenSays() {
        XCTAssertEqual(Strings.shared.language, .nl, "the screen is Dutch in this test")
        let english = note(.en)
        XCTAssertEqual(english.emailSubject,
                       "URGENT – honour-related violence – work order WO-2026-0413 – Handover of signals – confidential – visit 22-11-2026 09:30")
        XCTAssertEqual(english.sectionTitles.first, "1. Urgency and safety now")
        XCTAssertEqual(english.sectionTitles.last, "Remarks of the writing coach")
        let text = english.plainText()
        for expected in ["Handover of signals – confidential", "Reason for the visit:", "3. Facts in order of time",
                         "From third parties – not observed by the worker", "Advised to call Veilig Thuis themselves: yes",
                         "Honour-related violence: do not talk to the tenant",
                         "Please contact me for an internal consultation."] {
            XCTAssertTrue(text.contains(expected), "missing '\(expected)' in\n\(text)")
        }
        for dutch in ["Overdracht", "Urgentie", "Aanwezig", "Feiten", "Bron", "Zorg van de medewerker", "Neem contact", "Eigen signalen"] {
            XCTAssertFalse(text.contains(dutch), "Dutch '\(dutch)' in the English note:\n\(text)")
        }
        let json = english.json()
        XCTAssertTrue(json.contains("\"title\" : \"Handover of signals – confidential\""), json)
        XCTAssertTrue(json.contains("\"title\" : \"Own signals (not on the card)\""), json)
    }

    func testADutchNoteStaysDutchUnderAnEnglishScreen() {
        let dutch = Strings.$scoped.withValue(.for(.en)) { note(.nl) }
        XCTAssertTrue(dutch.emailSubject.hasPrefix("SPOED – eergerelateerd geweld – werkorder WO-2026-0413"), dutch.emailSubject)
        XCTAssertEqual(dutch.sectionTitles, NoteSectionsTests.note().sectionTitles)
        XCTAssertTrue(dutch.plainText().contains("Neem contact met mij op voor intern overleg."))
        XCTAssertTrue(dutch.json().contains("\"title\" : \"Eigen signalen (niet op de kaart)\""))
    }
}
