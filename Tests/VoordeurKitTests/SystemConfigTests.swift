import XCTest
@testable import VoordeurKit

/// The corporation's system configuration, read before the worker's, and the keys it fixes.
final class SystemConfigTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-sys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("xdg/voordeur"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home/.config/voordeur"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    var environment: [String: String] {
        ["HOME": root.appendingPathComponent("home").path, "XDG_CONFIG_DIRS": "/nonexistent:" + root.appendingPathComponent("xdg").path]
    }

    func write(system: String, worker: String?) throws {
        try system.write(to: root.appendingPathComponent("xdg/voordeur/voordeur.conf"), atomically: true, encoding: .utf8)
        if let worker {
            try worker.write(to: root.appendingPathComponent("home/.config/voordeur/voordeur.conf"), atomically: true, encoding: .utf8)
        }
    }

    func testTheSystemFileIsReadFirstAndTheWorkersFileOnTop() throws {
        try write(system: """
        [sociaal-consulent]
        naam = Team Wijkzorg
        email = wijkzorg@corporatie.nl
        [voordeur]
        bewaardagen = 10
        versleuteling = verplicht
        """, worker: """
        [sociaal-consulent]
        naam = Anna Jansen
        [voordeur]
        bewaardagen = 7
        """)
        let config = try Config.load(explicit: nil, environment: environment)
        XCTAssertEqual(config.consulentName, "Anna Jansen")
        XCTAssertEqual(config.consulentEmail, "wijkzorg@corporatie.nl")
        XCTAssertEqual(config.retentionDays, 7)
        XCTAssertEqual(config.encryption, .verplicht)
        XCTAssertNil(config.lockedNotice)
        XCTAssertEqual(config.systemSource, root.appendingPathComponent("xdg/voordeur/voordeur.conf").path)
    }

    func testLockedKeysCannotBeOverriddenAndAreSaidOnce() throws {
        try write(system: """
        [sociaal-consulent]
        email = wijkzorg@corporatie.nl
        [voordeur]
        bewaardagen = 10
        versleuteling = verplicht
        vergrendeld = sociaal-consulent.email, bewaardagen, versleuteling
        """, worker: """
        [sociaal-consulent]
        email = prive@voorbeeld.nl
        naam = Anna
        [voordeur]
        bewaardagen = 30
        versleuteling = uit
        """)
        let config = try Config.load(explicit: nil, environment: environment)
        XCTAssertEqual(config.consulentEmail, "wijkzorg@corporatie.nl")
        XCTAssertEqual(config.retentionDays, 10)
        XCTAssertEqual(config.encryption, .verplicht)
        XCTAssertEqual(config.consulentName, "Anna")
        XCTAssertEqual(config.lockedKeys, ["sociaal-consulent.email", "voordeur.bewaardagen", "voordeur.versleuteling"])
        let notice = try XCTUnwrap(config.lockedNotice)
        XCTAssertTrue(notice.contains("sociaal-consulent.email") && notice.contains("voordeur.versleuteling"), notice)
        XCTAssertTrue(config.renderedAsText().contains("Vastgezet door de corporatie"))
        // The settings screen writing the worker's file leaves a fixed key out of it.
        var edited = config
        edited.consulentEmail = "ander@voorbeeld.nl"
        edited.consulentName = "Bea"
        let text = edited.updatedFileText(nil)
        XCTAssertFalse(text.contains("ander@voorbeeld.nl"), text)
        XCTAssertTrue(text.contains("naam = Bea"), text)
    }

    func testTheWorkerCannotFixKeysAndUnknownKeysAreRefused() throws {
        XCTAssertThrowsError(try Config.parse("[voordeur]\nvergrendeld = bewaardagen\n", source: "t"))
        XCTAssertThrowsError(try Config.parse("[voordeur]\nvergrendeld = schoenmaat\n", source: "s", system: true))
        // "naam" is in three sections: it must be qualified.
        XCTAssertThrowsError(try Config.parse("[voordeur]\nvergrendeld = naam\n", source: "s", system: true))
        XCTAssertThrowsError(try Config.parse("[voordeur]\nversleuteling = misschien\n", source: "t"))
        XCTAssertEqual(try Config.parse("[voordeur]\nvergrendel-na = 0\n", source: "t").idleLockMinutes, 0)
    }

    func testTheEnvironmentChoosesTheSystemFile() throws {
        try write(system: "[voordeur]\nbewaardagen = 3\n", worker: nil)
        XCTAssertEqual(try Config.load(explicit: nil, environment: environment).retentionDays, 3)
        var none = environment
        none["VOORDEUR_SYSTEM_CONFIG"] = ""
        XCTAssertEqual(try Config.load(explicit: nil, environment: none).retentionDays, Config.defaultRetentionDays)
        XCTAssertNil(try Config.load(explicit: nil, environment: none).systemSource)
    }
}
