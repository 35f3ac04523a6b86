import Foundation
import XCTest

/// The program opens no network connection: checked on the running binary, not on its sources. `voordeur coach`,
/// `export` and `verstuur` (with a local mail command) run under `strace -f -e trace=network`; any socket of family
/// AF_INET or AF_INET6, in the program or a child it starts, fails the test. AF_UNIX (a local mail program, the
/// C library's name service) is fine.
final class NoNetworkTests: XCTestCase {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `arguments` under strace; (exit status, the network system calls seen with an internet family).
    func traced(_ executable: String, _ arguments: [String], input: String = "", environment: [String: String] = [:],
                sandbox: Sandbox) throws -> (status: Int32, internet: [String], calls: Int) {
        let strace = try XCTUnwrap(Self.strace, "strace is missing: run Packaging/setup.sh")
        let trace = sandbox.root.appendingPathComponent("trace-\(UUID().uuidString.prefix(8)).txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: strace)
        process.arguments = ["-f", "-qq", "-e", "trace=network", "-o", trace.path, executable] + arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let lines = (try? String(contentsOf: trace, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        return (process.terminationStatus, lines.filter { $0.contains("AF_INET") }, lines.count)
    }

    /// The check can fail: a program that opens an internet socket is caught.
    func testTheCheckCatchesAnInternetSocket() throws {
        let sandbox = try Sandbox()
        let python = try XCTUnwrap(["/usr/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) })
        let result = try traced(python, ["-c", "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()"],
                                sandbox: sandbox)
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.internet.isEmpty, "strace saw no AF_INET socket in a program that opens one")
    }

    func testCoachExportAndSendOpenNoInternetSocket() throws {
        let sandbox = try Sandbox()
        try sandbox.writeDraft()
        let mailbox = sandbox.root.appendingPathComponent("verstuurd.eml")
        let mail = try UnixMannersTests.script(sandbox, "sendmail", "cat > '\(mailbox.path)'")
        try UnixMannersTests.writeConfig(sandbox, sendCommand: mail)
        let voordeur = Binary.url.path
        let runs: [(String, [String], String)] = [
            ("coach", ["coach"], "De woning is vies.\nIk zie twee deuken in de deur.\n"),
            ("privacy", ["privacy", "--json"], "Bel mevrouw Jansen op 06-12345678.\n"),
            ("export", ["export", "--format", "eml"], ""),
            ("verstuur", ["verstuur", "20261122-0930-beef"], ""),
        ]
        for (name, arguments, input) in runs {
            let result = try traced(voordeur, arguments, input: input, environment: sandbox.environment, sandbox: sandbox)
            XCTAssertEqual(result.status, 0, "voordeur \(name) failed under strace")
            XCTAssertEqual(result.internet, [], "voordeur \(name) opened an internet socket")
        }
        XCTAssertTrue(try String(contentsOf: mailbox, encoding: .utf8).contains("Ik zie twee deuken."),
                      "the local mail command got the note")
    }
}
