import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// The manual pages' key lists are made from the key maps; the checked-in copies that Packaging/deb.sh puts in the
/// Dutch and the English page must be what they make now (`VOORDEUR_UPDATE_GOLDEN=1 swift test` rewrites them).
final class KeyManualTests: UTCTestCase {
    func check(_ language: Language, file: String) throws {
        try Strings.$scoped.withValue(.for(language)) { try checkInScope(file: file) }
    }

    func checkInScope(file: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Packaging/\(file)")
        let made = KeyManual.mdoc()
        if ProcessInfo.processInfo.environment["VOORDEUR_UPDATE_GOLDEN"] == "1" {
            try made.write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), made, "Packaging/\(file) is out of date")
        for binding in KeyBindings.all { XCTAssertTrue(made.contains(KeyManual.escape(binding.help)), binding.help) }
        XCTAssertFalse(made.unicodeScalars.contains { !$0.isASCII }, "groff input is ASCII")
    }

    func testTheDutchManualsKeyListIsTheKeyMaps() throws { try check(.nl, file: "voordeur.1.toetsen") }

    func testTheEnglishManualsKeyListIsTheKeyMaps() throws {
        try check(.en, file: "voordeur.1.keys")
        let english = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Packaging/voordeur.1.keys"), encoding: .utf8)
        XCTAssertNotEqual(english, try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Packaging/voordeur.1.toetsen"), encoding: .utf8),
            "the English list is not the Dutch one")
    }
}
