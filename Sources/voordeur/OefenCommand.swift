import ArgumentParser
import Foundation
import VoordeurKit

/// `voordeur oefen`: practice cases on the screen, never a visit; `--lijst` prints them, `--controleer FILE` checks a
/// corporation's case file (errors by line, exit 2).
struct Oefen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "oefen", abstract: tr("oefen.cli.abstract"))
    @OptionGroup var common: CommonOptions
    @Flag(name: .customLong("lijst"), help: ArgumentHelp(tr("oefen.cli.lijst"))) var lijst = false
    @Option(name: .customLong("controleer"), help: ArgumentHelp(tr("oefen.cli.controleer"))) var controleer: String?
    @Option(name: .customLong("casussen"), help: ArgumentHelp(tr("oefen.cli.casussen"))) var casussen: String?

    func validate() throws {
        for (name, value) in [("--controleer", controleer), ("--casussen", casussen)] where value?.isEmpty == true {
            throw ValidationError(tr("cli.emptyvalue", ["optie": name]))
        }
        if lijst && controleer != nil { throw ValidationError(tr("oefen.cli.lijstofcontroleer")) }
    }

    func run() throws {
        let context = try common.context()
        if let controleer {
            let url = URL(fileURLWithPath: DataFolder.expandTilde(controleer))
            let cases = try Self.read { try PracticeCaseParser.parse(KeyValueDocument.readNonEmptyText(url), source: url.path,
                                                                    card: context.card, base: nil) }
            printLine(trCount("oefen.cli.goed", cases.count, ["pad": url.path]))
            return
        }
        let file = (casussen ?? context.config.practiceCasesFile).map { URL(fileURLWithPath: DataFolder.expandTilde($0)) }
        let cases = try Self.read { try PracticeCases.load(customFile: file, card: context.card) }
        if lijst {
            for (index, practiceCase) in cases.enumerated() {
                printLine(String(index + 1).leftPadded(to: 3) + "  " + practiceCase.id.padded(to: 26) + " " + practiceCase.title)
            }
            return
        }
        try PracticeLauncher.launch(context: context, cases: cases)
    }

    /// A broken case file is one Dutch line naming the file and the line, exit 2.
    static func read(_ body: () throws -> [PracticeCase]) throws -> [PracticeCase] {
        do { return try body() } catch let problem as FileProblem {
            throw CLIFailure(message: tr("oefen.cli.fout", ["probleem": problem]))
        }
    }
}

extension String {
    /// Right-aligned in `width` columns (numbers in a list).
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
