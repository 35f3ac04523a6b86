import Foundation
import XCTest
@testable import VoordeurKit

/// A helper program (mail program, clipboard tool) is stopped on request and is not believed when it ends without
/// reading the whole note. (In an extension of SendingTests for its test folder and scripts.)
extension SendingTests {
    func testACancelledProgramIsStoppedAtOnce() throws {
        let tool = try script("hangs", "exec sleep 30")
        let cancellation = Cancellation()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
        let start = Date()
        let result = try CommandRunner.run([tool], input: Data(), timeout: 60, cancellation: cancellation)
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
        XCTAssertTrue(result.cancelled)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.failureLine(command: "sleep 30"), "'sleep 30' is afgebroken")
    }

    /// What the program started is stopped with it: it runs in a session of its own.
    func testStoppingAProgramStopsWhatItStarted() throws {
        let marker = folder.appendingPathComponent("kind.pid")
        let tool = try script("parent", "sleep 30 & echo $! > '\(marker.path)'; wait")
        let result = try CommandRunner.run([tool], input: Data(), timeout: 0.5)
        XCTAssertTrue(result.timedOut)
        let child = try XCTUnwrap(Int32(String(contentsOf: marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(child, 0) != 0
            if !gone { usleep(20_000) }
        }
        XCTAssertTrue(gone, "the program's own child \(child) is still running")
    }

    /// The audit: a command that read 100 KB of 2.4 MB and exited 0 was reported as sent.
    func testAProgramThatReadsPartOfTheInputAndExitsZeroFailed() throws {
        let tool = try script("half", "head -c 100000 >/dev/null; exit 0")
        let input = Data(repeating: 65, count: 2_400_000)
        let result = try CommandRunner.run([tool], input: input)
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.unreadInput, 2_300_000)
        XCTAssertEqual(result.failureLine(command: "half"), "'half' las maar 100000 van de 2400000 bytes en stopte")
        // A small note that fits in the pipe, never read: not sent either.
        let deaf = try script("deaf", "exit 0")
        let note = Data("Aan: a@b.nl\n\nnotitie\n".utf8)
        let small = try CommandRunner.run([deaf], input: note)
        XCTAssertFalse(small.succeeded)
        XCTAssertEqual(small.unreadInput, note.count)
        // Reading everything is success.
        let reader = try script("reader", "cat >/dev/null")
        XCTAssertTrue(try CommandRunner.run([reader], input: input).succeeded)
    }

    func testVerstuurReportsAShortReadAsAFailedSend() throws {
        let tool = try script("half", "head -c 100 >/dev/null; exit 0")
        var config = Config()
        config.consulentEmail = "a.jansen@woonstichting.example"
        var visit = Visit(id: "20261122-0930-abcd", startedAt: Date())
        visit.updateObservation("woning.vuistafdrukken") { $0.ticked = true; $0.description = String(repeating: "Ik zie een gat. ", count: 20_000) }
        let note = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: config, coach: Coach(spelling: .off))
        XCTAssertThrowsError(try MailSender.send(note, via: .command([tool]), attachmentFolder: folder)) { error in
            let message = (error as? CommandProblem)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("versturen mislukt: '\(tool)' las maar 100 van de"), message)
        }
    }

    /// The program gets no controlling terminal: it cannot open /dev/tty to read keys or paint (meaningful when
    /// the tests run in a terminal; the end-to-end send test checks it inside tmux).
    func testTheProgramHasNoControllingTerminal() throws {
        let answer = folder.appendingPathComponent("tty.txt")
        let tool = try script("tty", "if (: </dev/tty) 2>/dev/null; then echo open > '\(answer.path)'; else echo dicht > '\(answer.path)'; fi")
        XCTAssertTrue(try CommandRunner.run([tool], input: Data()).succeeded)
        XCTAssertEqual(try String(contentsOf: answer, encoding: .utf8), "dicht\n")
    }
}
