import ArgumentParser
import Foundation
import VoordeurKit

struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: tr("cli.privacy.abstract"),
        discussion: tr("cli.example") + " echo \"Bel 06-98765432\" | voordeur privacy --json")

    @Flag(name: .customLong("json"), help: ArgumentHelp(tr("cli.json"))) var json = false

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        // The dictionary tells names from Dutch words; wait for it, so the answer does not depend on timing.
        PersonalDataScanner.waitForDictionary()
        for bytes in lines {
            // The text is sanitised first (as the editor does); offsets refer to the text as printed.
            let text = TextSanitizer.clean(String(decoding: bytes, as: UTF8.self), keepNewlines: false)
            let findings = PersonalDataScanner.scan(text)
            print(json ? PrivacyOutput.json(text, findings) : PrivacyOutput.readable(text, findings))
        }
    }
}

enum PrivacyOutput {
    /// One line of JSON with keys in the documented order: text, findings (kind, start, end, match).
    static func json(_ text: String, _ findings: [PersonalDataFinding]) -> String {
        let items = findings.map { finding in
            "{\"kind\":\(JSONText.quote(finding.kind.rawValue)),\"start\":\(finding.start),\"end\":\(finding.end),"
                + "\"match\":\(JSONText.quote(finding.match))}"
        }
        return "{\"text\":\(JSONText.quote(text)),\"findings\":[\(items.joined(separator: ","))]}"
    }

    static func readable(_ text: String, _ findings: [PersonalDataFinding]) -> String {
        var out = tr("cli.text", ["tekst": text]) + "\n"
        if findings.isEmpty { out += "  " + tr("cli.privacy.none") + "\n" }
        for finding in findings {
            out += "  [\(finding.kind.rawValue)] \"\(finding.match)\" (" + tr("cli.characters", ["van": finding.start, "tot": finding.end]) + ")\n"
            out += "    \(finding.advice)\n"
        }
        return out
    }
}
