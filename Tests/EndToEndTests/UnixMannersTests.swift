import Foundation
import XCTest

/// Version, help, exit codes, TERM, and `voordeur verstuur`: the binary as a Debian user and a mail program see it.
final class UnixMannersTests: XCTestCase {
    func testVersionFromOnePlace() throws {
        let version = try Binary.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertNotNil(version.stdout.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression), version.stdout)
        let versie = try Binary.run(["versie"])
        XCTAssertEqual(versie.status, 0)
        XCTAssertEqual(versie.stdout, version.stdout)
    }

    func testTopLevelHelpListsTheCommonOptionsAndExitCodes() throws {
        let help = try Binary.run(["--help"])
        XCTAssertEqual(help.status, 0)
        for text in ["--data-dir", "--kaart", "--config", "--version", "verstuur", "Afsluitcode"] {
            XCTAssertTrue(help.stdout.contains(text), "top-level help lacks \(text)")
        }
    }

    func testACommandsOwnConfigOptionStillReachesIt() throws {
        let coach = try Binary.run(["coach", "--config", "/nonexist/voordeur.conf"], input: "x\n")
        XCTAssertEqual(coach.status, 2)
        XCTAssertTrue(coach.stderr.hasPrefix("voordeur: Instellingen niet gelezen: /nonexist/voordeur.conf"), coach.stderr)
        XCTAssertEqual(try Binary.run(["-h"]).stdout, try Binary.run(["--help"]).stdout)
    }

    func testUnknownHelpTopicIsAUsageError() throws {
        let nope = try Binary.run(["help", "nope"])
        XCTAssertEqual(nope.status, 2)
        XCTAssertEqual(nope.stdout, "")
        XCTAssertEqual(nope.stderr, "voordeur: onbekend onderwerp 'nope' voor help. Zie 'voordeur --help'.\n")
        let known = try Binary.run(["help", "export"])
        XCTAssertEqual(known.status, 0)
        XCTAssertTrue(known.stdout.contains("--format"))
    }

    func testExportIntoAMissingFolderExits2WithOneDutchLine() throws {
        let sandbox = try Sandbox()
        try sandbox.writeDraft()
        let result = try Binary.run(["export", "--out", "/tmp/nonexist-\(UUID().uuidString)/dir/c.txt"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 2)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("voordeur:") }
        XCTAssertEqual(errors.count, 1, result.stderr)
        XCTAssertTrue(errors[0].contains("de map bestaat niet"), result.stderr)
    }

    func testOutputThatCannotBeWrittenIsAFailure() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["kaart"]
        let stderr = Pipe()
        process.standardOutput = full
        process.standardError = stderr
        try process.run()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertTrue(message.hasPrefix("voordeur: kon niet naar standaarduitvoer schrijven: de schijf is vol"), message)
    }

    func testUnusableTERMGivesOneDutchLineAndLeavesTheTerminalAlone() throws {
        let sandbox = try Sandbox()
        for term in ["dumb", "geen-bestaand-type", nil] as [String?] {
            var environment = sandbox.environment
            environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
            environment["TERM"] = term
            let (status, output) = try Pty.run([], environment: environment)
            XCTAssertEqual(status, 2, "TERM=\(term ?? "(unset)"): \(output)")
            XCTAssertTrue(output.hasPrefix("voordeur: "), output)
            XCTAssertTrue(output.contains("TERM"), output)
            XCTAssertEqual(output.split(separator: "\n").count, 1, output)
            XCTAssertFalse(output.contains("\u{1B}"), "no escape sequence reached the terminal: \(output.debugDescription)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.data.path), "nothing was started")
    }

    // MARK: verstuur

    func testVerstuurHandsTheEmlToTheSendCommand() throws {
        let sandbox = try Sandbox()
        try sandbox.writeDraft()
        let saved = sandbox.root.appendingPathComponent("ontvangen.eml")
        let script = try Self.script(sandbox, "sendmail", "cat > '\(saved.path)'; echo \"$@\" > '\(saved.path).args'")
        try Self.writeConfig(sandbox, sendCommand: "\(script) -t")
        let result = try Binary.run(["verstuur"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("verstuurd naar a.jansen@woonstichting.example"), result.stdout)
        XCTAssertEqual(try String(contentsOf: URL(fileURLWithPath: saved.path + ".args"), encoding: .utf8), "-t\n")

        // Python's standard-library parser reads what the mail program got.
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import email, email.policy, email.utils, sys
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
            print(email.utils.parseaddr(str(m['To']))[1])
            print(m['Subject'])
            print(m.get_content_type())
            print(m.get_content())
            """, saved.path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        XCTAssertEqual(python.terminationStatus, 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "a.jansen@woonstichting.example")
        XCTAssertEqual(lines[1], "werkorder WO-1 – Overdracht signalen – vertrouwelijk – bezoek 22-11-2026 09:30", "an ordinary subject")
        XCTAssertEqual(lines[2], "text/plain")
        XCTAssertTrue(lines.contains { $0.contains("Ik zie twee deuken.") }, lines.joined(separator: "\n"))
        XCTAssertEqual(try sandbox.drafts().count, 1, "sending deletes nothing")
    }

    func testAFailedSendCommandShowsItsCodeAndStderrAndDeletesNothing() throws {
        let sandbox = try Sandbox()
        try sandbox.writeDraft()
        let script = try Self.script(sandbox, "sendmail", "cat >/dev/null; echo 'sendmail: kan server niet bereiken' >&2; exit 75")
        try Self.writeConfig(sandbox, sendCommand: script)
        let result = try Binary.run(["verstuur", "20261122-0930-beef"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 2)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("voordeur:") }
        XCTAssertEqual(errors.count, 1, result.stderr)
        XCTAssertTrue(errors[0].contains("code 75: sendmail: kan server niet bereiken"), result.stderr)
        XCTAssertEqual(try sandbox.drafts().count, 1)
    }

    func testWithoutSendCommandOrXdgEmailItSaysWhatToConfigure() throws {
        let sandbox = try Sandbox()
        try sandbox.writeDraft()
        try Self.writeConfig(sandbox, sendCommand: nil)
        var environment = sandbox.environment
        environment["PATH"] = sandbox.root.path
        let result = try Binary.run(["verstuur"], environment: environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("verzendcommando"), result.stderr)
        XCTAssertTrue(result.stderr.contains("xdg-email"), result.stderr)
    }

    func testWithoutSendCommandXdgEmailGetsConsulentSubjectAndAttachment() throws {
        let sandbox = try Sandbox()
        try sandbox.writeDraft()
        try Self.writeConfig(sandbox, sendCommand: nil)
        let saved = sandbox.root.appendingPathComponent("xdg-email.args")
        _ = try Self.script(sandbox, "xdg-email", "for a in \"$@\"; do echo \"$a\"; done > '\(saved.path)'")
        var environment = sandbox.environment
        environment["PATH"] = sandbox.root.path + ":/usr/bin:/bin"
        let result = try Binary.run(["verstuur"], environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let args = try String(contentsOf: saved, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(args.last, "a.jansen@woonstichting.example")
        let attachment = try XCTUnwrap(args.firstIndex(of: "--attach").map { args[$0 + 1] })
        XCTAssertTrue(attachment.hasPrefix(sandbox.data.path + "/overdracht/overdracht-"), attachment)
        XCTAssertTrue(try String(contentsOfFile: attachment, encoding: .utf8).contains("Ik zie twee deuken."))
        XCTAssertTrue(args.contains("--subject"))
    }

    // MARK: Helpers

    static func writeConfig(_ sandbox: Sandbox, sendCommand: String?) throws {
        let folder = sandbox.config.appendingPathComponent("voordeur")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = "[medewerker]\nnaam = Jan de Vries\n\n[sociaal-consulent]\nnaam = Anna Jansen\nemail = a.jansen@woonstichting.example\n"
        if let sendCommand { text += "\n[voordeur]\nverzendcommando = \(sendCommand)\n" }
        try text.write(to: folder.appendingPathComponent("voordeur.conf"), atomically: true, encoding: .utf8)
    }

    static func script(_ sandbox: Sandbox, _ name: String, _ body: String) throws -> String {
        let url = sandbox.root.appendingPathComponent(name)
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o755)
        return url.path
    }
}

extension Sandbox {
    /// One concept draft, 20261122-0930-beef, with one ticked signal described as `description` (JSON-escaped).
    func writeDraft(description: String = "Ik zie twee deuken.") throws {
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let draft = """
        {"schemaVersion":1,"id":"20261122-0930-beef","startedAt":"2026-11-22T09:30:00Z","updatedAt":"\(ISO8601DateFormatter().string(from: Date()))",
         "reason":"reparatie","reasonOther":"","homeReference":"WO-1","childrenPresent":"ja",
         "observations":[{"signalID":"woning.vuistafdrukken","ticked":true,"description":"\(description)","namedToTenant":"ja","tenantReaction":""}],
         "ownSignals":[],"thirdParty":[],"special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},
         "status":"concept"}
        """
        try draft.write(to: data.appendingPathComponent("bezoek-20261122-0930-beef.json"), atomically: true, encoding: .utf8)
    }
}

/// Runs the binary on a pseudo-terminal, so that it sees a terminal on standard input and output. Python's
/// standard library opens the pty (Swift's Glibc module does not import posix_openpt).
enum Pty {
    static let helper = """
        import os, subprocess, sys
        master, slave = os.openpty()
        child = subprocess.Popen(sys.argv[1:], stdin=slave, stdout=slave, stderr=slave)
        os.close(slave)
        out = b''
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            out += data
        sys.stdout.buffer.write(out)
        sys.exit(child.wait())
        """

    static func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("python3 is needed to open a pseudo-terminal")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", helper, Binary.url.path] + arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return (process.terminationStatus, text)
    }
}
