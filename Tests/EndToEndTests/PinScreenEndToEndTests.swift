import Foundation
import XCTest

/// The PIN on the real binary in a terminal (tmux): choose a PIN, type a description, quit; nothing readable under
/// the data folder; a wrong PIN shows nothing and changes no file; the right one shows the text.
final class PinScreenEndToEndTests: XCTestCase {
    let word = "kraanvogelveer"

    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed (.ci/run installs it)")
    }

    /// Every file under `root` with its bytes and modification time (`grep -r -a`, and the "changes nothing" check).
    func snapshot(_ root: URL) -> [String: (Data, Date)] {
        var out: [String: (Data, Date)] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey])
        while let url = walker?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url) else { continue }
            out[url.path] = (data, (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast)
        }
        return out
    }

    func testWithAPinNothingIsReadableAndOnlyTheRightPinShowsTheText() throws {
        let sandbox = try Sandbox()
        try sandbox.writeSystemConfig("[voordeur]\nversleuteling = aan\n")
        do {
            let tmux = try Tmux(sandbox: sandbox)
            try tmux.waitFor("Pincode kiezen")
            try tmux.type("246810")
            try tmux.keys("Enter")
            try tmux.waitFor("nog een keer")
            try tmux.type("246810")
            try tmux.keys("Enter")
            try tmux.waitFor("vuistafdrukken")
            try tmux.keys("Enter")
            try tmux.waitFor("Wat zie ik?")
            try tmux.type("Ik zie een \(word) op de deurmat.")
            try tmux.waitFor(word)
            try tmux.keys("Escape")
            try tmux.waitFor("1 signaal")
            try tmux.type("q")
            XCTAssertEqual(try tmux.waitForExit(), 0)
        }
        let files = snapshot(sandbox.data)
        XCTAssertTrue(files.keys.contains { $0.hasSuffix(".json") }, "no draft was saved: \(files.keys)")
        XCTAssertFalse(files.values.contains { $0.0.range(of: Data(word.utf8)) != nil }, "the description is readable on disk")

        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("Voordeur op slot")
        try tmux.type("135791")
        try tmux.keys("Enter")
        try tmux.waitFor("Onjuiste pincode")
        XCTAssertFalse(try tmux.screen().contains(word))
        // Nothing of a draft changes; only the count of wrong PINs is written (it survives a restart).
        var after = snapshot(sandbox.data)
        XCTAssertNotNil(after.removeValue(forKey: sandbox.data.appendingPathComponent("pincode-pogingen").path))
        XCTAssertEqual(Set(files.keys), Set(after.keys))
        for (path, (data, time)) in files {
            XCTAssertEqual(after[path]?.0, data, path)
            XCTAssertEqual(after[path]?.1, time, path)
        }
        // After the wait, the right PIN opens the draft with its text.
        try tmux.waitUntil(timeout: 5, "the wait after a wrong PIN ends") { try !tmux.screen().contains("Wacht nog") }
        try tmux.type("246810")
        try tmux.keys("Enter")
        try tmux.waitFor("1 signaal")
        try tmux.keys("Enter")
        try tmux.waitFor(word)
    }

    func testVerplichtInTheCorporationsFileOffersNoWayWithoutAPin() throws {
        let sandbox = try Sandbox()
        try sandbox.writeSystemConfig("[voordeur]\nversleuteling = verplicht\nvergrendeld = versleuteling\n")
        // The worker's own file cannot switch it off.
        try sandbox.writeConfig("[voordeur]\nversleuteling = uit\n")
        let tmux = try Tmux(sandbox: sandbox)
        let screen = try tmux.waitFor("Pincode kiezen")
        XCTAssertFalse(screen.contains("zonder pincode"), screen)
        try tmux.type("z")
        try tmux.type("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.data.appendingPathComponent("sleutel").path))
    }
}
