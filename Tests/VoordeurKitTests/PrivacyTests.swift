import XCTest
@testable import VoordeurKit

final class PrivacyTests: XCTestCase {
    func kinds(_ text: String) -> [PersonalDataFinding.Kind] { PersonalDataScanner.scan(text).map(\.kind) }

    func testFindsPersonalData() {
        XCTAssertEqual(kinds("Bel haar op 06-12345678."), [.telefoonnummer])
        XCTAssertEqual(kinds("Nummer: +31 6 1234 5678"), [.telefoonnummer])
        XCTAssertEqual(kinds("Vaste lijn 010 1234567"), [.telefoonnummer])
        XCTAssertEqual(kinds("Mail naar jan.jansen@example.nl"), [.emailadres])
        XCTAssertEqual(kinds("Adres 1234 AB 12"), [.adres])
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

    func testNoNetworkCodeInTheSources() throws {
        // The program opens no network connection: no networking module, no sockets, anywhere in Sources.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") || $0.hasSuffix(".h") }
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for forbidden in ["FoundationNetworking", "URLSession", "socket(", "connect(", "getaddrinfo", "NWConnection"] {
                XCTAssertFalse(text.contains(forbidden), "\(file) contains \(forbidden)")
            }
        }
    }
}
