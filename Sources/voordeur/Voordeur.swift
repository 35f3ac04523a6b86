import ArgumentParser
import Foundation
import VoordeurKit

/// An error the command line reports as one Dutch line on stderr, with an exit code.
struct CLIFailure: Error {
    var message: String
    var code: Int32 = 2
}

/// Options every command that touches drafts or the card understands.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(tr("cli.option.datadir")))
    var dataDir: String?

    @Option(name: .customLong("kaart"), help: ArgumentHelp(tr("cli.option.kaart")))
    var kaart: String?

    @Option(name: .customLong("config"), help: ArgumentHelp(tr("cli.option.config")))
    var config: String?

    @Flag(name: .customLong("pincode-stdin"), help: ArgumentHelp(CLIPinTexts.stdinHelp))
    var pincodeStdin = false

    /// An empty path is a mistake (an unset variable in a script), not a wish for the default.
    func validate() throws {
        for (name, value) in [("--data-dir", dataDir), ("--kaart", kaart), ("--config", config)] where value?.isEmpty == true {
            throw ValidationError(tr("cli.emptyvalue", ["optie": name]))
        }
    }

    /// The draft store alone: needs no config or card, so wiping data always works. A data folder that exists but
    /// is no folder is an error.
    func checkedStore() throws -> DraftStore {
        let store = DraftStore(folder: DataFolder.resolve(option: dataDir))
        try DataFolderCheck.requireFolderOrNothing(store.folder)
        return store
    }

    /// Loads config, card and draft store; broken files become a `CLIFailure` with exit code 2.
    func context() throws -> AppContext {
        let context = try AppContext.load(dataDir: dataDir, kaart: kaart, config: config)
        try DataFolderCheck.requireFolderOrNothing(context.store.folder)
        return context
    }

    /// `context()` with the data key unlocked (the PIN asked) when the drafts are sealed: for commands that read them.
    func unlockedContext() throws -> AppContext {
        var context = try self.context()
        context.store = try Unlocking.unlock(context.store, config: context.config, pinFromStandardInput: pincodeStdin)
        return context
    }
}

struct AppContext {
    var config: Config
    var card: Signalenkaart
    var store: DraftStore

    /// Config, card and draft store from the options (nil: the defaults).
    static func load(dataDir: String?, kaart: String?, config configPath: String?) throws -> AppContext {
        let store = DraftStore(folder: DataFolder.resolve(option: dataDir))
        let config: Config
        do { config = try Config.load(explicit: configPath) } catch let problem as FileProblem {
            throw CLIFailure(message: tr("cli.confignotread", ["probleem": problem]))
        }
        let cardPath = kaart ?? config.cardFile
        let card: Signalenkaart
        do {
            card = try CardLoader.load(customFile: cardPath.map { URL(fileURLWithPath: DataFolder.expandTilde($0)) },
                                      language: Strings.shared.language)
        } catch let problem as FileProblem {
            throw CLIFailure(message: tr("cli.cardnotread", ["probleem": problem]))
        }
        return AppContext(config: config, card: card, store: store)
    }
}

/// A message on standard output, through the sanitiser: paths and file names in it come from outside (an option,
/// the export record beside a draft).
func printLine(_ text: String) {
    print(TextSanitizer.clean(text))
}

/// One message on standard error, through the sanitiser: paths and file names in it come from outside.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((TextSanitizer.clean(line) + "\n").utf8))
}

