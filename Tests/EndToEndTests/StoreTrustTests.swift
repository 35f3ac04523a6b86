import Foundation
import XCTest

/// The storage defects of issue 23 that need the real binary: two processes for deletion, `wis --alles` and links.
final class StoreTrustEndToEndTests: XCTestCase {
    /// Item 2: `wis --alles` while a window has the draft open. Before, the next keystroke wrote the whole draft back
    /// ("✓ opgeslagen"); now the window writes nothing, says so, and keeps the text as a new draft when asked.
    func testDeletionElsewhereWinsOverAnOpenWindow() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.type("Ik zie een deuk.")
        try tmux.waitUntil("the window saved") { try sandbox.drafts().count == 1 }
        let wis = try Binary.run(["wis", "--alles", "--ja"], environment: sandbox.environment)
        XCTAssertEqual(wis.status, 0, wis.stderr)
        XCTAssertEqual(try sandbox.drafts().count, 0)
        try tmux.type(" Meer.")
        try tmux.waitFor("j = bewaren als nieuw concept")
        XCTAssertEqual(try sandbox.drafts().count, 0, "the deleted draft is not written back")
        try tmux.keys("j")
        try tmux.waitUntil("the text is kept as a new draft") { try sandbox.drafts().count == 1 }
        let draft = try sandbox.drafts()[0]
        XCTAssertEqual((draft["observations"] as? [[String: Any]])?.first?["description"] as? String, "Ik zie een deuk. Meer.")
        try tmux.keys("Escape", "q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    /// What held (issue 22, "Done when"): a second window on the draft is refused; once the first is killed with
    /// SIGKILL, the next window takes the draft at once and its text goes on in the same file.
    func testAfterKill9TheNextWindowTakesTheDraftAtOnce() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        let sandbox = try Sandbox()
        let first = try Tmux(sandbox: sandbox)
        try first.waitFor("vuistafdrukken")
        try first.keys("Enter")
        try first.type("Ik zie een deuk.")
        try first.waitUntil("the first window saved") { try sandbox.drafts().count == 1 }
        let second = try Tmux(sandbox: sandbox)
        try second.waitFor("al geopend in een ander venster")
        try second.keys("q")
        XCTAssertEqual(try second.waitForExit(), 0)
        XCTAssertEqual(kill(try XCTUnwrap(first.pid), SIGKILL), 0)
        XCTAssertEqual(try first.waitForExit(), 128 + SIGKILL)
        let third = try Tmux(sandbox: sandbox)
        try third.waitFor("vuistafdrukken")
        let screen = try third.screen()
        XCTAssertFalse(screen.contains("al geopend"), screen)
        try third.keys("Enter", "End")
        try third.type(" Derde venster.")
        try third.waitUntil("the third window saved into the same draft") {
            let drafts = try sandbox.drafts()
            return drafts.count == 1
                && (drafts[0]["observations"] as? [[String: Any]])?.first?["description"] as? String == "Ik zie een deuk. Derde venster."
        }
        try third.keys("Escape", "q")
        XCTAssertEqual(try third.waitForExit(), 0)
    }

    /// Item 5: a rescue copy newer than its draft is found at the next start, opened, and becomes the draft; before,
    /// the older draft was opened without a word.
    func testANewerRescueCopyIsOpenedAtTheNextStart() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        let formatter = ISO8601DateFormatter()
        func draft(_ updated: Date, _ text: String) -> String {
            """
            {"schemaVersion":1,"id":"20261205-0900-abcd","startedAt":"\(formatter.string(from: updated))","updatedAt":"\(formatter.string(from: updated))",
             "reasonOther":"","homeReference":"","childrenPresent":"onbekend","observations":[{"signalID":"woning.vuistafdrukken",
             "ticked":true,"description":"\(text)","namedToTenant":"onbekend","tenantReaction":""}],"ownSignals":[],"thirdParty":[],
             "special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},"status":"concept"}
            """
        }
        let draftFile = sandbox.data.appendingPathComponent("bezoek-20261205-0900-abcd.json")
        try draft(Date().addingTimeInterval(-3600), "Oud.").write(to: draftFile, atomically: true, encoding: .utf8)
        let rescue = sandbox.data.appendingPathComponent("redding-20261205-0900-abcd-20261205-093000.json")
        try draft(Date().addingTimeInterval(-60), "Nieuwer, uit de reddingskopie.").write(to: rescue, atomically: true, encoding: .utf8)
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("Reddingskopie gevonden")
        XCTAssertFalse(FileManager.default.fileExists(atPath: rescue.path), "the copy became the draft")
        let saved = try String(contentsOf: draftFile, encoding: .utf8)
        XCTAssertTrue(saved.contains("Nieuwer, uit de reddingskopie."), saved)
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    /// Item 3: `beschadigd` a link to a folder outside the data folder: `wis --alles` deletes nothing there.
    func testASymlinkedQuarantineFolderSurvivesWisAlles() throws {
        let sandbox = try Sandbox()
        let outside = sandbox.root.appendingPathComponent("buiten")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("map"), withIntermediateDirectories: true)
        try Data("niet van voordeur".utf8).write(to: outside.appendingPathComponent("belangrijk.txt"))
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: sandbox.data.appendingPathComponent("beschadigd"), withDestinationURL: outside)
        let wis = try Binary.run(["wis", "--alles", "--ja"], environment: sandbox.environment)
        XCTAssertEqual(wis.status, 0, wis.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted(), ["belangrijk.txt", "map"])
        XCTAssertTrue(wis.stdout.hasPrefix("geen bestanden gewist"), wis.stdout)
    }
}
