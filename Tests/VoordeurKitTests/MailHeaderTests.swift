import Foundation
import XCTest
@testable import VoordeurKit

/// From and To of the e-mail note, read back by Python's standard mail parser: a hostile or merely unusual name
/// stays one name, and the message has exactly the configured recipient.
final class MailHeaderTests: XCTestCase {
    static let names = [
        "Jansen, Anna (Team Zuid) <b@x.nl>",
        "Anna \"AJ\" Jansen, Zuid",
        "Back\\slash \"quote",
        "trailing backslash\\",
        "Ëlla van 't Hof, wijk Noord",
        "=?utf-8?q?evil?= <c@x.nl>",
        "A. Jansen",
        "Jansen; Anna: team@x.nl;",
    ]

    func email(worker: String, consulent: String) -> String {
        var config = Config()
        config.workerName = worker
        config.workerEmail = "j.devries@woonstichting.example"
        config.consulentName = consulent
        config.consulentEmail = "a.jansen@woonstichting.example"
        let visit = Visit(id: "20261122-0930-beef", startedAt: Date(timeIntervalSince1970: 1_795_339_800))
        return HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: config, coach: Coach(spelling: .off)).email()
    }

    /// Runs `script` with the messages' files as arguments; returns its standard error when it fails.
    func python(_ script: String, files: [URL]) throws -> (status: Int32, output: String) {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try XCTSkipIf(python == nil, "python3 not installed (.ci/run installs it)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = ["-c", script] + files.map(\.path)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    func testHostileNamesStayOneNameWithTheConfiguredAddress() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for (index, name) in Self.names.enumerated() {
            let file = folder.appendingPathComponent("\(index).eml")
            try Data(email(worker: name, consulent: name).utf8).write(to: file)
            files.append(file)
        }
        let names = folder.appendingPathComponent("names.json")
        try JSONSerialization.data(withJSONObject: Self.names).write(to: names)
        let script = """
        import email, email.policy, email.utils, json, sys
        names = json.load(open(sys.argv[1]))
        for name, path in zip(names, sys.argv[2:]):
            raw = email.message_from_binary_file(open(path, 'rb'), policy=email.policy.compat32)
            msg = email.message_from_binary_file(open(path, 'rb'), policy=email.policy.default)
            for header, address in (('To', 'a.jansen@woonstichting.example'), ('From', 'j.devries@woonstichting.example')):
                parsed = msg[header].addresses
                assert len(parsed) == 1, (header, name, str(msg[header]), parsed)
                assert parsed[0].addr_spec == address, (header, name, parsed[0].addr_spec)
                assert parsed[0].display_name == name, (header, name, parsed[0].display_name)
                # The older parser that mail programs and scripts still use, on the header as it is.
                pairs = email.utils.getaddresses([raw[header]])
                assert [a for _, a in pairs] == [address], (header, name, raw[header], pairs)
        print('ok')
        """
        let result = try python(script, files: [names] + files)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(result.output, "ok\n")
    }

    func testPlainNamesStayAsTheyWere() {
        let mail = email(worker: "Jan de Vries", consulent: "Anna Jansen")
        XCTAssertTrue(mail.hasPrefix("From: Jan de Vries <j.devries@woonstichting.example>\r\nTo: Anna Jansen <a.jansen@woonstichting.example>\r\n"), mail)
        XCTAssertTrue(email(worker: "A. Jansen", consulent: "x").contains("From: \"A. Jansen\" <"))
    }

    /// The settings file keeps a name with a comma and a quote as it is, and the address beside it.
    func testANameWithACommaAndAQuoteSurvivesTheSettingsFile() throws {
        var config = Config()
        config.consulentName = "Jansen, \"Anna\" (Zuid)"
        config.consulentEmail = "a.jansen@woonstichting.example"
        let read = try Config.parse(config.updatedFileText(nil), source: "v.conf")
        XCTAssertEqual(read.consulentName, config.consulentName)
        XCTAssertEqual(read.consulentEmail, config.consulentEmail)
        let visit = Visit(id: "20261122-0930-beef", startedAt: Date())
        let mail = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: read, coach: Coach(spelling: .off)).email()
        XCTAssertTrue(mail.contains("\r\nTo: \"Jansen, \\\"Anna\\\" (Zuid)\" <a.jansen@woonstichting.example>\r\n"), mail)
    }
}