@main
struct Voordeur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voordeur",
        abstract: tr("cli.abstract"),
        discussion: tr("cli.discussion.1") + "\n" + tr("cli.discussion.2") + "\n\n" + tr("cli.discussion.3"),
        version: VoordeurVersion.current,
        subcommands: [Open.self, Nieuw.self, Lijst.self, Kaart.self, Wis.self, CoachCommand.self, Export.self, ConfigCommand.self,
                      PrivacyCommand.self, Verstuur.self, PincodeCommand.self, Versie.self, Oefen.self],
        defaultSubcommand: Open.self,
        helpNames: [.short, .long]
    )

    static func main() {
        CoreDumps.disable()
        // The language first: every text after this, argument-parser's help included, comes from its table.
        let arguments: [String]
        switch ScreenLanguage.setUp(Array(CommandLine.arguments.dropFirst())) {
        case .success(let rest): arguments = rest
        case .failure(let failure):
            printError("voordeur: \(failure.message)")
            Foundation.exit(2)
        }
        if let problem = HelpTopics.problem(in: arguments, root: Voordeur.self) {
            printError("voordeur: \(problem)")
            Foundation.exit(2)
        }
        if HelpTopics.asksTopLevelHelp(arguments) {
            print(translated(HelpTopics.topLevelHelp(), help: true))
            exitAfterWritingStandardOutput()
        }
        // A mistyped command is said as such, never opened as a draft id.
        if let problem = CommandWord.problem(in: arguments, commands: subcommandNames) {
            printError("voordeur: \(problem)")
            Foundation.exit(2)
        }
        do {
            if arguments.isEmpty {
                // Plain `voordeur`, the way it is started in the field: straight to the screen, without building
                // argument-parser's command tree (a tenth of the time to the first frame, see BENCHMARKS.md).
                try TerminalLauncher.launch(context: AppContext.load(dataDir: nil, kaart: nil, config: nil), forceNew: false)
            } else {
                var command = try parseAsRoot(CommonOptionsFirst.reordered(arguments, subcommands: subcommandNames))
                try command.run()
            }
            // Output that could not be written (a full disk, /dev/full) is a failure too, not a silent exit 0.
            if fflush(stdout) != 0 || ferror(stdout) != 0 {
                throw CLIFailure(message: tr("cli.stdoutfailed", ["reden": ErrnoText.reason(errno)]))
            }
        } catch let failure as CLIFailure {
            printError("voordeur: \(failure.message)")
            Foundation.exit(failure.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(translated(fullMessage(for: error), help: true))
                exitAfterWritingStandardOutput()
            }
            if error is ExitCode { Foundation.exit(code.rawValue) }
            if code == .failure {
                // Not a usage error of argument-parser's, but an error a command did not turn into a CLIFailure.
                printError("voordeur: " + tr("cli.somethingwrong", ["fout": oneLine(String(describing: error))]))
                Foundation.exit(2)
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? tr("cli.unknownerror")
            printError("voordeur: " + tr("cli.seehelp", ["fout": translated(message)]))
            Foundation.exit(2)
        }
    }

    /// Exit 0 when everything printed reached standard output, else one Dutch line and exit 2 (`--help` to a full
    /// disk is a failure too).
    static func exitAfterWritingStandardOutput() -> Never {
        if fflush(stdout) != 0 || ferror(stdout) != 0 {
            printError("voordeur: " + tr("cli.stdoutfailed", ["reden": ErrnoText.reason(errno)]))
            Foundation.exit(2)
        }
        Foundation.exit(0)
    }

    /// The names of the subcommands (`lijst`, `nieuw`, …).
    static var subcommandNames: Set<String> {
        Set(configuration.subcommands.map(HelpTopics.name(of:)) + ["help"])
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// argument-parser's own English words (its messages and its help's headings) with their string-table keys:
    /// the table says them in the chosen language (in English, the same words).
    static let argumentParserWords: [(english: String, key: String)] = [
        ("Unexpected arguments", "argparser.unexpectedarguments"),
        ("Unknown option", "argparser.unknownoption"),
        ("Unexpected argument", "argparser.unexpectedargument"),
        ("Missing expected argument", "argparser.missingargument"),
        ("Missing value for", "argparser.missingvalue"),
        ("The value", "argparser.thevalue"),
        ("is invalid for", "argparser.isinvalidfor"),
        ("Please provide one of", "argparser.provideoneof"),
        ("' or '", "argparser.or"),
    ]
    static let argumentParserHelpWords: [(english: String, key: String)] = [
        ("OVERVIEW:", "argparser.overview"),
        ("USAGE:", "argparser.usage"),
        ("ARGUMENTS:", "argparser.arguments"),
        ("OPTIONS:", "argparser.options"),
        ("SUBCOMMANDS:", "argparser.subcommands"),
        ("Show help information.", "argparser.showhelp"),
        ("Show the version.", "argparser.showversion"),
        ("(default)", "argparser.default"),
        ("default: ", "argparser.defaultvalue"),
        ("(values: ", "argparser.values"),
        ("See 'voordeur help <subcommand>' for detailed help.", "argparser.seesubcommandhelp"),
        ("<subcommand>", "argparser.subcommand"),
    ]

    /// argument-parser's message (or, with `help`, its help text) in the chosen language, from the string table.
    static func translated(_ message: String, help: Bool = false) -> String {
        var text = message
        if !help, text.hasPrefix("Error: ") { text = String(text.dropFirst(7)) }
        for (english, key) in help ? argumentParserHelpWords : argumentParserWords {
            // A longer word takes the spaces after it, so the help's columns stay where argument-parser put them.
            // The table trims its texts: a space the English ends with is put back.
            let word = tr(key) + (english.hasSuffix(" ") ? " " : "")
            let padded = english + String(repeating: " ", count: max(0, word.count - english.count))
            if padded != english, text.contains(padded + " ") {
                text = text.replacingOccurrences(of: padded, with: word)
            } else {
                text = text.replacingOccurrences(of: english, with: word)
            }
        }
        if !help { while text.hasSuffix(".") { text.removeLast() } }
        return text
    }
}
