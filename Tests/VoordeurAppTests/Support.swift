import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

enum Fixture {
    static let start = Date(timeIntervalSince1970: 1_795_339_800) // 2026-11-22 09:30 UTC
    static let coach = Coach()

    static func state(rows: Int = 24, columns: Int = 80, config: Config = Config()) -> AppState {
        DateText.timeZone = TimeZone(identifier: "UTC")!
        let visit = Visit(id: "20261122-0930-abcd", startedAt: start)
        return AppState(card: CardLoader.defaultCard(), config: config, coach: coach, visit: visit,
                        exportFolder: URL(fileURLWithPath: "/tmp/voordeur-export"), rows: rows, columns: columns,
                        now: start.addingTimeInterval(600),
                        configLocation: URL(fileURLWithPath: "/tmp/voordeur-test/voordeur.conf"))
    }

    static var config: Config {
        var config = Config()
        config.workerName = "J. de Vries"
        config.workerRole = "vakman"
        config.workerPhone = "06-11112222"
        config.consulentName = "A. Jansen"
        config.consulentEmail = "a.jansen@woonstichting.example"
        config.consulentPhone = "010-3334444"
        config.corporation = "Woonstichting Voorbeeld"
        return config
    }
}

extension AppState {
    /// Sends keys; returns all effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { App.update(&self, .key($0)) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { App.update(&self, .key($0 == "\n" ? .enter : .character($0))) }
    }

    /// The label of the focused editor field.
    var focusedLabel: String? { editor?.focused.spec.label }
}

/// Golden screens: compared as text. `VOORDEUR_UPDATE_GOLDEN=1 swift test` rewrites them.
func assertGolden(_ screen: Screen, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name + ".txt")
    let actual = screen.text + "\n"
    if ProcessInfo.processInfo.environment["VOORDEUR_UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing golden \(name).txt; run VOORDEUR_UPDATE_GOLDEN=1 swift test", file: file, line: line)
        return
    }
    if actual != expected {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let diff = zip(a, e).enumerated().filter { $0.element.0 != $0.element.1 }
            .map { "row \($0.offset):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" }
        XCTFail("screen differs from \(name).txt\n" + diff.prefix(5).joined(separator: "\n"), file: file, line: line)
    }
}
