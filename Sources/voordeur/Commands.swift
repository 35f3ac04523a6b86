import ArgumentParser
import Foundation
import VoordeurKit

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open het meest recente concept of een nieuw bezoek (standaard).",
        shouldDisplay: false)
    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        try TerminalLauncher.launch(context: context, forceNew: false)
    }
}

struct Nieuw: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nieuw", abstract: "Begin een nieuw bezoek.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        try TerminalLauncher.launch(context: context, forceNew: true)
    }
}

struct Lijst: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lijst", abstract: "Toon de concepten: datum, status en aantal signalen (geen inhoud).")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        let (visits, problems) = context.store.loadAll()
        for problem in problems { printError("Let op: \(problem)") }
        if visits.isEmpty {
            print("Geen concepten in \(context.store.folder.path).")
            return
        }
        print("ID                  BEGONNEN          STATUS        SIGNALEN")
        for visit in visits {
            let id = visit.id.padding(toLength: 20, withPad: " ", startingAt: 0)
            let date = DateText.dateTime(visit.startedAt).padding(toLength: 18, withPad: " ", startingAt: 0)
            let status = visit.status.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
            print("\(id)\(date)\(status)\(visit.signalCount)")
        }
    }
}

struct Kaart: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kaart", abstract: "Druk de signalenkaart af als tekst.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        print(try common.context().card.renderedAsText(), terminator: "")
    }
}

struct Wis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wis", abstract: "Wis een concept, of met --alles alle concepten (ook apart gezette) en de exports in de gegevensmap.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Het ID van het concept (zie 'voordeur lijst').") var id: String?
    @Flag(name: .customLong("alles"), help: "Wis alle concepten.") var alles = false

    func validate() throws {
        if alles == (id != nil) {
            throw ValidationError("geef een ID of --alles, niet allebei en niet geen van beide")
        }
    }

    func run() throws {
        // Deliberately no config or card: a broken file must never stand in the way of deleting data.
        let store = common.store
        do {
            if alles {
                var count = try store.deleteAll()
                let exports = store.folder.appendingPathComponent(ExportFolder.defaultName)
                for name in (try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? [] where name.hasPrefix("overdracht-") {
                    try FileManager.default.removeItem(at: exports.appendingPathComponent(name))
                    count += 1
                }
                print("\(count) bestand(en) gewist uit \(store.folder.path).")
            } else if let id {
                guard try store.delete(id: id) else {
                    throw CLIFailure(message: "geen concept met ID '\(id)' (zie 'voordeur lijst')")
                }
                print("Concept \(id) gewist.")
            }
        } catch let error as StorageError {
            throw CLIFailure(message: error.message)
        }
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: "Toon het instellingenbestand en de waarden.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        print(try common.context().config.renderedAsText(), terminator: "")
    }
}

