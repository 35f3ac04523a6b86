import Foundation
import XCTest

/// The PIN on the built binary: `voordeur pincode`, and commands that read drafts with `--pincode-stdin`.
final class PinCommandLineTests: XCTestCase {
    let word = "kneuzingzwaluw"

    /// Every file under the data folder with its bytes and modification time.
    func snapshot(_ sandbox: Sandbox) -> [String: (Data, Date)] {
        var out: [String: (Data, Date)] = [:]
        let walker = FileManager.default.enumerator(at: sandbox.data, includingPropertiesForKeys: [.contentModificationDateKey])
        while let url = walker?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url) else { continue }
            out[url.path] = (data, (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast)
        }
        return out
    }

    func testPincodeStdinEndToEnd() throws {
        let sandbox = try Sandbox()
        try sandbox.writeSystemConfig("")
        var environment = sandbox.environment
        environment["VOORDEUR_SYSTEM_CONFIG"] = ""
        // A draft from before the PIN, in plain text: choosing the PIN seals it.
        try sandbox.writeDraft(description: "Ik zie een \(word) op de deur.")
        let chosen = try Binary.run(["pincode", "--pincode-stdin"], input: "246810\n246810\n", environment: environment)
        XCTAssertEqual(chosen.status, 0, chosen.stderr)
        XCTAssertTrue(chosen.stdout.contains("versleuteld"), chosen.stdout)
        XCTAssertFalse(snapshot(sandbox).values.contains { $0.0.range(of: Data(word.utf8)) != nil }, "het woord staat nog leesbaar in de gegevensmap")
        XCTAssertFalse(snapshot(sandbox).values.contains { $0.0.range(of: Data("WO-1".utf8)) != nil })

        // The right PIN shows the draft.
        let export = try Binary.run(["export", "--pincode-stdin"], input: "246810\n", environment: environment)
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(export.stdout.contains(word), export.stdout)

        // A wrong PIN shows nothing and changes no file but the count of wrong PINs.
        let attemptsPath = sandbox.data.appendingPathComponent("pincode-pogingen").path
        let before = snapshot(sandbox)
        let wrong = try Binary.run(["export", "--pincode-stdin"], input: "246811\n", environment: environment)
        XCTAssertEqual(wrong.status, 2)
        XCTAssertFalse(wrong.stdout.contains(word))
        XCTAssertTrue(wrong.stderr.contains("pincode onjuist"), wrong.stderr)
        let list = try Binary.run(["lijst", "--pincode-stdin"], input: "", environment: environment)
        XCTAssertEqual(list.status, 2)
        XCTAssertFalse(list.stdout.contains("20261122-0930-beef"))
        var after = snapshot(sandbox)
        XCTAssertEqual(after.removeValue(forKey: attemptsPath).map { String(decoding: $0.0, as: UTF8.self).hasPrefix("1 ") }, true)
        XCTAssertEqual(Set(before.keys), Set(after.keys))
        for (path, (data, time)) in before {
            XCTAssertEqual(after[path]?.0, data, path)
            XCTAssertEqual(after[path]?.1, time, path)
        }

        // A PIN change keeps the data key: the same draft opens with the new PIN only.
        let change = try Binary.run(["pincode", "--pincode-stdin"], input: "246810\n13579111\n13579111\n", environment: environment)
        XCTAssertEqual(change.status, 0, change.stderr)
        XCTAssertEqual(try Binary.run(["lijst", "--pincode-stdin"], input: "246810\n", environment: environment).status, 2)
        let listed = try Binary.run(["lijst", "--pincode-stdin"], input: "13579111\n", environment: environment)
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertTrue(listed.stdout.contains("20261122-0930-beef"), listed.stdout)
    }

    /// Quitting and starting again resets neither the count of wrong PINs nor the growing wait: each run of
    /// `--pincode-stdin` with a wrong PIN adds one to the file beside the key, the next run first waits out the last
    /// wait, and the right PIN removes the file.
    func testWrongPinsCountAcrossRuns() throws {
        let sandbox = try Sandbox()
        try sandbox.writeSystemConfig("")
        var environment = sandbox.environment
        environment["VOORDEUR_SYSTEM_CONFIG"] = ""
        try sandbox.writeDraft(description: "Ik zie een \(word) op de deur.")
        XCTAssertEqual(try Binary.run(["pincode", "--pincode-stdin"], input: "246810\n246810\n", environment: environment).status, 0)
        let attempts = sandbox.data.appendingPathComponent("pincode-pogingen")
        func count() -> Int? {
            (try? String(contentsOf: attempts, encoding: .utf8)).flatMap { $0.split(separator: " ").first.flatMap { Int($0) } }
        }
        XCTAssertNil(count())
        var previousStart: Date?
        for run in 1...3 {
            let started = Date()
            let wrong = try Binary.run(["lijst", "--pincode-stdin"], input: "111111\n", environment: environment)
            XCTAssertEqual(wrong.status, 2)
            XCTAssertEqual(count(), run, "the count of wrong PINs was reset by a restart")
            // The wait after the run before (1 s, then 2 s, from its wrong PIN) is waited out before this run's try.
            if let previousStart {
                XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(previousStart), Double(1 << (run - 2)) - 0.05)
            }
            previousStart = started
        }
        let mode = (try FileManager.default.attributesOfItem(atPath: attempts.path)[.posixPermissions] as? Int).map { $0 & 0o777 }
        XCTAssertEqual(mode, 0o600)
        let right = try Binary.run(["lijst", "--pincode-stdin"], input: "246810\n", environment: environment)
        XCTAssertEqual(right.status, 0, right.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: attempts.path), "a right PIN keeps the count")
    }

    func testAPinOfFewerThanSixDigitsIsRefused() throws {
        let sandbox = try Sandbox()
        var environment = sandbox.environment
        environment["VOORDEUR_SYSTEM_CONFIG"] = ""
        let result = try Binary.run(["pincode", "--pincode-stdin"], input: "12345\n12345\n", environment: environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("minstens 6 cijfers"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.data.appendingPathComponent("sleutel").path))
    }

    func testTheCorporationsFixedKeysWinAndAreNamedOnce() throws {
        let sandbox = try Sandbox()
        try sandbox.writeSystemConfig("""
        [sociaal-consulent]
        email = wijkzorg@woonstichting.example
        [voordeur]
        bewaardagen = 10
        vergrendeld = sociaal-consulent.email, bewaardagen
        """)
        try sandbox.writeConfig("[sociaal-consulent]\nemail = prive@voorbeeld.example\nnaam = Anna\n[voordeur]\nbewaardagen = 30\n")
        let config = try Binary.run(["config"], environment: sandbox.environment)
        XCTAssertEqual(config.status, 0, config.stderr)
        XCTAssertTrue(config.stdout.contains("email = wijkzorg@woonstichting.example"), config.stdout)
        XCTAssertTrue(config.stdout.contains("bewaardagen = 10"), config.stdout)
        XCTAssertTrue(config.stdout.contains("naam = Anna"), config.stdout)
        XCTAssertFalse(config.stdout.contains("prive@voorbeeld.example"), config.stdout)
        XCTAssertEqual(config.stdout.components(separatedBy: "vastgezet in").count - 1, 1, config.stdout)
    }
}
