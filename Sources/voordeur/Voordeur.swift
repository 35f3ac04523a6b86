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
    @Option(name: .customLong("data-dir"), help: "Map met concepten (anders VOORDEUR_DATA_DIR, $XDG_DATA_HOME/voordeur of ~/.local/share/voordeur).")
    var dataDir: String?

    @Option(name: .customLong("kaart"), help: "Eigen signalenkaart van de corporatie (vult de ingebouwde kaart aan of vervangt die).")
    var kaart: String?

    @Option(name: .customLong("config"), help: "Instellingenbestand (anders $XDG_CONFIG_HOME/voordeur/voordeur.conf).")
    var config: String?

    /// An empty path is a mistake (an unset variable in a script), not a wish for the default.
    func validate() throws {
        for (name, value) in [("--data-dir", dataDir), ("--kaart", kaart), ("--config", config)] where value?.isEmpty == true {
            throw ValidationError("\(name) kreeg een lege waarde; geef een pad of laat de optie weg")
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
            throw CLIFailure(message: "Instellingen niet gelezen: \(problem)")
        }
        let cardPath = kaart ?? config.cardFile
        let card: Signalenkaart
        do {
            card = try CardLoader.load(customFile: cardPath.map { URL(fileURLWithPath: DataFolder.expandTilde($0)) })
        } catch let problem as FileProblem {
            throw CLIFailure(message: "Kaart niet gelezen: \(problem)")
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
        abstract: "Voordeur: signalen achter de voordeur zien, objectief beschrijven en overdragen aan de sociaal consulent.",
        discussion: """
        Zonder opdracht opent voordeur het meest recente concept, of een nieuw bezoek.
        Acuut gevaar? Bel 112. Advies: Veilig Thuis 0800-2000. Recent seksueel geweld: Centrum Seksueel Geweld 0800-0188.

        Afsluitcode: 0 gelukt, 2 fout in gebruik, instellingen, bestanden of versturen (één regel op standaardfout).
        """,
        version: VoordeurVersion.current,
        subcommands: [Open.self, Nieuw.self, Lijst.self, Kaart.self, Wis.self, CoachCommand.self, Export.self, ConfigCommand.self,
                      PrivacyCommand.self, Verstuur.self, Versie.self],
        defaultSubcommand: Open.self,
        helpNames: [.short, .long]
    )

    static func main() {
        CoreDumps.disable()
        if let problem = HelpTopics.problem(in: Array(CommandLine.arguments.dropFirst()), root: Voordeur.self) {
            printError("voordeur: \(problem)")
            Foundation.exit(2)
        }
        if HelpTopics.asksTopLevelHelp(Array(CommandLine.arguments.dropFirst())) {
            print(HelpTopics.topLevelHelp())
            exitAfterWritingStandardOutput()
        }
        // A mistyped command is said as such, never opened as a draft id.
        if let problem = CommandWord.problem(in: Array(CommandLine.arguments.dropFirst()), commands: subcommandNames) {
            printError("voordeur: \(problem)")
            Foundation.exit(2)
        }
        do {
            if CommandLine.arguments.count == 1 {
                // Plain `voordeur`, the way it is started in the field: straight to the screen, without building
                // argument-parser's command tree (a tenth of the time to the first frame, see BENCHMARKS.md).
                try TerminalLauncher.launch(context: AppContext.load(dataDir: nil, kaart: nil, config: nil), forceNew: false)
            } else {
                var command = try parseAsRoot(CommonOptionsFirst.reordered(Array(CommandLine.arguments.dropFirst()),
                                                                             subcommands: subcommandNames))
                try command.run()
            }
            // Output that could not be written (a full disk, /dev/full) is a failure too, not a silent exit 0.
            if fflush(stdout) != 0 || ferror(stdout) != 0 {
                throw CLIFailure(message: "kon niet naar standaarduitvoer schrijven: \(ErrnoText.reason(errno))")
            }
        } catch let failure as CLIFailure {
            printError("voordeur: \(failure.message)")
            Foundation.exit(failure.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                exitAfterWritingStandardOutput()
            }
            if error is ExitCode { Foundation.exit(code.rawValue) }
            if code == .failure {
                // Not a usage error of argument-parser's, but an error a command did not turn into a CLIFailure.
                printError("voordeur: er ging iets mis: \(oneLine(String(describing: error)))")
                Foundation.exit(2)
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "onbekende fout"
            printError("voordeur: \(dutch(message)). Zie 'voordeur --help'.")
            Foundation.exit(2)
        }
    }

    /// Exit 0 when everything printed reached standard output, else one Dutch line and exit 2 (`--help` to a full
    /// disk is a failure too).
    static func exitAfterWritingStandardOutput() -> Never {
        if fflush(stdout) != 0 || ferror(stdout) != 0 {
            printError("voordeur: kon niet naar standaarduitvoer schrijven: \(ErrnoText.reason(errno))")
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

    /// Translates argument-parser's most common messages into Dutch.
    static func dutch(_ message: String) -> String {
        var text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        let table: [(String, String)] = [
            ("Unknown option", "onbekende optie"),
            ("Unexpected argument", "onverwacht argument"),
            ("Unexpected arguments", "onverwachte argumenten"),
            ("Missing expected argument", "ontbrekend argument"),
            ("Missing value for", "ontbrekende waarde voor"),
            ("The value", "de waarde"),
            ("is invalid for", "is ongeldig voor"),
            ("Please provide one of", "Kies een van"),
            ("' or '", "' of '"),
        ]
        for (english, nederlands) in table { text = text.replacingOccurrences(of: english, with: nederlands) }
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
