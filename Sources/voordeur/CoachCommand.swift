import ArgumentParser
import Foundation
import VoordeurKit

struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "coach", abstract: "Controleer teksten (één per regel, via standaardinvoer) op objectieve verwoording.")
    func run() throws { throw CLIFailure(message: "nog niet beschikbaar", code: 1) }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Maak de overdrachtsnotitie voor de sociaal consulent.")
    func run() throws { throw CLIFailure(message: "nog niet beschikbaar", code: 1) }
}
