import ArgumentParser
import Foundation
import VoordeurKit

struct Verstuur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verstuur",
        abstract: "Geef de overdrachtsnotitie aan het mailprogramma, voor de sociaal consulent.",
        discussion: """
        Zonder ID: het meest recente concept. Met 'verzendcommando' onder [voordeur] in het instellingenbestand \
        (bijvoorbeeld /usr/sbin/sendmail -t of msmtp -t) krijgt dat programma het bericht op standaardinvoer; \
        anders opent xdg-email het mailprogramma met de notitie als bijlage. Voordeur zelf maakt geen \
        netwerkverbinding. Mislukt het, dan blijft alles bewaard.
        """)

    @OptionGroup var common: CommonOptions
    @Argument(help: "Het ID van het bezoek (zie 'voordeur lijst').") var id: String?

    func run() throws {
        let context = try common.unlockedContext()
        let method: MailMethod
        do {
            guard let chosen = try MailSender.choose(configuredCommand: context.config.sendCommand) else {
                throw CLIFailure(message: MailSender.notConfigured)
            }
            method = chosen
        } catch let failure as CommandProblem {
            throw CLIFailure(message: failure.message)
        }
        guard !context.config.consulentEmail.isEmpty else { throw CLIFailure(message: MailSender.missingRecipient) }
        let note = try Export.note(id: id, context: context, verb: "versturen")
        do {
            let outcome = try MailSender.send(note, via: method, attachmentFolder: ExportFolder.resolve(context),
                                              tightenFolder: context.config.exportFolder == nil)
            printLine(outcome.statusLine)
        } catch let failure as CommandProblem {
            throw CLIFailure(message: failure.message)
        }
    }
}
