import ArgumentParser
import VoordeurKit

struct Versie: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "versie", abstract: "Toon het versienummer (zoals --version).")

    func run() throws {
        print(VoordeurVersion.current)
    }
}
