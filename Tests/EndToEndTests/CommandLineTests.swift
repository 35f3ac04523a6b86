import Foundation
import XCTest

/// The command line, run as a separate process: exit codes, Dutch messages, and what reaches disk.
final class CommandLineTests: XCTestCase {
    func testKaartPrintsAll24SignalsUnderTheTwoHeadings() throws {
        let sandbox = try Sandbox()
        let result = try Binary.run(["kaart"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.hasPrefix("  - ") }.count, 24)
        XCTAssertTrue(lines.contains("In en rond de woning:"))
        XCTAssertTrue(lines.contains("De huurder:"))
    }

    func testBrokenCardGivesExitCode2AndADutchLineAndTouchesNoDraft() throws {
        let sandbox = try Sandbox()
        let card = sandbox.root.appendingPathComponent("kapot.kaart")
        try "[kaart]\nnaam = x\n[signaal woning.deur]\ntekts = deur ingetrapt\n".write(to: card, atomically: true, encoding: .utf8)
        for command in [["kaart"], ["lijst"], ["nieuw"]] {
            let result = try Binary.run(command + ["--kaart", card.path], environment: sandbox.environment)
            XCTAssertEqual(result.status, 2, "\(command)")
            XCTAssertEqual(result.stderr, "voordeur: Kaart niet gelezen: \(card.path), regel 4: onbekende sleutel 'tekts' (toegestaan: hint, tekst)\n")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.data.path), "no data folder was created")
        // Deleting data never depends on the card or the configuration.
        let wis = try Binary.run(["wis", "--alles", "--ja", "--kaart", card.path], environment: sandbox.environment)
        XCTAssertEqual(wis.status, 0, wis.stderr)
    }

    func testBrokenConfigNamesTheFileAndLine() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.config.appendingPathComponent("voordeur")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "[voordeur]\nbewaardagen = veertien\n".write(to: folder.appendingPathComponent("voordeur.conf"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["config"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("voordeur.conf, regel 2: 'bewaardagen' moet een heel getal"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
    }

    func testUsageErrorsAreDutchWithExitCode2() throws {
        let sandbox = try Sandbox()
        let unknown = try Binary.run(["--onzin"], environment: sandbox.environment)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.hasPrefix("voordeur: onbekende optie '--onzin'"), unknown.stderr)
        let wis = try Binary.run(["wis"], environment: sandbox.environment)
        XCTAssertEqual(wis.status, 2)
        XCTAssertTrue(wis.stderr.contains("geef een ID of --alles"), wis.stderr)
        let help = try Binary.run(["--help"], environment: sandbox.environment)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Veilig Thuis 0800-2000"))
    }

    func testWithoutATerminalTheProgramSaysWhatToUse() throws {
        let sandbox = try Sandbox()
        let result = try Binary.run([], environment: sandbox.environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("heeft een terminal nodig"), result.stderr)
    }

    func testCoachJSONAsDocumented() throws {
        let result = try Binary.run(["coach", "--json"], input: "De woning is vies.\nHet is koud hierbinnen.\n")
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(first["text"] as? String, "De woning is vies.")
        let finding = try XCTUnwrap((first["findings"] as? [[String: Any]])?.first)
        XCTAssertEqual(finding["category"] as? String, "oordeel")
        XCTAssertEqual(finding["match"] as? String, "vies")
        XCTAssertEqual(finding["start"] as? Int, 13)
        XCTAssertEqual(finding["end"] as? Int, 17)
        XCTAssertNotNil(finding["explanation"] as? String)
        XCTAssertNotNil(finding["question"] as? String)
        let second = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        XCTAssertEqual((second["findings"] as? [Any])?.count, 0)
        XCTAssertTrue(lines[0].hasPrefix("{\"text\":"), "key order as documented")
    }

    func testCoachReadableReportAndInvalidUTF8() throws {
        let process = try Binary.run(["coach"], input: "Ik denk dat hij drinkt.\n")
        XCTAssertTrue(process.stdout.contains("[speculatie] \"Ik denk\""), process.stdout)
        // Invalid UTF-8 on standard input does not crash the coach.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString)")
        try Data([0x44, 0x65, 0xFF, 0xFE, 0x20, 0x76, 0x69, 0x65, 0x73, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let bad = Process()
        bad.executableURL = Binary.url
        bad.arguments = ["coach", "--json"]
        bad.standardInput = try FileHandle(forReadingFrom: url)
        let out = Pipe()
        bad.standardOutput = out
        try bad.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        bad.waitUntilExit()
        XCTAssertEqual(bad.terminationStatus, 0)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: data))
    }

    func testListExportAndDelete() throws {
        let sandbox = try Sandbox()
        try sandbox.writeDraft(description: "Ik zie twee deuken.\\u001b[31m")
        let list = try Binary.run(["lijst"], environment: sandbox.environment)
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains("20261122-0930-beef"))
        XCTAssertFalse(list.stdout.contains("deuken"), "no content in the list")

        let out = sandbox.root.appendingPathComponent("notitie.eml")
        let export = try Binary.run(["export", "--format", "eml", "--out", out.path], environment: sandbox.environment)
        XCTAssertEqual(export.status, 0, export.stderr)
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o777 }, 0o600)
        let again = try Binary.run(["export", "--format", "eml", "--out", out.path], environment: sandbox.environment)
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
        XCTAssertEqual(try Binary.run(["export", "--format", "eml", "--out", out.path, "--force"], environment: sandbox.environment).status, 0)
        let json = try Binary.run(["export", "20261122-0930-beef", "--format", "json"], environment: sandbox.environment)
        XCTAssertEqual(json.status, 0)
        XCTAssertFalse(json.stdout.contains("\u{1B}"))
        XCTAssertTrue(json.stdout.contains("Ik zie twee deuken."))

        XCTAssertEqual(try Binary.run(["wis", "nope", "--ja"], environment: sandbox.environment).status, 2)
        XCTAssertEqual(try Binary.run(["wis", "20261122-0930-beef", "--ja"], environment: sandbox.environment).status, 0)
        XCTAssertTrue(try Binary.run(["lijst"], environment: sandbox.environment).stdout.contains("Geen concepten"))
    }

    /// `voordeur config > f && voordeur lijst --config f` exits 0: the printout is a valid file, defaults as comments.
    func testConfigPrintsAValidFileAndNieuwNeverOverwrites() throws {
        let sandbox = try Sandbox()
        let source = sandbox.root.appendingPathComponent("bron.conf")
        try """
        [medewerker]
        naam = Jan de Vries
        email = j.devries@corporatie.nl
        [sociaal-consulent]
        naam = Anna Jansen
        email = a.jansen@corporatie.nl
        """.write(to: source, atomically: true, encoding: .utf8)
        let printed = try Binary.run(["config", "--config", source.path], environment: sandbox.environment)
        XCTAssertEqual(printed.status, 0, printed.stderr)
        XCTAssertTrue(printed.stdout.contains("naam = Jan de Vries"))
        XCTAssertTrue(printed.stdout.contains("# bewaardagen = 14"), "defaults as comments")
        let saved = sandbox.root.appendingPathComponent("f")
        try printed.stdout.write(to: saved, atomically: true, encoding: .utf8)
        let list = try Binary.run(["lijst", "--config", saved.path], environment: sandbox.environment)
        XCTAssertEqual(list.status, 0, list.stderr)
        let again = try Binary.run(["config", "--config", saved.path], environment: sandbox.environment)
        XCTAssertEqual(again.stdout.split(separator: "\n").dropFirst().joined(separator: "\n"),
                       printed.stdout.split(separator: "\n").dropFirst().joined(separator: "\n"), "a round trip changes no value")

        let template = sandbox.root.appendingPathComponent("nieuw/voordeur.conf")
        let made = try Binary.run(["config", "--nieuw", "--config", template.path], environment: sandbox.environment)
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(try Binary.run(["lijst", "--config", template.path], environment: sandbox.environment).status, 0)
        let mode = try FileManager.default.attributesOfItem(atPath: template.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o777 }, 0o600)
        let twice = try Binary.run(["config", "--nieuw", "--config", template.path], environment: sandbox.environment)
        XCTAssertEqual(twice.status, 2)
        XCTAssertTrue(twice.stderr.contains("niet overschreven"), twice.stderr)
    }
}
