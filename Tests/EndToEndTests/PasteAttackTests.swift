import Foundation
import XCTest

/// A paste is text, always: tried with tmux's own bracketed paste on the real binary.
final class PasteAttackTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed (.ci/run installs it)")
    }

    /// The audit's attack: a pasted text holding the end-of-paste marker, then Esc k, Shift-Tab and e o j (export,
    /// handed over, delete). tmux's `paste-buffer -p` wraps the buffer as it is, so the marker reaches the program
    /// inside the paste. The draft must survive, with all of it as text (the sanitiser drops the escape sequences).
    func testAPastedEndMarkerDoesNotTurnTheRestIntoKeystrokes() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.waitFor("Wat zie ik?")
        try tmux.type("Ik zie een gat.")
        try tmux.waitFor("Ik zie een gat.")
        let attack = " Daarna\u{1B}[201~\u{1B}k\u{1B}[Zeoj"
        let file = sandbox.root.appendingPathComponent("aanval.txt")
        try attack.write(to: file, atomically: true, encoding: .utf8)
        try tmux.run(["load-buffer", "-b", "aanval", file.path])
        try tmux.run(["paste-buffer", "-p", "-b", "aanval", "-t", tmux.session])
        try tmux.waitFor("Daarnaeoj")
        let screen = try tmux.screen()
        XCTAssertFalse(screen.contains("Concept gewist"), screen)
        XCTAssertTrue(screen.contains("Wat zie ik?"), "the editor is still open:\n\(screen)")
        try tmux.keys("Escape")
        try tmux.waitFor("[x] vreemd reparatieverzoek")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let drafts = try sandbox.drafts()
        XCTAssertEqual(drafts.count, 1, "the draft survives")
        let observations = try XCTUnwrap(drafts.first?["observations"] as? [[String: Any]])
        XCTAssertEqual(observations.first?["description"] as? String, "Ik zie een gat. Daarnaeoj")
        XCTAssertEqual(drafts.first?["status"] as? String, "concept")
    }
}

extension PasteAttackTests {
    /// The audit: after a 200,000-character paste F2 took 3.2 s to hide the screen. The neutral screen needs no
    /// layout of the text: it shows at once.
    func testF2HidesAtOnceAfterAHugePaste() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.waitFor("Wat zie ik?")
        let sentence = "Ik zie een deuk in de deur en ik hoor geschreeuw. "
        let paste = String(String(repeating: sentence, count: 200_000 / sentence.count + 1).prefix(200_000))
        let file = sandbox.root.appendingPathComponent("groot.txt")
        try paste.write(to: file, atomically: true, encoding: .utf8)
        try tmux.run(["load-buffer", "-b", "groot", file.path])
        try tmux.run(["paste-buffer", "-p", "-b", "groot", "-t", tmux.session])
        try tmux.waitFor("te lang", timeout: 60)
        var delays: [TimeInterval] = []
        for _ in 0..<3 {
            let start = Date()
            try tmux.keys("F2")
            try tmux.waitUntil(timeout: 10, "the screen is hidden") {
                try tmux.screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.isEmpty
            }
            delays.append(Date().timeIntervalSince(start))
            try tmux.keys("F2")
            try tmux.waitFor("Wat zie ik?")
            // A key typed at the limit says so.
            try tmux.type("x")
            try tmux.waitFor("Dit veld is vol")
        }
        print("F2 after a 200,000-character paste (s): \(delays.map { String(format: "%.3f", $0) }.joined(separator: " "))")
        XCTAssertLessThan(delays.max()!, 0.5, "\(delays)")
        try tmux.keys("Escape")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(timeout: 30), 0)
        let observations = try XCTUnwrap(sandbox.drafts().first?["observations"] as? [[String: Any]])
        XCTAssertEqual((observations.first?["description"] as? String)?.count, 20_000)
    }
}
