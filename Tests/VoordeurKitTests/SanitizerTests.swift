import XCTest
@testable import VoordeurKit

final class SanitizerTests: XCTestCase {
    func testControlsBidiSeparatorsZeroWidthAndMarkFloodsGo() {
        XCTAssertEqual(TextSanitizer.clean("a\u{85}b\u{9C}c\u{202E}d\u{2067}e\u{200E}f\u{200F}g\u{061C}h"), "abcdefgh")
        XCTAssertEqual(TextSanitizer.clean("06\u{200B}-12\u{200D}34\u{2060}56\u{FEFF}78\u{00AD}"), "06-12345678")
        XCTAssertEqual(TextSanitizer.clean("a\u{2028}b\u{2029}c"), "a\nb\nc")
        XCTAssertEqual(TextSanitizer.clean("a\u{2028}b", keepNewlines: false), "a b")
        let flood = "e" + String(repeating: "\u{0301}", count: 40) + "x"
        XCTAssertEqual(TextSanitizer.clean(flood).unicodeScalars.count, 4,
                       "é (NFC: one scalar) plus two more marks, then x")
        XCTAssertEqual(TextSanitizer.clean("e\u{0308}"), "ë")
        XCTAssertEqual(TextSanitizer.clean("a\tb"), "a b")
        XCTAssertEqual(TextSanitizer.clean("a\tb", keepTabs: true), "a\tb")
        XCTAssertEqual(TextSanitizer.singleLine("  Jan\r\nBcc: x@y.nl \u{1B}]52;c;aGk=\u{07}"), "Jan Bcc: x@y.nl")
        XCTAssertEqual(TextSanitizer.clean("Zoë – ✓ 'ok' ‘quote’"), "Zoë – ✓ 'ok' ‘quote’")
    }

    func testDraftIDs() {
        for good in ["20261122-0930-beef", "a", "recent", String(repeating: "1", count: 64)] { XCTAssertTrue(DraftID.isValid(good), good) }
        for bad in ["", "-a", "A", "a b", "x\r\nBcc: y", "../x", "a.b", String(repeating: "1", count: 65), "é"] {
            XCTAssertFalse(DraftID.isValid(bad), bad)
        }
    }

    func testDraftsAreSanitisedOnLoadAndBadIDsSetAside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-san-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DraftStore(folder: folder)
        var visit = Visit(id: "goed", startedAt: Date())
        visit.homeReference = "WO-1\u{1B}[2J\r\n"
        visit.reasonOther = "lek\u{202E}"
        visit.updateObservation("woning.slot") { $0.ticked = true; $0.description = "Ik zie\u{200B} een slot.\nTweede regel\u{9B}31m" }
        try store.save(visit)
        var wrongName = Visit(id: "ander", startedAt: Date())
        wrongName.homeReference = "x"
        try SecureFile.write(try DraftStore.encode(wrongName), to: store.url(for: "verkeerd"))
        let badID = Visit(id: "x\r\nBcc: a@b.nl", startedAt: Date())
        try SecureFile.write(try DraftStore.encode(badID), to: store.url(for: "slecht"))

