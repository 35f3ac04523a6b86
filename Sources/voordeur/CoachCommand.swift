import ArgumentParser
import Foundation
import VoordeurKit

struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Controleer teksten op objectieve verwoording: één tekst per regel via standaardinvoer.",
        discussion: "Voorbeeld: echo \"De woning is vies.\" | voordeur coach --json")

    @Flag(name: .customLong("json"), help: "Eén JSON-object per invoerregel.") var json = false
    @Option(name: .customLong("woordenlijst"), help: "Extra woordenlijst voor de coach (zelfde formaat als Assets/coach.woorden).")
    var woordenlijst: String?
    @Option(name: .customLong("config"), help: "Instellingenbestand.") var config: String?

    func run() throws {
        for (name, value) in [("--config", config), ("--woordenlijst", woordenlijst)] where value?.isEmpty == true {
            throw CLIFailure(message: "\(name) kreeg een lege waarde; geef een pad of laat de optie weg")
        }
        let coach = try Self.makeCoach(option: woordenlijst, configPath: config)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for bytes in lines {
            // Sanitised first, as the editor does (and `privacy`): no escape, C1 control or NUL from the input
            // reaches the terminal, and the offsets refer to the text as printed.
            var raw = String(decoding: bytes, as: UTF8.self)
            if raw.hasSuffix("\r") { raw.removeLast() }
            let text = TextSanitizer.clean(raw, keepNewlines: false)
            let report = coach.analyse(text)
            print(json ? CoachOutput.json(report) : CoachOutput.readable(report))
        }
    }

    /// The default coach, built in the background; a configured extra word list is read now (its errors stop the
    /// program before anything starts).
    static func makePendingCoach(config: Config) throws -> PendingCoach {
        if config.coachWordListFile != nil {
            return PendingCoach(try makeCoach(option: nil, configPath: nil, config: config))
        }
        return PendingCoach(building: { Coach(lexicon: .defaultLexicon()) })
    }

    static func makeCoach(option: String?, configPath: String?, config: Config? = nil) throws -> Coach {
        let settings: Config
        if let config {
            settings = config
        } else {
            do { settings = try Config.load(explicit: configPath) } catch let problem as FileProblem {
                throw CLIFailure(message: "Instellingen niet gelezen: \(problem)")
            }
        }
        let path = option ?? settings.coachWordListFile
        do {
            let lexicon = try CoachLexicon.load(extraFile: path.map { URL(fileURLWithPath: DataFolder.expandTilde($0)) })
            return Coach(lexicon: lexicon)
        } catch let problem as FileProblem {
            throw CLIFailure(message: "Woordenlijst niet gelezen: \(problem)")
        }
    }
}

enum CoachOutput {
    /// One line of JSON with keys in the documented order: text, findings (category, niveau, start, end, match,
    /// explanation, question); opmerkingen and tips together in text order, each with its `niveau`.
    static func json(_ report: CoachReport) -> String {
        let all = (report.findings + report.tips).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let findings = all.map { finding in
            "{\"category\":\(JSONText.quote(finding.category.name)),\"niveau\":\(JSONText.quote(finding.level.rawValue)),"
                + "\"start\":\(finding.start),\"end\":\(finding.end),"
                + "\"match\":\(JSONText.quote(finding.match)),\"explanation\":\(JSONText.quote(finding.explanation)),"
                + "\"question\":\(JSONText.quote(finding.question))}"
        }
        return "{\"text\":\(JSONText.quote(report.text)),\"findings\":[\(findings.joined(separator: ","))]}"
    }

    static func readable(_ report: CoachReport) -> String {
        var out = "Tekst: \(report.text)\n"
        if report.findings.isEmpty {
            out += "  ✓ Leest als objectief: geen opmerkingen.\n"
        }
        for finding in report.findings {
            out += "  [\(finding.category.name)] \"\(finding.match)\" (teken \(finding.start)–\(finding.end))\n"
            out += "    \(finding.explanation)\n"
            out += "    Vraag: \(finding.question)\n"
        }
        for tip in report.tips {
            out += "  Tip bij \"\(tip.match)\": \(tip.explanation)\n"
        }
        if !report.hasSensoryAnchor && !report.text.trimmingCharacters(in: .whitespaces).isEmpty {
            out += "  Tip: begin bij je zintuigen: \"Ik zie ...\", \"Ik hoor ...\", \"Ik ruik ...\".\n"
        }
        // Explanations and questions can come from a word list of the corporation's: the whole text goes through
        // the sanitiser on its way to the terminal.
        return TextSanitizer.clean(out)
    }
}

