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
