import XCTest
@testable import VoordeurKit

/// Issue 21, item 2: urgency travels in the subject and the priority headers.
final class UrgencyTests: UTCTestCase {

    func note(_ change: (inout Visit) -> Void) -> HandoverNote {
        var visit = Visit(id: "20261122-0930-beef", startedAt: HandoverTests.start)
        visit.homeReference = "WO-2026-1187"
        change(&visit)
        return HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: HandoverTests.configured(), coach: Coach(),
                            now: HandoverTests.start)
    }

    func headers(_ mail: String) -> String { String(mail.components(separatedBy: "\r\n\r\n")[0]) }

    func testAcuteDangerIsUrgentAndNamesTheWorkOrder() {
        let urgent = note { $0.special.acuteDanger = true; $0.special.called112 = true }
        XCTAssertTrue(urgent.emailSubject.hasPrefix("SPOED – acuut gevaar, 112 gebeld – werkorder WO-2026-1187"), urgent.emailSubject)
        XCTAssertTrue(headers(urgent.email()).contains("X-Priority: 1"))
        XCTAssertTrue(headers(urgent.email()).contains("Importance: High"))
        XCTAssertTrue(urgent.plainText(width: 200).contains("ACUUT GEVAAR. 112 is gebeld. Bel de medewerker nu terug: Jan de Vries, 06-11112222."),
                      "what she must do now")
    }

    func testAnOrdinaryVisitIsNotUrgent() {
        let ordinary = note { _ in }
        XCTAssertFalse(ordinary.emailSubject.contains("SPOED"), ordinary.emailSubject)
        XCTAssertTrue(ordinary.emailSubject.contains("werkorder WO-2026-1187"), ordinary.emailSubject)
        XCTAssertFalse(headers(ordinary.email()).contains("X-Priority"))
        XCTAssertFalse(headers(ordinary.email()).contains("Importance"))
    }

    func testHonourRelatedAndNamedDirectlyWarns() {
        let warned = note {
            $0.special.honourRelated = true
            $0.updateObservation("woning.beschadigd-slot") { $0.ticked = true; $0.namedToTenant = .ja }
        }
        XCTAssertTrue(warned.warnings.contains(NoteTexts(.shared).honourNamedWarning))
        let notNamed = note { $0.special.honourRelated = true }
        XCTAssertFalse(notNamed.warnings.contains(NoteTexts(.shared).honourNamedWarning))
    }
}
