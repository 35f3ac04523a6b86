import Foundation
import XCTest
@testable import VoordeurKit

/// The string tables: both languages have the same keys, the same placeholders, complete plural forms, and every key
/// the code names exists.
final class StringsTests: XCTestCase {
    func testBothTablesHaveTheSameKeysAndPlaceholders() {
        let dutch = Strings.entries(.nl)
        let english = Strings.entries(.en)
        XCTAssertGreaterThan(dutch.count, 200, "the Dutch table is embedded")
        XCTAssertEqual(Set(dutch.keys).subtracting(english.keys).sorted(), [], "keys missing from the English table")
        XCTAssertEqual(Set(english.keys).subtracting(dutch.keys).sorted(), [], "keys missing from the Dutch table")
        for (key, text) in dutch {
            guard let other = english[key] else { continue }
            XCTAssertEqual(Strings.placeholders(text), Strings.placeholders(other), "placeholders of \(key)")
            XCTAssertFalse(text.isEmpty, key)
        }
    }

    func testPluralFormsAreComplete() {
        for (key, _) in Strings.entries(.nl) where key.hasSuffix(".een") || key.hasSuffix(".meer") {
            let base = key.hasSuffix(".een") ? String(key.dropLast(4)) : String(key.dropLast(5))
            XCTAssertNotNil(Strings.entries(.nl)[base + ".een"], "\(base).een")
            XCTAssertNotNil(Strings.entries(.nl)[base + ".meer"], "\(base).meer")
        }
        let dutch = Strings.for(.nl), english = Strings.for(.en)
        XCTAssertEqual(dutch.count("count.signals", 0), "geen signalen")
        XCTAssertEqual(dutch.count("count.signals", 1), "1 signaal")
        XCTAssertEqual(dutch.count("count.signals", 3), "3 signalen")
        XCTAssertEqual(english.count("count.signals", 1), "1 signal")
        XCTAssertEqual(english["status.exported", ["pad": "/tmp/x"]], "Note written: /tmp/x.")
    }

    /// Every literal key in `tr("…")`, `trCount("…")` and `strings["…"]` of the sources is in the Dutch table.
    func testEveryKeyTheCodeNamesExists() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:\btr|\btrCount|strings|Strings\.shared)(?:\(|\[)"([a-z0-9.\-]+)""#)
        let table = Strings.entries(.nl)
        var checked = 0
        for case let url as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                checked += 1
                let isCount = text[Range(match.range, in: text)!].hasPrefix("trCount") || text[Range(match.range, in: text)!].contains(".count(")
                if isCount {
                    XCTAssertNotNil(table[key + ".meer"], "\(url.lastPathComponent): \(key).meer")
                } else {
                    XCTAssertNotNil(table[key], "\(url.lastPathComponent): \(key)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 150)
    }

    func testTheLanguageComesFromTheOptionTheConfigurationOrTheLocale() {
        XCTAssertEqual(Language.choose(option: "en", configured: "nl", environment: ["LANG": "nl_NL.UTF-8"]), .en)
        XCTAssertEqual(Language.choose(option: nil, configured: "en", environment: [:]), .en)
        XCTAssertEqual(Language.choose(option: nil, configured: nil, environment: ["LANG": "en_GB.UTF-8"]), .en)
        XCTAssertEqual(Language.choose(option: nil, configured: nil, environment: ["LC_ALL": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"]), .nl)
        XCTAssertEqual(Language.choose(option: nil, configured: nil, environment: ["LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL"]), .en)
        XCTAssertEqual(Language.choose(option: nil, configured: nil, environment: ["LANG": "C.UTF-8"]), .nl)
        XCTAssertEqual(Language.choose(option: nil, configured: nil, environment: [:]), .nl)
    }
}
