import ArgumentParser
import Foundation
import VoordeurKit

extension NoteFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Maak de overdrachtsnotitie voor de sociaal consulent.",
        discussion: "Zonder ID: het meest recente concept. Zonder --out: naar standaarduitvoer. Bestanden krijgen rechten 0600.")

    @OptionGroup var common: CommonOptions
    @Argument(help: "Het ID van het bezoek (zie 'voordeur lijst').") var id: String?
    @Option(name: .customLong("format"), help: "txt, md, eml of json.") var format: NoteFormat = .txt
    @Option(name: .customLong("out"), help: "Schrijf naar dit bestand.") var out: String?
    @Flag(name: .customLong("force"), help: "Overschrijf een bestaand bestand.") var force = false

    func run() throws {
        let context = try common.context()
        let note = try Self.note(id: id, context: context, verb: "exporteren")
        let text = note.rendered(as: format)
        guard let out else {
            print(text, terminator: "")
            return
        }
        let url = URL(fileURLWithPath: DataFolder.expandTilde(out))
        do {
            try SecureFile.write(Data(text.utf8), to: url, overwrite: force)
        } catch let error as StorageError {
            throw CLIFailure(message: error.message)
        }
        printError("Notitie geschreven: \(url.path)")
    }

    /// The note for the visit `id`, or for the most recent one; warnings go to standard error.
    static func note(id: String?, context: AppContext, verb: String) throws -> HandoverNote {
        let visit: Visit
        if let id {
            switch context.store.load(id: id) {
            case .success(let found): visit = found
            case .failure(let problem):
                throw CLIFailure(message: FileManager.default.fileExists(atPath: context.store.url(for: id).path)
                                 ? problem.description : "geen concept met ID '\(id)' (zie 'voordeur lijst')")
            }
        } else {
            let all = context.store.loadAll()
            for problem in all.problems { printError("Let op: \(problem)") }
            guard let latest = all.visits.first else { throw CLIFailure(message: "er zijn geen concepten om te \(verb)") }
            visit = latest
        }
        let coach = try CoachCommand.makeCoach(option: nil, configPath: nil, config: context.config)
        let note = HandoverNote(visit: visit, card: context.card, config: context.config, coach: coach)
        for warning in note.warnings { printError("Let op: \(warning)") }
        return note
    }
}
