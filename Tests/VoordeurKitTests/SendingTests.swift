import Foundation
import XCTest
@testable import VoordeurKit

/// Handing the note to a mail program and to a clipboard: the choosers, the splitter and the runner.
final class SendingTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-send-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    /// A script in the test folder.
    func script(_ name: String, _ body: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o755)
        return url.path
    }

    // MARK: Splitting a command line without a shell

    func testSplitWordsQuotesAndBackslashes() throws {
        XCTAssertEqual(try CommandRunner.split("/usr/sbin/sendmail -t"), ["/usr/sbin/sendmail", "-t"])
        XCTAssertEqual(try CommandRunner.split("  msmtp   -t  --account=werk "), ["msmtp", "-t", "--account=werk"])
        XCTAssertEqual(try CommandRunner.split("msmtp -C '/mijn map/msmtprc' -t"), ["msmtp", "-C", "/mijn map/msmtprc", "-t"])
        XCTAssertEqual(try CommandRunner.split(#"a "b \"c\" d" e\ f ''"#), ["a", #"b "c" d"#, "e f", ""])
        XCTAssertEqual(try CommandRunner.split("x 'a|b' \"c;d\""), ["x", "a|b", "c;d"])
    }

    func testSplitRefusesWhatNeedsAShell() {
        for line in ["sendmail -t | tee x", "a; b", "a > b", "a $HOME", "a `b`", "a && b", "", "   ", "'open", "a \\", "a\nb", "a *"] {
            XCTAssertThrowsError(try CommandRunner.split(line), line) { error in
                XCTAssertFalse((error as? CommandProblem)?.message.isEmpty ?? true)
            }
        }
    }

    func testConfigRejectsAnUnsplittableSendCommandWithItsLine() throws {
        let config = try Config.parse("[voordeur]\nverzendcommando = msmtp -t\n", source: "v.conf")
        XCTAssertEqual(config.sendCommand, "msmtp -t")
        XCTAssertThrowsError(try Config.parse("[voordeur]\n\nverzendcommando = sendmail -t | cat\n", source: "v.conf")) { error in
            let problem = error as? FileProblem
            XCTAssertEqual(problem?.line, 3)
        }
        XCTAssertNil(try Config.parse("[voordeur]\nverzendcommando =\n", source: "v.conf").sendCommand)
    }

    // MARK: Running a helper

    func testRunnerPipesTheInputAndReturnsStatusAndStderr() throws {
        let out = folder.appendingPathComponent("in.txt")
        let tool = try script("tool", "cat > \"$1\"; echo 'ging mis' >&2; echo 'tweede regel' >&2; exit 7")
        let result = try CommandRunner.run([tool, out.path], input: Data("hallo ë\n".utf8))
        XCTAssertEqual(result.status, 7)
        XCTAssertEqual(result.stderr, "ging mis\ntweede regel")
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), "hallo ë\n")
        XCTAssertEqual(result.failureLine(command: "tool"), "'tool' stopte met code 7: ging mis / tweede regel")
    }

    func testRunnerSurvivesAProgramThatDoesNotReadItsInput() throws {
        // 4 MiB does not fit in a pipe: without care the write would raise SIGPIPE and end the test process.
        let tool = try script("deaf", "exit 0")
        let result = try CommandRunner.run([tool], input: Data(repeating: 65, count: 4 << 20))
        XCTAssertEqual(result.status, 0)
    }

    func testRunnerDoesNotWaitForABackgroundChildThatKeepsStderr() throws {
        // Like xclip: reads its input, then leaves a child behind that holds standard error open.
        let tool = try script("forks", "cat >/dev/null; (sleep 5) & exit 0")
        let start = Date()
        let result = try CommandRunner.run([tool], input: Data("x".utf8))
        XCTAssertEqual(result.status, 0)
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
    }

    func testRunnerStopsAProgramThatHangs() throws {
        let tool = try script("hangs", "exec sleep 30")
        let result = try CommandRunner.run([tool], input: Data(), timeout: 0.5)
        XCTAssertTrue(result.timedOut)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.status, 128 + SIGTERM)
    }

    func testRunnerSaysWhenAProgramIsMissing() {
        XCTAssertThrowsError(try CommandRunner.run(["/nergens/sendmail"], input: Data())) { error in
            XCTAssertEqual((error as? CommandProblem)?.message, "'/nergens/sendmail' bestaat niet of is niet uitvoerbaar")
        }
        XCTAssertThrowsError(try CommandRunner.run(["bestaat-niet-xyz"], input: Data(), environment: ["PATH": folder.path])) { error in
            XCTAssertEqual((error as? CommandProblem)?.message, "'bestaat-niet-xyz' is niet gevonden (PATH)")
        }
    }

    func testFindExecutableSearchesPath() throws {
        let tool = try script("mijn-tool", "exit 0")
        XCTAssertEqual(CommandRunner.findExecutable("mijn-tool", environment: ["PATH": "/nergens:\(folder.path)"]), tool)
        XCTAssertNil(CommandRunner.findExecutable("mijn-tool", environment: ["PATH": "/nergens"]))
    }

    // MARK: Mail

    func testMailChooserPrefersTheConfiguredCommandThenXdgEmail() throws {
        XCTAssertEqual(try MailSender.choose(configuredCommand: "msmtp -t", lookup: { "/usr/bin/\($0)" }), .command(["msmtp", "-t"]))
        XCTAssertEqual(try MailSender.choose(configuredCommand: nil, lookup: { $0 == "xdg-email" ? "/usr/bin/xdg-email" : nil }),
                       .xdgEmail("/usr/bin/xdg-email"))
        XCTAssertEqual(try MailSender.choose(configuredCommand: "  ", lookup: { _ in "/x" }), .xdgEmail("/x"))
        XCTAssertNil(try MailSender.choose(configuredCommand: nil, lookup: { _ in nil }))
        XCTAssertThrowsError(try MailSender.choose(configuredCommand: "a | b", lookup: { _ in nil }))
    }

    func testSendCommandGetsTheWholeMessageAddressedToTheConsulent() throws {
        let saved = folder.appendingPathComponent("bericht.eml")
        let tool = try script("sendmail", "cat > '\(saved.path)'")
        let note = HandoverTests.note()
        let outcome = try MailSender.send(note, via: .command([tool, "-t"]), attachmentFolder: folder)
        XCTAssertEqual(outcome.recipient, "a.jansen@woonstichting.example")
        XCTAssertNil(outcome.attachment)
        XCTAssertTrue(outcome.statusLine.hasPrefix("Notitie verstuurd naar a.jansen@woonstichting.example"), outcome.statusLine)
        let message = try String(contentsOf: saved, encoding: .utf8)
        XCTAssertEqual(message, note.email())
        XCTAssertTrue(message.contains("\r\nTo: Anna Jansen <a.jansen@woonstichting.example>\r\n"), message)
    }

    func testAFailedSendCommandReportsItsCodeAndStderr() throws {
        let tool = try script("sendmail", "cat >/dev/null; echo 'sendmail: geen verbinding met de server' >&2; exit 75")
        XCTAssertThrowsError(try MailSender.send(HandoverTests.note(), via: .command([tool, "-t"]), attachmentFolder: folder)) { error in
            let message = (error as? CommandProblem)?.message ?? ""
            XCTAssertTrue(message.contains("code 75"), message)
            XCTAssertTrue(message.contains("sendmail: geen verbinding met de server"), message)
            XCTAssertTrue(message.contains("niets gewist"), message)
        }
    }

    func testWithoutConsulentAddressNothingIsStarted() throws {
        var config = HandoverTests.configured()
        config.consulentEmail = ""
        var started = false
        XCTAssertThrowsError(try MailSender.send(HandoverTests.note(config: config), via: .command(["x"]), attachmentFolder: folder,
                                                 run: { _, _ in started = true; return CommandResult(status: 0) })) { error in
            XCTAssertEqual((error as? CommandProblem)?.message, MailSender.missingRecipient)
        }
        XCTAssertFalse(started)
    }

    func testXdgEmailGetsConsulentSubjectAndThePrivateNoteAsAttachment() throws {
        let note = HandoverTests.note()
        var seen: [String] = []
        let exports = folder.appendingPathComponent("overdracht")
        let outcome = try MailSender.send(note, via: .xdgEmail("/usr/bin/xdg-email"), attachmentFolder: exports,
                                          run: { argv, _ in seen = argv; return CommandResult(status: 0) })
        let file = try XCTUnwrap(outcome.attachment)
        XCTAssertEqual(file.lastPathComponent, "overdracht-20261122-0930-beef.txt")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), note.plainText())
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o777 }, 0o600)
        XCTAssertEqual(seen.first, "/usr/bin/xdg-email")
        XCTAssertEqual(seen.last, "a.jansen@woonstichting.example")
        XCTAssertEqual(seen[seen.firstIndex(of: "--subject")! + 1], note.emailSubject)
        XCTAssertEqual(seen[seen.firstIndex(of: "--attach")! + 1], file.path)
        XCTAssertEqual(seen[seen.firstIndex(of: "--body")! + 1], note.mailBody, "the same body as the .eml")
        XCTAssertTrue(outcome.statusLine.hasPrefix("Mailprogramma geopend"), outcome.statusLine)
    }

    func testAFailedXdgEmailKeepsTheNoteAndSaysWhere() throws {
        XCTAssertThrowsError(try MailSender.send(HandoverTests.note(), via: .xdgEmail("/usr/bin/xdg-email"), attachmentFolder: folder,
                                                 run: { _, _ in CommandResult(status: 3, stderr: "xdg-email: no method available") })) { error in
            let message = (error as? CommandProblem)?.message ?? ""
            XCTAssertTrue(message.contains("code 3: xdg-email: no method available"), message)
            XCTAssertTrue(message.contains(self.folder.appendingPathComponent("overdracht-20261122-0930-beef.txt").path), message)
        }
    }

    // MARK: Clipboard

    func testClipboardChooserFollowsTheSession() {
        let all: (String) -> Bool = { _ in true }
        let none: (String) -> Bool = { _ in false }
        XCTAssertEqual(Clipboard.choose(environment: ["TMUX": "/tmp/tmux-0/default,1,0", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"],
                                        isAvailable: all), .tmux)
        XCTAssertEqual(Clipboard.choose(environment: ["WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"], isAvailable: all), .wayland)
        XCTAssertEqual(Clipboard.choose(environment: ["WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"], isAvailable: { $0 == "xclip" }), .x11)
        XCTAssertEqual(Clipboard.choose(environment: ["DISPLAY": ":0"], isAvailable: all), .x11)
        XCTAssertEqual(Clipboard.choose(environment: ["DISPLAY": ":0"], isAvailable: none), .osc52)
        XCTAssertEqual(Clipboard.choose(environment: ["TMUX": ""], isAvailable: all), .osc52)
        XCTAssertEqual(Clipboard.choose(environment: [:], isAvailable: all), .osc52)
        XCTAssertEqual(Clipboard.candidates(environment: ["TMUX": "x", "DISPLAY": ":0"], isAvailable: all), [.tmux, .x11, .osc52])
        XCTAssertEqual(ClipboardMethod.tmux.command, ["tmux", "load-buffer", "-w", "-"])
        XCTAssertEqual(ClipboardMethod.x11.command, ["xclip", "-selection", "clipboard"])
        for method in ClipboardMethod.allCases { XCTAssertFalse(method.label.isEmpty) }
    }

    func testClipboardCopyPipesTheTextAndSaysWhichMethod() {
        var got: ([String], String)?
        let copy = Clipboard.copy("notitie ë", environment: ["WAYLAND_DISPLAY": "wayland-0"], isAvailable: { _ in true },
                                  run: { argv, data in got = (argv, String(decoding: data, as: UTF8.self)); return CommandResult(status: 0) })
        XCTAssertEqual(copy.method, .wayland)
        XCTAssertNil(copy.terminalSequence)
        XCTAssertEqual(got?.0, ["wl-copy"])
        XCTAssertEqual(got?.1, "notitie ë")
        XCTAssertEqual(copy.statusLine, "Gekopieerd naar het klembord (wl-copy).")
    }

    func testClipboardFallsThroughToOSC52WhenHelpersFail() {
        let copy = Clipboard.copy("abc", environment: ["TMUX": "x", "DISPLAY": ":0"], isAvailable: { _ in true },
                                  run: { argv, _ in
                                      if argv[0] == "tmux" { throw CommandProblem("'tmux' is niet gevonden (PATH)") }
                                      return CommandResult(status: 1, stderr: "Error: Can't open display: :0")
                                  })
        XCTAssertEqual(copy.method, .osc52)
        XCTAssertEqual(copy.terminalSequence, "\u{1B}]52;c;YWJj\u{07}")
        XCTAssertEqual(copy.failures.count, 2)
        XCTAssertTrue(copy.statusLine.contains("OSC 52"), copy.statusLine)
        XCTAssertTrue(copy.statusLine.contains("Can't open display"), copy.statusLine)
    }

    func testClipboardCopyThroughARealProgram() throws {
        // A stand-in for wl-copy on PATH: the real runner pipes the text into it.
        let saved = folder.appendingPathComponent("klembord.txt")
        _ = try script("wl-copy", "/bin/cat > '\(saved.path)'")
        let environment = ["WAYLAND_DISPLAY": "wayland-0", "PATH": folder.path]
        let copy = Clipboard.copy("overdracht", environment: environment)
        XCTAssertEqual(copy.method, .wayland)
        XCTAssertEqual(try String(contentsOf: saved, encoding: .utf8), "overdracht")
    }
}
