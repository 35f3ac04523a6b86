import XCTest
@testable import VoordeurKit

final class PrivacyTests: XCTestCase {
    func kinds(_ text: String) -> [PersonalDataFinding.Kind] { PersonalDataScanner.scan(text).map(\.kind) }

    func testFindsPersonalData() {
        XCTAssertEqual(kinds("Bel haar op 06-12345678."), [.telefoonnummer])
        XCTAssertEqual(kinds("Nummer: +31 6 1234 5678"), [.telefoonnummer])
        XCTAssertEqual(kinds("Vaste lijn 010 1234567"), [.telefoonnummer])
        XCTAssertEqual(kinds("Mail naar jan.jansen@example.nl"), [.emailadres])
        XCTAssertEqual(kinds("Adres 1234 AB 12"), [.postcode])
        XCTAssertEqual(kinds("Kerkstraat 12a is de woning"), [.adres])
        XCTAssertEqual(kinds("BSN 111222333"), [.bsn])
        XCTAssertEqual(kinds("Mevrouw Jansen deed open."), [.naam])
        XCTAssertEqual(PersonalDataScanner.scan("meneer de Vries zei niets").first?.match, "de Vries")
    }

    func testLeavesOrdinaryObservationsAlone() {
        for text in ["Veilig Thuis 0800-2000 gebeld.", "Om 10.30 uur waren twee kinderen thuis.", "Werkorder WO-2026-1187.",
                     "Centrum Seksueel Geweld 0800-0188", "Ik zag een deuk van 12 cm op 150 cm hoogte.", "Complex 4711, blok B.",
                     "De mevrouw van hiernaast.", "123456789 is geen geldig BSN"] {
            XCTAssertEqual(kinds(text), [], text)
        }
    }

    func testEveryKindWithItsExactSpan() {
        func one(_ text: String) -> (PersonalDataFinding.Kind, Int, Int, String)? {
            PersonalDataScanner.scan(text).first.map { ($0.kind, $0.start, $0.end, $0.match) }
        }
        let cases: [(String, PersonalDataFinding.Kind, String)] = [
            ("Bel 06-98765432", .telefoonnummer, "06-98765432"),
            ("zus (070) 362 18 45 bellen", .telefoonnummer, "(070) 362 18 45"),
            ("via +31 (0)6 1234 5678", .telefoonnummer, "+31 (0)6 1234 5678"),
            ("mail anouk.b @ hotmail.com nu", .emailadres, "anouk.b @ hotmail.com"),
            ("mail rob[at]ziggo.nl", .emailadres, "rob[at]ziggo.nl"),
            ("op 3021JK12-II woont", .postcode, "3021JK12-II"),
            ("de laan van nieuw oost-indie 23 daar", .adres, "laan van nieuw oost-indie 23"),
            ("op de vondelkade 12-II", .adres, "vondelkade 12-II"),
            ("bsn 5181.90.936 erop", .bsn, "5181.90.936"),
            ("rekening NL36 RABO 2122 3307 92 leeg", .iban, "NL36 RABO 2122 3307 92"),
            ("geboren op 14-09-1986 stond er", .geboortedatum, "14-09-1986"),
            ("auto 34-KLT-7 stond er", .kenteken, "34-KLT-7"),
            ("de heer 't Hart wilde niet", .naam, "'t Hart"),
            ("fam. ter Horst, deur kapot", .naam, "ter Horst"),
            ("sanne zei dat", .naam, "sanne"),
            ("Zoë riep iets", .naam, "Zoë"),
        ]
        for (text, kind, match) in cases {
            let found = one(text)
            XCTAssertEqual(found?.0, kind, text)
            XCTAssertEqual(found?.3, match, text)
            let start = text.distance(from: text.startIndex, to: text.range(of: match)!.lowerBound)
            XCTAssertEqual(found?.1, start, text)
            XCTAssertEqual(found?.2, start + match.count, text)
        }
        // Offsets count Characters, not bytes or UTF-16 units.
        XCTAssertEqual(one("Zoë 👨‍👩‍👧 bel 06-98765432").map { [$0.1, $0.2] }, [10, 21])
    }

    func testNoAlarmsOnVisitDataMeasurementsHelplinesAndReferences() {
        for text in ["bezoek op 12-03-2026 om 14:30", "kast 1800 mm breed", "1200 MM breed", "0,8 bar", "4 kinderen thuis",
                     "altijd 112 bellen", "Veilig Thuis 0800-2000", "0900-8844 gebeld", "werkorder 111222333 afgemeld",
                     "complex 4410 blok C", "melding binnengekomen 14-7-2025", "hij ging weg 2 uur later",
                     "NL-Alert ging af", "cilinder 30/30 SKG*** geplaatst", "meneer was niet thuis", "MW ZAT TE HUILEN"] {
            XCTAssertEqual(kinds(text), [], text)
        }
        // An IBAN is an IBAN, never a phone number; a zero-width space (removed by the sanitiser) hides nothing.
        XCTAssertEqual(kinds("NL32ABNA8426846563"), [.iban])
        XCTAssertEqual(kinds(TextSanitizer.clean("06\u{200B}-98765432")), [.telefoonnummer])
        XCTAssertTrue(PersonalDataScanner.isValidIBAN("NL32 ABNA 8426 8465 63"))
        XCTAssertFalse(PersonalDataScanner.isValidIBAN("NL33ABNA8426846563"))
    }

    func testElevenTest() {
        XCTAssertTrue(PersonalDataScanner.isValidBSN("111222333"))
        XCTAssertTrue(PersonalDataScanner.isValidBSN("123456782"))
        XCTAssertFalse(PersonalDataScanner.isValidBSN("123456789"))
        XCTAssertFalse(PersonalDataScanner.isValidBSN("000000000"))
        XCTAssertFalse(PersonalDataScanner.isValidBSN("12345678"))
    }

    func testHandoverWarnsBeforeExport() {
        var visit = Visit(id: "x", startedAt: Date())
        visit.updateObservation("woning.vuistafdrukken") { $0.ticked = true; $0.description = "Mevrouw Jansen wees de deur aan." }
        let note = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: Config(), coach: Coach())
        XCTAssertTrue(note.warnings.contains { $0.contains("Mogelijk persoonsgegevens in de tekst (naam)") }, "\(note.warnings)")
    }

    func testOversizedDraftIsMovedAsideNotLoaded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-big-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SecureFile.ensurePrivateFolder(folder)
        let big = folder.appendingPathComponent("bezoek-big.json")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(DraftStore.maximumDraftBytes + 1))
        try handle.close()
        let problems = DraftStore(folder: folder).loadAll().problems
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].reason.contains("groter dan"))
        XCTAssertNotNil(problems[0].movedTo)
    }
}
