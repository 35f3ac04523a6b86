import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// The audit: a consulent's name with a comma and a quote, typed in the settings screen, lost the address in the
/// e-mail note (a mail parser read the name as several recipients).
final class SettingsNameTests: UTCTestCase {
    func testANameWithACommaAndAQuoteKeepsTheAddress() throws {
        var state = Fixture.state()
        state.press(.character("i"))
        XCTAssertEqual(state.editor?.target, .settings)
        state.press(.tab, .tab, .tab, .tab)
        state.type("Jansen, \"Anna\" <b@x.nl>")
        state.press(.tab)
        state.type("a.jansen@corporatie.nl")
        let effects = state.press(.escape)
        guard case .writeConfig(let config, _)? = effects.first else { return XCTFail("config not written: \(effects)") }
        XCTAssertEqual(config.consulentName, "Jansen, \"Anna\" <b@x.nl>")
        XCTAssertEqual(config.consulentEmail, "a.jansen@corporatie.nl")
        // Written to the file and read back, as the next start does.
        let read = try Config.parse(config.updatedFileText(nil), source: "v.conf")
        XCTAssertEqual(read.consulentName, config.consulentName)
        XCTAssertEqual(read.consulentEmail, config.consulentEmail)
        let headers = state.memo.note(state).email().components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        XCTAssertTrue(headers.contains("To: \"Jansen, \\\"Anna\\\" <b@x.nl>\" <a.jansen@corporatie.nl>"), "\(headers)")
    }
}
