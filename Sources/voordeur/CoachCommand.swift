import ArgumentParser
import Foundation
import VoordeurKit

struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: tr("cli.coach.abstract"),
        discussion: tr("cli.example") + " echo \"De woning is vies.\" | voordeur coach --json")

    @Flag(name: .customLong("json"), help: ArgumentHelp(tr("cli.json"))) var json = false
    @Option(name: .customLong("woordenlijst"), help: ArgumentHelp(tr("cli.coach.woordenlijst")))
    var woordenlijst: String?
    @Option(name: .customLong("config"), help: ArgumentHelp(tr("cli.coach.config"))) var config: String?

    func run() throws {
        for (name, value) in [("--config", config), ("--woordenlijst", woordenlijst)] where value?.isEmpty == true {
            throw CLIFailure(message: tr("cli.emptyvalue", ["optie": name]))
        }
        let coach = try Self.makeCoach(option: woordenlijst, configPath: config)
        let speller = Speller.shared
        if !json {
            speller.startLoading()
            _ = speller.waitUntilLoaded()
        }
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
            // The coach reads Dutch: on a text that is mostly not Dutch its silence would mislead, so it says so.
            let notDutch = !json && speller.looksNotDutch(text)
            print(json ? CoachOutput.json(report) : CoachOutput.readable(report, notDutch: notDutch))
        }
    }

    /// The default coach, built in the background; a configured extra word list is read now (its errors stop the
    /// program before anything starts).
    /// `card`: the card on screen. Its signal words get a tip instead of a remark; the coach reads Dutch, so a card in
    /// another language leaves the default Dutch card's words.
    static func makePendingCoach(config: Config, card: Signalenkaart) throws -> PendingCoach {
        let dutchCard = Strings.shared.language == .nl ? card : CardLoader.defaultCard()
        if config.coachWordListFile != nil {
            return PendingCoach(try makeCoach(option: nil, configPath: nil, config: config, card: dutchCard))
        }
        return PendingCoach(building: { Coach(lexicon: .defaultLexicon(), card: dutchCard) })
    }

    static func makeCoach(option: String?, configPath: String?, config: Config? = nil,
                          card: Signalenkaart = CardLoader.defaultCard()) throws -> Coach {
        let settings: Config
        if let config {
            settings = config
        } else {
            do { settings = try Config.load(explicit: configPath) } catch let problem as FileProblem {
                throw CLIFailure(message: tr("cli.confignotread", ["probleem": problem]))
            }
        }
        let path = option ?? settings.coachWordListFile
        do {
            let lexicon = try CoachLexicon.load(extraFile: path.map { URL(fileURLWithPath: DataFolder.expandTilde($0)) })
            return Coach(lexicon: lexicon, card: card)
        } catch let problem as FileProblem {
            throw CLIFailure(message: tr("cli.wordlistnotread", ["probleem": problem]))
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

    static func readable(_ report: CoachReport, notDutch: Bool = false) -> String {
        var out = tr("cli.text", ["tekst": report.text]) + "\n"
        if notDutch {
            out += "  " + tr("cli.coach.notdutch") + "\n"
        } else if report.findings.isEmpty {
            out += "  " + tr("cli.coach.noremarks") + "\n"
        }
        for finding in report.findings {
            out += "  [\(finding.category.label)] \"\(finding.match)\" (" + tr("cli.characters", ["van": finding.start, "tot": finding.end]) + ")\n"
            out += "    \(finding.explanation)\n"
            out += "    " + tr("editor.question") + " \(finding.question)\n"
        }
        for tip in report.tips {
            out += "  " + tr("cli.coach.tip", ["woord": tip.match, "uitleg": tip.explanation]) + "\n"
        }
        if !notDutch && !report.hasSensoryAnchor && !report.text.trimmingCharacters(in: .whitespaces).isEmpty {
            out += "  " + tr("editor.sensetip") + "\n"
        }
        // Explanations and questions can come from a word list of the corporation's: the whole text goes through
        // the sanitiser on its way to the terminal.
        return TextSanitizer.clean(out)
    }
}

