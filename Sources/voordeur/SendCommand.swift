import ArgumentParser
import Foundation
import VoordeurKit

struct Verstuur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verstuur",
        abstract: tr("cli.verstuur.abstract"),
        discussion: tr("cli.verstuur.discussion"))

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp(tr("cli.argument.visitid"))) var id: String?

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
