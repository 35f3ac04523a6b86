import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

enum Fixture {
    static let start = Date(timeIntervalSince1970: 1_795_339_800) // 2026-11-22 09:30 UTC
    static let coach = Coach()

    static func state(rows: Int = 24, columns: Int = 80, config: Config = Config(),
                      card: Signalenkaart = CardLoader.defaultCard()) -> AppState {
        let visit = Visit(id: "20261122-0930-abcd", startedAt: start)
        return AppState(card: card, config: config, coach: coach, visit: visit,
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

/// Golden screens: compared as text (`name.txt`) and as a style layer (`name.style.txt`: per row, the runs of cells
/// with a colour role or an attribute), so a warning that loses its colour fails like a changed word.
/// `VOORDEUR_UPDATE_GOLDEN=1 swift test` rewrites them.
func assertGolden(_ screen: Screen, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    compareGolden(screen.text + "\n", name + ".txt", file: file, line: line)
    compareGolden(styleLayer(screen), name + ".style.txt", file: file, line: line)
}

/// The style layer: "row 22: 0-79 danger reverse bold", one line per run of equal, not plain cells.
func styleLayer(_ screen: Screen) -> String {
    func describe(_ cell: Cell) -> String {
        var words: [String] = []
        if cell.tone != .plain { words.append("\(cell.tone)") }
        let names: [(Style, String)] = [(.reverse, "reverse"), (.bold, "bold"), (.dim, "dim"), (.underline, "underline")]
        for (style, name) in names where cell.style.contains(style) { words.append(name) }
        return words.joined(separator: " ")
    }
    var out = ""
    for row in 0..<screen.rows {
        var column = 0
        while column < screen.columns {
            let kind = describe(screen[row, column])
            var end = column
            while end + 1 < screen.columns, describe(screen[row, end + 1]) == kind { end += 1 }
            if !kind.isEmpty { out += "row \(row): \(column)-\(end) \(kind)\n" }
            column = end + 1
        }
    }
    return out
}

private func compareGolden(_ actual: String, _ fileName: String, file: StaticString, line: UInt) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(fileName)
    if ProcessInfo.processInfo.environment["VOORDEUR_UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing golden \(fileName); run VOORDEUR_UPDATE_GOLDEN=1 swift test", file: file, line: line)
        return
    }
    if actual != expected {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let diff = zip(a, e).enumerated().filter { $0.element.0 != $0.element.1 }
            .map { "line \($0.offset):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" }
        XCTFail("screen differs from \(fileName)\n" + diff.prefix(5).joined(separator: "\n")
                + (a.count != e.count ? "\n(\(a.count) lines, expected \(e.count))" : ""), file: file, line: line)
    }
}
