import Foundation
import XCTest
@testable import VoordeurKit

final class HandoverTests: UTCTestCase {
    static let start = Date(timeIntervalSince1970: 1_795_339_800) // 2026-11-22 09:30 UTC


    /// A realistic visit: a repair job with two card signals, an own signal, a neighbour's report and a special situation.
    static func visit() -> Visit {
        var visit = Visit(id: "20261122-0930-beef", startedAt: start)
        visit.reason = .anders
        visit.reasonOther = "cv-ketel controleren"
        visit.homeReference = "WO-2026-1187"
        visit.childrenPresent = .ja
        visit.updateObservation("woning.beschadigd-slot") {
            $0.ticked = true
            $0.description = "Het slot van de badkamerdeur is aan de binnenkant losgetrokken; de schroeven liggen op de vloer."
            $0.namedToTenant = .ja
            $0.tenantReaction = "\"Dat is al oud, daar hoeft u niets mee.\""
        }
        visit.updateObservation("woning.kinderen-schooltijd") {
            $0.ticked = true
            $0.description = "Om 10.30 uur op dinsdag waren twee kinderen van ongeveer 8 jaar thuis."
            $0.namedToTenant = .nee
        }
        visit.updateObservation("huurder.onderdanig") {
            $0.ticked = true
            $0.description = "De vrouw was bang voor haar man.\u{1B}[2J\u{1B}]52;c;aGFjaw==\u{07}"
            $0.concerns = .huurder
        }
        visit.ownSignals.append(OwnSignal(id: "eigen-1", title: "rookmelder afgeplakt",
                                          description: "Ik zie tape over de rookmelder in de gang."))
        visit.thirdParty.append(ThirdPartyReport(id: "derde-1", role: "buurvrouw (bovenburen)",
                                                 said: "Hoort bijna elke nacht geschreeuw en gestommel.", advisedVeiligThuis: true,
                                                 advised112: true))
        visit.special.honourRelated = true
        return visit
    }

    static func note(config: Config = configured()) -> HandoverNote {
        HandoverNote(visit: visit(), card: CardLoader.defaultCard(), config: config, coach: Coach(),
                     now: start.addingTimeInterval(3600))
    }

    static func configured() -> Config {
        var config = Config()
        config.workerName = "Jan de Vries"
        config.workerRole = "vakman"
        config.workerPhone = "06-11112222"
        config.workerEmail = "j.devries@woonstichting.example"
        config.consulentName = "Anna Jansen"
        config.consulentEmail = "a.jansen@woonstichting.example"
        config.consulentPhone = "010-3334444"
        config.corporation = "Woonstichting Voorbeeld"
        return config
    }

    func golden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["VOORDEUR_UPDATE_GOLDEN"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "differs from Golden/\(name)", file: file, line: line)
    }

    func testGoldenNotesInEveryFormat() {
        let note = Self.note()
        golden(note.plainText(), "overdracht.txt")
        golden(note.markdown(), "overdracht.md")
        golden(note.email(), "overdracht.eml")
        golden(note.json(), "overdracht.json")
    }

    func testPlainTextIsWrappedAt72Columns() {
        for line in Self.note().plainText().split(separator: "\n") {
            XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), 72, String(line))
        }
    }

    func testWhatTheNoteMustSay() {
        let text = Self.note().plainText().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        for expected in ["Overdracht signalen – vertrouwelijk", "Van: Jan de Vries, vakman, 06-11112222, j.devries@woonstichting.example",
                         "Reden bezoek: anders", "Toelichting bij 'anders': cv-ketel controleren", "Over: huurder", "Woning: WO-2026-1187",
                         "Van derden – niet zelf waargenomen", "Geadviseerd zelf Veilig Thuis te bellen: ja",
                         "Eergerelateerd geweld: ga niet zelf in gesprek met de huurder",
                         "Neem contact met mij op voor intern overleg.", "Veilig Thuis 0800-2000",
                         "bewaar haar niet in het huurdersdossier", "Andere oorzaak:",
                         "(slachtoffer): emotie: \"bang\""] {
            XCTAssertTrue(text.contains(expected), "missing: \(expected)")
        }
        XCTAssertTrue(Self.note().warnings.contains { $0.contains("De coach heeft nog 2 opmerkingen bij 2") }, "the third party's words are coached too")
    }

    func testEscapeSequencesNeverReachAnExportedNote() {
        let note = Self.note()
        for format in NoteFormat.allCases {
            let text = note.rendered(as: format)
            XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(format)")
            XCTAssertFalse(text.contains("52;c;"), "\(format)")
        }
        XCTAssertTrue(note.plainText().contains("De vrouw was bang voor haar man."))
    }

    func testWithoutConfigurationTheFieldsSayWhatIsMissing() {
        let text = Self.note(config: Config()).plainText().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(text.contains("Van: (naam van de medewerker niet ingesteld)"), text)
        XCTAssertFalse(text.contains("toets i"), "no instruction meant for the worker lands in her note")
        XCTAssertTrue(Self.note(config: Config()).email().contains("From: Voordeur <noreply@voordeur.invalid>"))
        XCTAssertTrue(Self.note(config: Config()).email().contains("To: undisclosed-recipients:;"))
    }

    func testJSONParsesAndCarriesItsSchemaVersion() throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(Self.note().json().utf8)) as? [String: Any])
        XCTAssertEqual(object["schema"] as? String, "voordeur.overdracht")
        XCTAssertEqual(object["schemaVersion"] as? Int, 2)
        let third = try XCTUnwrap((object["thirdParty"] as? [[String: Any]])?.first)
        XCTAssertEqual(third["observedBySelf"] as? Bool, false)
        XCTAssertEqual((object["signals"] as? [[String: Any]])?.count, 3)
    }

    func testEmailParsesWithAStandardMIMEParser() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try XCTSkipIf(python == nil, "python3 not installed (.ci/run installs it)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("note-\(UUID().uuidString).eml")
        try Data(Self.note().email().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
        import email, email.policy, sys
        msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
        assert msg['To'].addresses[0].addr_spec == 'a.jansen@woonstichting.example', msg['To']
        assert str(msg['Subject']) == 'SPOED – eergerelateerd geweld – werkorder WO-2026-1187 – Overdracht signalen – vertrouwelijk – bezoek 22-11-2026 09:30', str(msg['Subject'])
        assert msg.get_content_type() == 'text/plain' and msg.get_content_charset() == 'utf-8'
        body = msg.get_content()
        assert 'Van derden – niet zelf waargenomen' in body, body
        assert 'Geadviseerd zelf Veilig Thuis te bellen: ja' in body
        assert 'Eergerelateerd geweld' in body
        assert '\\x1b' not in body
        assert 'Jan de Vries' in str(msg['From'])
        print('ok')
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = ["-c", script, file.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, errors)
        XCTAssertEqual(output, "ok\n")
    }

    func testSanitizer() {
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}[1;31mb\u{1B}[0m\u{9B}32mc\u{1B}]0;titel\u{07}d\u{1B}(Be\tf\r\ng\u{0}\u{7F}\u{202E}"),
                       "ab" + "c" + "d" + "e f\ng")
        XCTAssertEqual(TextSanitizer.clean("e\u{0308}"), "ë")
        XCTAssertEqual(TextSanitizer.clean("a\nb", keepNewlines: false), "a b")
    }
}
