import ArgumentParser
import VoordeurKit

struct Versie: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "versie", abstract: tr("cli.versie.abstract"))

    func run() throws {
        print(VoordeurVersion.current)
    }
}