        let (visits, problems) = store.loadAll()
        XCTAssertEqual(visits.map(\.id), ["goed"])
        XCTAssertEqual(visits[0].homeReference, "WO-1")
        XCTAssertEqual(visits[0].reasonOther, "lek")
        XCTAssertEqual(visits[0].observations[0].description, "Ik zie een slot.\nTweede regel")
        XCTAssertEqual(Set(problems.map(\.file)), ["bezoek-verkeerd.json", "bezoek-slecht.json"])
        XCTAssertTrue(problems.allSatisfy { $0.movedTo?.hasPrefix("beschadigd/") == true }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.reason.contains("past niet bij de bestandsnaam") })
        XCTAssertTrue(problems.contains { $0.reason.contains("ID in het bestand is ongeldig") })
        XCTAssertTrue(problems.allSatisfy { $0.description.contains("apart gezet") })
        if case .failure(let problem) = store.load(id: "x\nBcc") { XCTAssertTrue(problem.reason.contains("geen geldig ID")) }
        else { XCTFail("an invalid id is refused") }
    }

    func testConfigCardAndOutputsAreSanitised() throws {
        let config = try Config.parse("[medewerker]\nnaam = Jan\u{202E}\u{85} de Vries\u{200B}\n", source: "v.conf")
        XCTAssertEqual(config.workerName, "Jan de Vries")
        var planted = Config()
        planted.workerName = "Jan\r\nBcc: spion@example.nl"
        planted.consulentName = "Anna\u{1B}]52;c;eA==\u{07}"
        planted.consulentEmail = "a@b.nl\r\nBcc: c@d.nl"
        XCTAssertFalse(planted.renderedAsText().contains("\u{1B}"))
        XCTAssertFalse(planted.renderedAsText().contains("\r"))
        let visit = Visit(id: "20261122-0930-beef", startedAt: Date())
        let mail = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: planted, coach: Coach()).email()
        let headers = mail.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        XCTAssertFalse(headers.contains { $0.hasPrefix("Bcc") }, "\(headers)")
        XCTAssertFalse(mail.contains("\u{1B}"))
        XCTAssertTrue(headers.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })
        let card = try CardLoader.parse("[kaart]\nnaam = Eigen\u{9B}2J\n[signaal woning.x]\ntekst = deur\u{2066} stuk\n",
                                        source: "k", base: CardLoader.defaultCard())
        XCTAssertFalse(card.renderedAsText().unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x2066 })
        XCTAssertTrue(card.renderedAsText().contains("deur stuk"))
    }

    func testEmptyCardAndConfigAreRefusedAndSpecialFilesNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = root.appendingPathComponent("leeg.conf")
        try Data(" \n\n".utf8).write(to: empty)
        XCTAssertThrowsError(try Config.load(explicit: empty.path)) { XCTAssertTrue("\($0)".hasSuffix("het bestand is leeg"), "\($0)") }
        XCTAssertThrowsError(try CardLoader.load(customFile: empty)) { XCTAssertTrue("\($0)".contains("leeg"), "\($0)") }
        XCTAssertThrowsError(try Config.load(explicit: root.path)) { XCTAssertTrue("\($0)".contains("dit is een map"), "\($0)") }
        let fifo = root.appendingPathComponent("pijp")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        XCTAssertThrowsError(try Config.load(explicit: fifo.path)) { XCTAssertTrue("\($0)".contains("FIFO"), "\($0)") }
        // A dangling link at the default place is reported, not silently "no configuration".
        let configHome = root.appendingPathComponent("cfg")
        try FileManager.default.createDirectory(at: configHome.appendingPathComponent("voordeur"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: configHome.appendingPathComponent("voordeur/voordeur.conf").path,
                                                   withDestinationPath: root.appendingPathComponent("weg.conf").path)
        XCTAssertThrowsError(try Config.load(explicit: nil, environment: ["XDG_CONFIG_HOME": configHome.path])) {
            XCTAssertTrue("\($0)".contains("symbolische koppeling"), "\($0)")
        }
        XCTAssertEqual(try Config.load(explicit: nil, environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("niets").path]), Config())
    }

    func testDraftThatIsADirectoryOrFIFOGetsItsOwnMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-kind-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SecureFile.ensurePrivateFolder(folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bezoek-map.json"), withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("bezoek-pijp.json").path, 0o600), 0)
        let problems = DraftStore(folder: folder).loadAll().problems
        XCTAssertEqual(problems.count, 2)
        XCTAssertFalse(problems.contains { $0.reason.contains("leestoegang") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.reason.contains("map") })
        XCTAssertTrue(problems.contains { $0.reason.contains("FIFO") })
    }

    func testAFolderOfAnotherUserIsRefusedAndKeepsItsMode() throws {
        try XCTSkipUnless(geteuid() == 0, "needs root to give a folder to another user")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-owner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        chmod(folder.path, 0o755)
        XCTAssertEqual(chown(folder.path, 65534, 65534), 0)
        XCTAssertThrowsError(try DraftStore(folder: folder).save(Visit(id: "a", startedAt: Date()))) {
            XCTAssertTrue("\($0)".contains("van een andere gebruiker"), "\($0)")
        }
        let mode = (try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int) ?? 0
        XCTAssertEqual(mode & 0o777, 0o755, "not chmodded")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testDutchPlurals() {
        XCTAssertEqual(Strings.for(.nl).count("storage.removeddrafts", 1, ["dagen": 14]), "1 concept ouder dan 14 dagen gewist (bewaartermijn).")
        XCTAssertEqual(Strings.for(.nl).count("storage.removeddrafts", 2, ["dagen": 14]), "2 concepten ouder dan 14 dagen gewist (bewaartermijn).")
        XCTAssertEqual(Leftovers(temporaryFiles: 1, staleLocks: 2).notices,
                       ["1 achtergebleven tijdelijk bestand opgeruimd.",
                        "2 verlopen vergrendelingen opgeheven (het programma draaide niet meer)."])
        XCTAssertEqual(Leftovers(temporaryFiles: 3).notices, ["3 achtergebleven tijdelijke bestanden opgeruimd."])
        XCTAssertEqual(Leftovers().notices, [])
    }
}
