import Foundation
import XCTest

/// A mail program never holds the screen: the send runs in the background, typing goes on, Esc stops it.
final class SendInBackgroundTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed (.ci/run installs it)")
    }

    /// The issue's "done when": with a send command that hangs, `v` on Overdracht, then Tab and typing in a
    /// description: each key shows within 0.1 s. The command cannot reach the terminal, keys typed meanwhile are
    /// not replayed, and Esc stops it.
    func testTypingGoesOnWhileASendHangsAndEscStopsIt() throws {
        let sandbox = try Sandbox()
        // The command tries the terminal (it must not get it), then hangs.
        let answer = sandbox.root.appendingPathComponent("tty.txt")
        let hang = sandbox.root.appendingPathComponent("hang.sh")
        try """
        #!/bin/sh
        if (echo LEK-NAAR-SCHERM > /dev/tty) 2>/dev/null; then echo open > '\(answer.path)'; else echo dicht > '\(answer.path)'; fi
        exec sleep 30
        """.write(to: hang, atomically: true, encoding: .utf8)
        chmod(hang.path, 0o755)
        try sandbox.writeConfig("[sociaal-consulent]\nemail = a.jansen@woonstichting.example\n\n[voordeur]\nverzendcommando = \(hang.path)\n")
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("BTab")
        try tmux.waitFor("Overdracht aan de sociaal consulent")
        try tmux.type("v")
        try tmux.waitFor("Controle voor het versturen")
        try tmux.type("j")
        try tmux.waitFor("Esc breekt af")
        try tmux.waitUntil(timeout: 5, "the command has tried the terminal") { FileManager.default.fileExists(atPath: answer.path) }
        // Keys typed during the send that would hand over and delete: refused, not kept for later.
        try tmux.type("o")
        try tmux.waitFor("Nog bezig")
        try tmux.type("j")
        try tmux.keys("Tab", "Enter")
        try tmux.waitFor("Wat zie ik?")
        // Measured by a small Python loop: Foundation's Process costs about 50 ms a call here, more than what is
        // measured. The delay counts from sending the key until capture-pane shows it.
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let probe = try XCTUnwrap(python, "python3 not installed (.ci/run installs it)")
        let script = """
        import subprocess, sys, time
        socket, session = sys.argv[1], sys.argv[2]
        def screen():
            return subprocess.run(['tmux', '-L', socket, 'capture-pane', '-p', '-t', session], capture_output=True, text=True).stdout
        typed = ''
        for ch in 'Ik zie een gat':
            typed += ch
            start = time.time()
            subprocess.run(['tmux', '-L', socket, 'send-keys', '-t', session, '-l', ch])
            while '│ ' + typed not in screen():
                if time.time() - start > 2: break
            print('%.4f' % (time.time() - start))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: probe)
        process.arguments = ["-c", script, tmux.socket, tmux.session]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let delays = output.split(separator: "\n").compactMap { Double($0) }
        XCTAssertEqual(delays.count, "Ik zie een gat".count, output)
        print("key-to-screen delays while sending (s): \(delays.map { String(format: "%.3f", $0) }.joined(separator: " "))")
        XCTAssertLessThan(delays.max() ?? 9, 0.1, "each key shows within 0.1 s while the send hangs")
        try tmux.waitFor("│ Ik zie een gat")
        XCTAssertFalse(try tmux.screen().contains("LEK-NAAR-SCHERM"))
        XCTAssertEqual(try String(contentsOf: answer, encoding: .utf8), "dicht\n", "the command had the terminal")
        // Esc closes the editor, a second Esc stops the send.
        try tmux.keys("Escape")
        try tmux.waitFor("[x] vreemd reparatieverzoek")
        try tmux.keys("Escape")
        try tmux.waitFor("afgebroken")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let drafts = try sandbox.drafts()
        XCTAssertEqual(drafts.count, 1, "the draft is still there")
        XCTAssertEqual(drafts.first?["status"] as? String, "concept")
        let observations = try XCTUnwrap(drafts.first?["observations"] as? [[String: Any]])
        XCTAssertEqual(observations.first?["description"] as? String, "Ik zie een gat")
    }
}
