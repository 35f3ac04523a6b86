import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// The manual page's key list is made from the key maps; the checked-in copy that Packaging/deb.sh puts in the page
/// must be what they make now (`VOORDEUR_UPDATE_GOLDEN=1 swift test` rewrites it).
final class KeyManualTests: XCTestCase {
    func testTheManualsKeyListIsTheKeyMaps() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Packaging/voordeur.1.toetsen")
        let made = KeyManual.mdoc()
        if ProcessInfo.processInfo.environment["VOORDEUR_UPDATE_GOLDEN"] == "1" {
            try made.write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), made, "Packaging/voordeur.1.toetsen is out of date")
        for binding in KeyBindings.all { XCTAssertTrue(made.contains(KeyManual.escape(binding.help)), binding.help) }
        XCTAssertFalse(made.unicodeScalars.contains { !$0.isASCII }, "groff input is ASCII")
    }
}
