import Foundation
import XCTest

/// Trust, third round, on the real binary: what the black-box audit of issue 23 broke on the command line.
final class CommandLineAuditTests: XCTestCase {
    func draft(id: String, description: String) -> String {
        """
        {"schemaVersion":1,"id":"\(id)","startedAt":"2026-11-22T09:30:00Z","updatedAt":"\(ISO8601DateFormatter().string(from: Date()))",
         "reason":"reparatie","reasonOther":"","homeReference":"WO-1","childrenPresent":"ja",
         "observations":[{"signalID":"woning.vuistafdrukken","ticked":true,"description":"\(description)","namedToTenant":"ja","tenantReaction":""}],
         "ownSignals":[],"thirdParty":[],"special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},
         "status":"concept"}
        """
    }

    func sandboxWithDraft() throws -> Sandbox {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        try draft(id: "a1", description: "Ik zie een gat.").write(to: sandbox.data.appendingPathComponent("bezoek-a1.json"),
                                                                  atomically: true, encoding: .utf8)
        return sandbox
    }

    /// Runs the binary with standard output on `path` (such as /dev/full).
    func run(_ arguments: [String], stdoutTo path: String, environment: [String: String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }

    // MARK: 6. --out writes regular files only

    func testExportNeverReplacesAFIFOOrASpecialFile() throws {
        let sandbox = try sandboxWithDraft()
        let fifo = sandbox.root.appendingPathComponent("pijp")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        for arguments in [["--out", fifo.path], ["--out", fifo.path, "--force"]] {
            let result = try Binary.run(["export", "a1"] + arguments, environment: sandbox.environment)
            XCTAssertEqual(result.status, 2, "\(arguments) \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("voordeur: \(fifo.path) is een pijp (FIFO)"), result.stderr)
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
        }
        var info = stat()
        XCTAssertEqual(lstat(fifo.path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        // A folder, a link to a device, a device itself: a device node of the test's own (the same as /dev/null),
        // never the system's, which a program with this defect would replace (major 1, minor 3 is 1 << 8 | 3).
        let device = sandbox.root.appendingPathComponent("null")
        try XCTSkipUnless(mknod(device.path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0, "mknod needs root")
        let link = sandbox.root.appendingPathComponent("naar-apparaat")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: device.path)
        for (target, word) in [(sandbox.root.path, "is een map"), (link.path, "is een symbolische koppeling"), (device.path, "is een apparaat")] {
            let result = try Binary.run(["export", "a1", "--out", target, "--force"], environment: sandbox.environment)
            XCTAssertEqual(result.status, 2, result.stderr)
            XCTAssertTrue(result.stderr.contains(word), result.stderr)
            XCTAssertFalse(result.stderr.contains("systeemfout"), result.stderr)
        }
        XCTAssertEqual(lstat(device.path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "the device is still a device")
        // A regular file is replaced with --force, and - is standard output.
        let file = sandbox.root.appendingPathComponent("notitie.txt")
        try "oud".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Binary.run(["export", "a1", "--out", file.path], environment: sandbox.environment).status, 2)
        XCTAssertEqual(try Binary.run(["export", "a1", "--out", file.path, "--force"], environment: sandbox.environment).status, 0)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("Ik zie een gat."))
        let stdout = try Binary.run(["export", "a1", "--out", "-"], environment: sandbox.environment)
        XCTAssertEqual(stdout.status, 0, stdout.stderr)
        XCTAssertTrue(stdout.stdout.contains("Ik zie een gat."))
    }

    // MARK: 8. Every output through the sanitiser

    static let hostile = "Ik zie \u{1B}]52;c;aGFjaw==\u{07}een \u{1B}[2Jgat\u{9B}2J en \u{85}\u{90}\u{9D}0;titel\u{9C} NUL\u{0}hier."

    func assertClean(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        XCTAssertEqual(bad.map { String(format: "U+%04X", $0.value) }, [], "\(what): \(text.debugDescription)", file: file, line: line)
        XCTAssertFalse(text.contains("52;c;"), what, file: file, line: line)
    }

    func testCoachAndPrivacyPassNoTerminalControlFromStandardInput() throws {
        for arguments in [["coach"], ["coach", "--json"], ["privacy"], ["privacy", "--json"]] {
            let result = try Binary.run(arguments, input: Self.hostile + "\n")
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            assertClean(result.stdout, "\(arguments)")
            XCTAssertTrue(result.stdout.contains("Ik zie een gat"), "\(arguments): \(result.stdout)")
        }
        // The plain coach output shows the cleaned text.
        let plain = try Binary.run(["coach"], input: Self.hostile + "\n")
        XCTAssertTrue(plain.stdout.hasPrefix("Tekst: Ik zie een gat en  NUL"), plain.stdout)
    }

    func testLijstAndWisSanitiseTheFolderAndTheProblemFiles() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.root.appendingPathComponent("map\u{1B}[2J\u{9B}31m")
        let empty = try Binary.run(["lijst", "--data-dir", folder.path], environment: sandbox.environment)
        XCTAssertEqual(empty.status, 0, empty.stderr)
        assertClean(empty.stdout, "lijst")
        XCTAssertTrue(empty.stdout.contains("Geen concepten"), empty.stdout)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "{".write(to: folder.appendingPathComponent("bezoek-x\u{1B}]52;c;aGk=\u{07}.json"), atomically: true, encoding: .utf8)
        let listed = try Binary.run(["lijst", "--data-dir", folder.path], environment: sandbox.environment)
        assertClean(listed.stdout, "lijst stdout")
        assertClean(listed.stderr, "lijst stderr")
        let wiped = try Binary.run(["wis", "--alles", "--ja", "--data-dir", folder.path], environment: sandbox.environment)
        XCTAssertEqual(wiped.status, 0, wiped.stderr)
        XCTAssertTrue(wiped.stdout.contains("gewist uit"), wiped.stdout)
        assertClean(wiped.stdout, "wis stdout")
    }

    // MARK: 12. The command line

    func testCommonOptionsMayComeBeforeTheCommand() throws {
        let sandbox = try sandboxWithDraft()
        let other = try sandboxWithDraft()
        // The environment points elsewhere: only the option finds the draft.
        let list = try Binary.run(["--data-dir", sandbox.data.path, "lijst"], environment: other.environment.merging(["VOORDEUR_DATA_DIR": "/nergens"]) { $1 })
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("a1"), list.stdout)
        let equals = try Binary.run(["--data-dir=\(sandbox.data.path)", "lijst"], environment: ["VOORDEUR_DATA_DIR": "/nergens"])
        XCTAssertTrue(equals.stdout.contains("a1"), equals.stdout + equals.stderr)
        let card = try Binary.run(["--data-dir", sandbox.data.path, "kaart"], environment: sandbox.environment)
        XCTAssertEqual(card.status, 0, card.stderr)
        XCTAssertTrue(card.stdout.contains("vuistafdrukken"))
        let export = try Binary.run(["--data-dir", sandbox.data.path, "export", "a1"], environment: other.environment)
        XCTAssertEqual(export.status, 0, export.stderr)
    }

    func testEmptyPathsAndAFileAsDataFolderAreErrors() throws {
        let sandbox = try sandboxWithDraft()
        for arguments in [["lijst", "--data-dir", ""], ["lijst", "--config", ""], ["--data-dir", "", "lijst"], ["coach", "--config", ""],
                          ["export", "a1", "--out", ""]] {
            let result = try Binary.run(arguments, environment: sandbox.environment)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stderr.hasPrefix("voordeur: "), result.stderr)
            XCTAssertTrue(result.stderr.contains("lege waarde"), "\(arguments): \(result.stderr)")
        }
        for arguments in [["lijst", "--data-dir", "/etc/passwd"], ["export", "--data-dir", "/etc/passwd"], ["wis", "--alles", "--ja", "--data-dir", "/etc/passwd"]] {
            let result = try Binary.run(arguments, environment: sandbox.environment)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stdout)")
            XCTAssertEqual(result.stderr, "voordeur: de gegevensmap /etc/passwd is geen map; kies een map met --data-dir\n")
        }
    }

    func testHelpAndVersionToAFullDiskFail() throws {
        for arguments in [["--help"], ["--version"], ["lijst", "--help"], ["versie"]] {
            let result = try run(arguments, stdoutTo: "/dev/full", environment: [:])
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertEqual(result.stderr, "voordeur: kon niet naar standaarduitvoer schrijven: de schijf is vol\n", "\(arguments)")
        }
    }

    func testAC1CharacterInAConfigValueEatsNothingElse() throws {
        let sandbox = try Sandbox()
        try sandbox.writeConfig("[medewerker]\nnaam = Jan\u{9B}Piet\u{9D}de Vries\n")
        let config = try Binary.run(["config"], environment: sandbox.environment)
        XCTAssertEqual(config.status, 0, config.stderr)
        XCTAssertTrue(config.stdout.contains("naam = JanPietde Vries\n"), config.stdout)
    }

    func testListAndExportRefuseAWorldWritableFolderOfAnotherUser() throws {
        try XCTSkipUnless(geteuid() == 0, "needs root to give a folder to another user")
        let sandbox = try sandboxWithDraft()
        chmod(sandbox.data.path, 0o777)
        XCTAssertEqual(chown(sandbox.data.path, 65534, 65534), 0)
        for arguments in [["lijst"], ["export", "a1"], ["export"]] {
            let result = try Binary.run(arguments, environment: sandbox.environment)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stderr.contains("is van een andere gebruiker"), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stdout.contains("Ik zie een gat"), "\(arguments)")
        }
    }

    /// Declining `wis --alles` at the terminal is no failure and no finding: exit code 0.
    func testDecliningWisExitsZero() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed")
        let sandbox = try sandboxWithDraft()
        let tmux = try Tmux(arguments: ["wis", "--alles"], sandbox: sandbox)
        // The question and the answer go to standard error, which the harness keeps in a file.
        try tmux.waitUntil("the question is asked") { tmux.stderr.contains("Typ 'ja' om te wissen") }
        try tmux.type("nee")
        try tmux.keys("Enter")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertTrue(tmux.stderr.contains("Niets gewist."), tmux.stderr)
        XCTAssertEqual(try sandbox.drafts().count, 1)
    }
}
