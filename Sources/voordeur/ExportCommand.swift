import ArgumentParser
import Foundation
import VoordeurKit

extension NoteFormat: ExpressibleByArgument {}
extension FactsLayout: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("cli.export.abstract"),
        discussion: tr("cli.export.discussion"))

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp(tr("cli.argument.visitid"))) var id: String?
    @Option(name: .customLong("format"), help: ArgumentHelp(tr("cli.export.format"))) var format: NoteFormat = .txt
    @Option(name: .customLong("out"), help: ArgumentHelp(tr("cli.export.out"))) var out: String?
    @Flag(name: .customLong("force"), help: ArgumentHelp(tr("cli.export.force"))) var force = false
    @Flag(name: .customLong("anonimiseer"), help: ArgumentHelp(tr("cli.export.anonimiseer")))
    var anonimiseer = false
    @Option(name: .customLong("indeling"), help: ArgumentHelp(tr("cli.export.indeling")))
    var indeling: FactsLayout = .tijd

    func run() throws {
        // The target first: a wrong --out is said before anything is read or warned about.
        let url = try out.flatMap { out -> URL? in
            guard out != "-" else { return nil }
            guard !out.isEmpty else { throw CLIFailure(message: tr("cli.export.emptyout")) }
            let url = URL(fileURLWithPath: DataFolder.expandTilde(out))
            try ExportTarget.check(url, force: force)
            return url
        }
        let context = try common.unlockedContext()
        let note = try Self.note(id: id, context: context, verb: "exporteren", anonimiseer: anonimiseer, layout: indeling)
        let text = note.rendered(as: format)
        guard let url else {
            print(text, terminator: "")
            return
        }
        do {
            try SecureFile.write(Data(text.utf8), to: url, overwrite: force)
        } catch let error as StorageError {
            throw CLIFailure(message: error.message)
        }
        // Recorded, so that deleting the visit can say which exported notes remain.
        try? context.store.recordExport(id: note.visitID, file: url)
        printError(tr("cli.export.written", ["pad": url.path]))
    }

    /// The note for the visit `id`, or for the most recent one; warnings go to standard error. With `anonimiseer`
    /// personal data is replaced by its label in the note (the preview goes to standard error), never in the draft.
    static func note(id: String?, context: AppContext, verb: String, anonimiseer: Bool = false,
                     layout: FactsLayout = .tijd) throws -> HandoverNote {
        try DataFolderCheck.requireOwnFolder(context.store.folder)
        let visit: Visit
        if let id {
            switch context.store.load(id: id) {
            case .success(let found): visit = found
            case .failure(let problem):
                throw CLIFailure(message: FileManager.default.fileExists(atPath: context.store.url(for: id).path)
                                 ? problem.description : tr("cli.nodraft", ["id": id]))
            }
        } else {
            let all = context.store.loadAll()
            for problem in all.problems { printError(tr("cli.note", ["tekst": problem])) }
            guard let latest = all.visits.first else { throw CLIFailure(message: tr("cli.nodrafts.\(verb)")) }
            visit = latest
        }
        let coach = try CoachCommand.makeCoach(option: nil, configPath: nil, config: context.config)
        var source = visit
        if anonimiseer {
            for line in Redactor.preview(Redactor.changes(in: visit)) { printError(line) }
            source = Redactor.redacted(visit)
        }
        let note = HandoverNote(visit: source, card: context.card, config: context.config, coach: coach, layout: layout)
        for warning in note.warnings { printError(tr("cli.note", ["tekst": warning])) }
        return note
    }
}
