import XCTest
@testable import VoordeurKit

final class RedactorTests: XCTestCase {
    func testTextIsRedactedByLabel() {
        XCTAssertEqual(Redactor.redact("Bel mevrouw Jansen op 06-98765432 of mail j@x.nl."),
                       "Bel mevrouw [naam] op [telefoonnummer] of mail [e-mailadres].")
        XCTAssertEqual(Redactor.redact("Zoë 👨‍👩‍👧 belde 06-98765432"), "Zoë 👨‍👩‍👧 belde [telefoonnummer]")
        XCTAssertEqual(Redactor.redact("Ik zie een deuk van 12 cm."), "Ik zie een deuk van 12 cm.")
    }

    func testAVisitIsRedactedInACopyWithAPreview() {
        var visit = Visit(id: "v", startedAt: Date())
        visit.reason = .anders
        visit.reasonOther = "op verzoek van dhr. Visser"
        visit.homeReference = "WO-2026-1187"
        visit.updateObservation("woning.vuistafdrukken") { $0.ticked = true; $0.description = "Volgens Fatima woont hij op de Kerkstraat 12a." }
        visit.thirdParty.append(ThirdPartyReport(id: "d1", role: "buurvrouw", said: "Ze belt 06-98765432 als het misgaat."))
        let changes = Redactor.changes(in: visit)
        XCTAssertEqual(changes.map(\.finding.kind), [.naam, .naam, .adres, .telefoonnummer])
        XCTAssertEqual(changes.first?.field, .reasonOther)
        XCTAssertEqual(changes.first?.description, "Toelichting bij 'anders': \"Visser\" wordt [naam]")
        let copy = Redactor.redacted(visit)
        XCTAssertEqual(copy.reasonOther, "op verzoek van dhr. [naam]")
        XCTAssertEqual(copy.observations[0].description, "Volgens [naam] woont hij op de [adres].")
        XCTAssertEqual(copy.thirdParty[0].said, "Ze belt [telefoonnummer] als het misgaat.")
        XCTAssertEqual(copy.homeReference, "WO-2026-1187")
        XCTAssertEqual(visit.observations[0].description, "Volgens Fatima woont hij op de Kerkstraat 12a.", "the draft is untouched")
        let note = HandoverNote(visit: copy, card: CardLoader.defaultCard(), config: Config(), coach: Coach()).plainText()
        XCTAssertFalse(note.contains("06-98765432"))
        XCTAssertFalse(note.contains("Visser"))
        XCTAssertEqual(Redactor.preview(changes).first, "4 gegevens worden vervangen in de notitie (het concept blijft zoals het is):")
        XCTAssertEqual(Redactor.preview([]), ["Geen persoonsgegevens gevonden: er wordt niets vervangen."])
    }

    func testTheVisitsOwnReferenceIsNeverPersonalData() {
        // 123456782 passes the eleven-test; as the visit's own work-order number it is no BSN.
        XCTAssertEqual(PersonalDataScanner.scan("zie 123456782").map(\.kind), [.bsn], "without the reference it looks like one")
        XCTAssertEqual(PersonalDataScanner.scan("zie 123456782", visitReference: "WO 123456782"), [])
        XCTAssertEqual(PersonalDataScanner.scan("bsn 111222333", visitReference: "123456782").map(\.kind), [.bsn])
        var visit = Visit(id: "v", startedAt: Date())
        visit.homeReference = "123456782"
        visit.updateObservation("woning.slot") { $0.ticked = true; $0.description = "Zie 123456782." }
        XCTAssertEqual(Redactor.changes(in: visit), [])
        let note = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: Config(), coach: Coach())
        XCTAssertFalse(note.warnings.contains { $0.contains("persoonsgegevens") }, "\(note.warnings)")
    }

    func testTheNoteWarnsAboutTheOtherReasonToo() {
        var visit = Visit(id: "v", startedAt: Date())
        visit.reason = .anders
        visit.reasonOther = "gebeld door mevrouw Jansen"
        let note = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: Config(), coach: Coach())
        XCTAssertTrue(note.warnings.contains { $0.contains("Mogelijk persoonsgegevens") }, "\(note.warnings)")
    }
}
