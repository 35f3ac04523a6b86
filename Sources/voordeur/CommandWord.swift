import Foundation
import VoordeurKit

/// The first word of a command line: a command, or a draft id of the one shape `Visit.new` makes
/// (`20261122-0930-beef`). Anything else is a mistyped command, said as such with the nearest command, never read
/// as an id ("concept 'lijts' niet geopend").
enum CommandWord {
    /// `yyyyMMdd-HHmm-xxxx` with a hexadecimal suffix: the only shape read as an id where a command may stand.
    static func isDraftIDShape(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count == 18, bytes[8] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: "-") else { return false }
        let digit = { (b: UInt8) in (0x30...0x39).contains(b) }
        let hex = { (b: UInt8) in digit(b) || (0x61...0x66).contains(b) }
        return bytes[0..<8].allSatisfy(digit) && bytes[9..<13].allSatisfy(digit) && bytes[14..<18].allSatisfy(hex)
    }

    /// The problem with the first positional word of `arguments`, or nil when it is a command, an id or absent.
    static func problem(in arguments: [String], commands: Set<String>) -> String? {
        // argument-parser's own options, with a value that is no command ("--generate-completion-script bash").
        if arguments.contains(where: { ["--generate-completion-script", "--experimental-dump-help"].contains($0) }) { return nil }
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { index += 1; break }
            if CommonOptionsFirst.options.contains(word) { index += 2; continue }
            if word.hasPrefix("-") { index += 1; continue }
            break
        }
        guard index < arguments.count else { return nil }
        let word = arguments[index]
        if commands.contains(word) || isDraftIDShape(word) { return nil }
        return unknown(word, commands: commands)
    }

    static func unknown(_ word: String, commands: Set<String>) -> String {
        let clean = TextSanitizer.singleLine(word)
        let nearest = commands.filter { $0 != "help" }.map { ($0, distance($0, word)) }.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        if let nearest, nearest.1 <= 2 { return tr("cli.unknowncommand.nearest", ["woord": clean, "opdracht": nearest.0]) }
        return tr("cli.unknowncommand", ["woord": clean])
    }

    /// Levenshtein distance, for the suggestion.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
