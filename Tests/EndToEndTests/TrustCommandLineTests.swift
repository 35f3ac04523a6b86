import Foundation
import XCTest

/// Trust, second round, on the real binary: the privacy command, redacted exports, wis without a terminal,
/// sanitised output, and start-up cleaning.
final class TrustCommandLineTests: XCTestCase {
    func draft(id: String, description: String, homeReference: String = "WO-1") -> String {
        """
        {"schemaVersion":1,"id":"\(id)","startedAt":"2026-11-22T09:30:00Z","updatedAt":"\(ISO8601DateFormatter().string(from: Date()))",
         "reason":"reparatie","reasonOther":"","homeReference":"\(homeReference)","childrenPresent":"ja",
         "observations":[{"signalID":"woning.vuistafdrukken","ticked":true,"description":"\(description)","namedToTenant":"ja","tenantReaction":""}],
         "ownSignals":[],"thirdParty":[],"special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},
         "status":"concept"}
        """
    }

    func testPrivacyJSONAsDocumented() throws {
        let result = try Binary.run(["privacy", "--json"], input: "Bel 06-98765432\nDe kast is 1800 mm breed\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0], #"{"text":"Bel 06-98765432","findings":[{"kind":"telefoonnummer","start":4,"end":15,"match":"06-98765432"}]}"#)
        XCTAssertEqual(lines[1], #"{"text":"De kast is 1800 mm breed","findings":[]}"#)
        for line in lines { XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(line.utf8))) }
    }

    func testPrivacyReadableReport() throws {
        let result = try Binary.run(["privacy"], input: "Volgens Fatima is het mis\nIk zie een deuk.\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("[naam] \"Fatima\" (teken 8–14)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ Geen persoonsgegevens gevonden."), result.stdout)
    }

    func testExportCanBeAnonymisedAndTheDraftStaysAsItWas() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        let file = sandbox.data.appendingPathComponent("bezoek-20261122-0930-beef.json")
        try draft(id: "20261122-0930-beef", description: "Mevrouw Jansen belt 06-98765432.").write(to: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(["export", "--anonimiseer"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Mevrouw [naam] belt [telefoonnummer]."), result.stdout)
        XCTAssertFalse(result.stdout.contains("06-98765432"))
        XCTAssertTrue(result.stderr.contains("2 gegevens worden vervangen"), result.stderr)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("06-98765432"), "the draft is unchanged")
    }

    func testWisRefusesWithoutATerminalUnlessJa() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        let file = sandbox.data.appendingPathComponent("bezoek-a1.json")
        try draft(id: "a1", description: "x").write(to: file, atomically: true, encoding: .utf8)
        for arguments in [["wis", "a1"], ["wis", "--alles"]] {
            let refused = try Binary.run(arguments, environment: sandbox.environment)
            XCTAssertEqual(refused.status, 2, "\(arguments)")
            XCTAssertEqual(refused.stderr, "voordeur: wissen vraagt om bevestiging, maar er is geen terminal; geef --ja om zonder vraag te wissen\n")
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path))
        }
        // A deleted visit takes its exports in the default folder along, and names the ones elsewhere.
        let outside = sandbox.root.appendingPathComponent("notitie.txt")
        XCTAssertEqual(try Binary.run(["export", "a1", "--out", outside.path], environment: sandbox.environment).status, 0)
        let deleted = try Binary.run(["wis", "a1", "--ja"], environment: sandbox.environment)
        XCTAssertEqual(deleted.status, 0, deleted.stderr)
        XCTAssertTrue(deleted.stdout.contains("Concept gewist"), deleted.stdout)
        XCTAssertTrue(deleted.stdout.contains(outside.path), deleted.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.data.path), [])
    }

    func testPlantedEscapesNeverReachTheTerminal() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.config.appendingPathComponent("voordeur")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "[medewerker]\nnaam = Jan\u{9B}2J\u{202E} de Vries\n".write(to: folder.appendingPathComponent("voordeur.conf"),
                                                                         atomically: true, encoding: .utf8)
        let config = try Binary.run(["config"], environment: sandbox.environment)
        XCTAssertEqual(config.status, 0, config.stderr)
        XCTAssertTrue(config.stdout.contains("naam = Jan de Vries"), config.stdout)
        XCTAssertFalse(config.stdout.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x1B })

        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        // A draft whose id holds CR LF and a header is set aside, never listed or exported.
        try draft(id: "x\\r\\nBcc: spion@example.nl", description: "y")
            .write(to: sandbox.data.appendingPathComponent("bezoek-x.json"), atomically: true, encoding: .utf8)
        let list = try Binary.run(["lijst"], environment: sandbox.environment)
        XCTAssertTrue(list.stdout.contains("Geen concepten"), list.stdout)
        XCTAssertTrue(list.stderr.contains("apart gezet"), list.stderr)
        XCTAssertFalse(list.stdout.contains("Bcc"))
    }

    func testEmptyConfigIsRefused() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.config.appendingPathComponent("voordeur")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "".write(to: folder.appendingPathComponent("voordeur.conf"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["config"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasSuffix("voordeur.conf: het bestand is leeg\n"), result.stderr)
    }
}

extension TrustCommandLineTests {
    func testADataFolderOfAnotherUserIsRefusedAndLeftAlone() throws {
        try XCTSkipUnless(geteuid() == 0, "needs root to give a folder to another user")
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        chmod(sandbox.data.path, 0o755)
        XCTAssertEqual(chown(sandbox.data.path, 65534, 65534), 0)
        let result = try Binary.run(["wis", "--alles", "--ja"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("is van een andere gebruiker"), result.stderr)
        let mode = (try FileManager.default.attributesOfItem(atPath: sandbox.data.path)[.posixPermissions] as? Int) ?? 0
        XCTAssertEqual(mode & 0o777, 0o755)
    }
}
