import Foundation
import XCTest

/// Nothing lost, bad input handled, privacy by design: tried on the real binary in tmux.
/// The rescue copy's file name prefix (RescueCopy.prefix in the kit).
let RescueCopyPrefix = "redding-"

final class TrustTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed (.ci/run installs it)")
    }

    func description(_ sandbox: Sandbox) throws -> String? {
        let observations = try sandbox.drafts().first?["observations"] as? [[String: Any]]
        return observations?.first?["description"] as? String
    }

    func testSIGKILLWhileTypingLosesAtMostTheLastSecondAndNeverCorrupts() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.waitFor("Wat zie ik?")
        try tmux.type("Ik zie een gat in de deur.")
        // Within a second the text is on disk, without quitting.
        try tmux.waitUntil(timeout: 3, "the typed text is saved") { try self.description(sandbox) == "Ik zie een gat in de deur." }
        try tmux.type(" Er ligt glas op de vloer.")
        let pid = try XCTUnwrap(tmux.pid)
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        XCTAssertEqual(try tmux.waitForExit(), 128 + SIGKILL)
        // The draft parses, and holds at least everything typed more than a second before the kill.
        let saved = try XCTUnwrap(try description(sandbox))
        XCTAssertTrue(saved.hasPrefix("Ik zie een gat in de deur."), saved)
        let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.data.path)
        XCTAssertFalse(names.contains { $0.hasSuffix(".tmp") }, "no temporary file left behind: \(names)")
    }

    func testSIGTERMAndSIGHUPSaveRestoreTheTerminalAndExit() throws {
        for signal in [SIGTERM, SIGHUP] {
            let sandbox = try Sandbox()
            let tmux = try Tmux(sandbox: sandbox)
            try tmux.waitFor("vuistafdrukken")
            try tmux.keys("Enter")
            try tmux.waitFor("Wat zie ik?")
            try tmux.type("Ik hoorde geschreeuw.")
            try tmux.waitFor("Ik hoorde geschreeuw.")
            let pid = try XCTUnwrap(tmux.pid)
            XCTAssertEqual(kill(pid, signal), 0)
            XCTAssertEqual(try tmux.waitForExit(), 0, "signal \(signal)")
            XCTAssertEqual(try description(sandbox), "Ik hoorde geschreeuw.", "signal \(signal)")
            // The terminal is back to normal: the shell's line is on the ordinary screen, the program's screen is gone.
            let screen = try tmux.screen()
            XCTAssertFalse(screen.contains("Wat zie ik?"), screen)
        }
    }

    func testUnusableDataFolderShowsAWarningKeepsTheTextAndDoesNotCrash() throws {
        let sandbox = try Sandbox()
        // The data folder's parent is a file: nothing can ever be saved there.
        let blocker = sandbox.root.appendingPathComponent("blok")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let tmux = try Tmux(arguments: ["--data-dir", blocker.appendingPathComponent("data").path], sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.type("Ik zie een deuk in de deur.")
        let screen = try tmux.waitFor("NIET OPGESLAGEN")
        XCTAssertTrue(screen.contains("Ik zie een deuk in de deur."), "the text stays on screen and in memory")
        try tmux.type(" Nog meer tekst.")
        try tmux.waitFor("Ik zie een deuk in de deur. Nog meer tekst.")
        // Quitting does not throw the text away: it says so and offers another folder.
        try tmux.keys("C-c")
        try tmux.waitFor("o = opnieuw proberen")
        try tmux.keys("a")
        try tmux.waitFor("Map om een kopie in op te slaan")
        let elsewhere = sandbox.root.appendingPathComponent("usb")
        try tmux.type(elsewhere.path)
        try tmux.keys("Enter")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertFalse(tmux.stderr.contains("Fatal error"), tmux.stderr)
        let copies = try FileManager.default.contentsOfDirectory(atPath: elsewhere.path)
        XCTAssertEqual(copies.count, 1)
        let copy = try String(contentsOf: elsewhere.appendingPathComponent(copies[0]), encoding: .utf8)
        XCTAssertTrue(copy.contains("Ik zie een deuk in de deur. Nog meer tekst."), copy)
    }

    /// Two windows on one data folder: the second does not take the first one's draft, so neither overwrites the other.
    func testASecondInstanceLeavesTheFirstOnesDraftAlone() throws {
        let sandbox = try Sandbox()
        let first = try Tmux(sandbox: sandbox)
        try first.waitFor("vuistafdrukken")
        try first.keys("Enter")
        try first.type("Ik zie een deuk. Eerste venster.")
        try first.waitUntil("the first window saved") { try sandbox.drafts().count == 1 }
        let second = try Tmux(sandbox: sandbox)
        try second.waitFor("al geopend in een ander venster")
        try second.keys("Enter")
        try second.type("Tweede venster.")
        try second.waitUntil("the second window saved its own draft") { try sandbox.drafts().count == 2 }
        try second.keys("Escape", "q")
        XCTAssertEqual(try second.waitForExit(), 0)
        try first.type(" Nog meer.")
        try first.keys("Escape", "q")
        XCTAssertEqual(try first.waitForExit(), 0)
        let descriptions = try sandbox.drafts().compactMap { draft in
            (draft["observations"] as? [[String: Any]])?.first?["description"] as? String
        }
        XCTAssertEqual(Set(descriptions), ["Ik zie een deuk. Eerste venster. Nog meer.", "Tweede venster."])
        let locks = try FileManager.default.contentsOfDirectory(atPath: sandbox.data.path).filter { $0.hasSuffix(".lock") }
        XCTAssertEqual(locks, [], "locks are released on quit")
    }

    func testSIGTERMWithAFailingSaveWritesARescueCopyAndSaysSo() throws {
        let sandbox = try Sandbox()
        let blocker = sandbox.root.appendingPathComponent("blok")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let tmux = try Tmux(arguments: ["--data-dir", blocker.appendingPathComponent("data").path], sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.type("Ik hoorde een klap.")
        try tmux.waitFor("NIET OPGESLAGEN")
        XCTAssertEqual(kill(try XCTUnwrap(tmux.pid), SIGTERM), 0)
        XCTAssertEqual(try tmux.waitForExit(), 3, "the exit code says only a rescue copy was written")
        let folder = sandbox.runtime
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(RescueCopyPrefix) }
        XCTAssertEqual(copies.count, 1)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(copies[0]).path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o777 }, 0o600)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent(copies[0]), encoding: .utf8).contains("Ik hoorde een klap."))
        XCTAssertTrue(tmux.stderr.contains("Er staat een reddingskopie in"), tmux.stderr)
    }

    func testFileSizeLimitIsShownAndRetried() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.type("Ik zie een gat.")
        try tmux.waitUntil(timeout: 3, "the first text is saved") { try self.description(sandbox) == "Ik zie een gat." }
        // Make the disk "full" for this process: every further write fails with EFBIG.
        let pid = try XCTUnwrap(tmux.pid)
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit (util-linux) missing")
        XCTAssertEqual(try Self.prlimit(pid, "--fsize=64:unlimited"), 0)
        try tmux.type(" Er ligt glas.")
        try tmux.waitFor("NIET OPGESLAGEN")
        XCTAssertEqual(try Self.prlimit(pid, "--fsize=unlimited:unlimited"), 0)
        // The next tick retries, and the text that could not be saved arrives on disk.
        try tmux.waitUntil(timeout: 5, "the retry saves the text") { try self.description(sandbox) == "Ik zie een gat. Er ligt glas." }
        try tmux.keys("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    static func prlimit(_ pid: Int32, _ limit: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        process.arguments = ["--pid", "\(pid)", limit]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testAHundredThousandCharacterPasteWithEscapeSequences() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.waitFor("Wat zie ik?")
        let chunk = "Ik zie een deuk \u{1B}[31mrood\u{1B}[0m. "
        var paste = String(repeating: chunk, count: 100_000 / chunk.count + 1)
        paste = String(paste.prefix(100_000))
        let file = sandbox.root.appendingPathComponent("paste.txt")
        try paste.write(to: file, atomically: true, encoding: .utf8)
        try tmux.run(["load-buffer", "-b", "p", file.path])
        try tmux.run(["paste-buffer", "-b", "p", "-t", tmux.session])
        try tmux.waitFor("te lang", timeout: 60)
        try tmux.keys("Escape")
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(timeout: 30), 0)
        let saved = try XCTUnwrap(try description(sandbox))
        XCTAssertEqual(saved.count, 20_000)
        XCTAssertFalse(saved.contains("\u{1B}"))
        XCTAssertFalse(saved.contains("[31m"))
        XCTAssertTrue(saved.hasPrefix("Ik zie een deuk rood. Ik zie een deuk rood."))
    }

    func testRetentionDeletesOldDraftsAtStartAfterSayingSo() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        let old = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-20 * 86_400))
        let draft = """
        {"schemaVersion":1,"id":"oud","startedAt":"\(old)","updatedAt":"\(old)","reasonOther":"","homeReference":"",
         "childrenPresent":"onbekend","observations":[],"ownSignals":[],"thirdParty":[],
         "special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},"status":"concept"}
        """
        try draft.write(to: sandbox.data.appendingPathComponent("bezoek-oud.json"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("1 concept ouder dan 14 dagen gewist")
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.data.appendingPathComponent("bezoek-oud.json").path))
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testNothingIsWrittenOutsideTheDataConfigAndExportFolders() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.type("Ik zie een gat.")
        try tmux.keys("Escape", "BTab")
        try tmux.waitFor("Overdracht signalen")
        try tmux.type("e")
        try tmux.waitFor("Controle voor het exporteren")
        try tmux.type("j")
        try tmux.waitFor("Notitie geschreven")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let everything = try XCTUnwrap(FileManager.default.enumerator(atPath: sandbox.root.path)).compactMap { $0 as? String }
        let harness = ["tmux.conf", "stderr-", "systeem.conf"]
        let written = everything.filter { path in !harness.contains { path.hasPrefix($0) } }
        XCTAssertEqual(Set(written.filter { !$0.hasPrefix("data") }), [], "written outside the data folder: \(written)")
        XCTAssertTrue(written.contains { $0.hasPrefix("data/overdracht/overdracht-") && $0.hasSuffix(".txt") }, "\(written)")
        let folderMode = try FileManager.default.attributesOfItem(atPath: sandbox.data.appendingPathComponent("overdracht").path)[.posixPermissions] as? Int
        XCTAssertEqual(folderMode.map { $0 & 0o777 }, 0o700)
        // wis --alles removes every draft.
        XCTAssertEqual(try Binary.run(["wis", "--alles", "--ja"], environment: sandbox.environment).status, 0)
        XCTAssertEqual(try sandbox.drafts().count, 0)
    }
}
