import Foundation

/// The worker's settings, read from a human-editable file:
///
///     [medewerker]          naam, functie, telefoon
///     [sociaal-consulent]   naam, email, telefoon
///     [corporatie]          naam, functies (separated by ';')
///     [voordeur]            kaart, exportmap, bewaardagen, verzendcommando
public struct Config: Equatable, Sendable {
    public var workerName = ""
    public var workerRole = ""
    public var workerPhone = ""
    public var consulentName = ""
    public var consulentEmail = ""
    public var consulentPhone = ""
    public var corporation = ""
    public var jobTitles: [String] = []
    public var cardFile: String?
    public var exportFolder: String?
    /// An extra word list for the coach.
    public var coachWordListFile: String?
    public var retentionDays = Config.defaultRetentionDays
    /// The program that sends the .eml it gets on standard input (`verzendcommando`, e.g. `msmtp -t`); split into
    /// words without a shell.
    public var sendCommand: String?
    /// The file the values came from; nil when there was none.
    public var source: String?

    public static let defaultRetentionDays = 14

    public init() {}

    static let schema: [String: [String]] = [
        "medewerker": ["naam", "functie", "telefoon"],
        "sociaal-consulent": ["naam", "email", "telefoon"],
        "corporatie": ["naam", "functies"],
        "voordeur": ["kaart", "woordenlijst", "exportmap", "bewaardagen", "verzendcommando"],
    ]

    /// `$XDG_CONFIG_HOME/voordeur/voordeur.conf`, else `~/.config/voordeur/voordeur.conf`.
    public static func defaultLocation(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("voordeur/voordeur.conf")
        }
        return DataFolder.home(environment).appendingPathComponent(".config/voordeur/voordeur.conf")
    }

    /// Loads `explicit` (which must exist), or the default location when it exists, or the empty config.
    public static func load(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Config {
        let url: URL
        if let explicit, !explicit.isEmpty {
            url = URL(fileURLWithPath: DataFolder.expandTilde(explicit, environment: environment))
        } else {
            url = defaultLocation(environment: environment)
            guard FileManager.default.fileExists(atPath: url.path) else { return Config() }
        }
        let text = try KeyValueDocument.readText(url)
        var config = try parse(text, source: url.path)
        config.source = url.path
        return config
    }

    public static func parse(_ text: String, source: String) throws -> Config {
        let doc = try KeyValueDocument(parsing: text, source: source)
        if let stray = doc.sections[0].entries.first {
            throw FileProblem(file: source, line: stray.line,
                              message: "sleutel '\(stray.key)' staat buiten een kop zoals [medewerker]")
        }
        var config = Config()
        for section in doc.sections.dropFirst() {
            let name = section.header.joined(separator: " ")
            guard let keys = schema[name] else {
                throw FileProblem(file: source, line: section.line,
                                  message: "onbekende kop '[\(name)]' (toegestaan: \(schema.keys.sorted().map { "[\($0)]" }.joined(separator: ", ")))")
            }
            for entry in section.entries {
                guard keys.contains(entry.key) else {
                    throw FileProblem(file: source, line: entry.line,
                                      message: "onbekende sleutel '\(entry.key)' onder [\(name)] (toegestaan: \(keys.joined(separator: ", ")))")
                }
                let value = entry.value
                switch (name, entry.key) {
                case ("medewerker", "naam"): config.workerName = value
                case ("medewerker", "functie"): config.workerRole = value
                case ("medewerker", "telefoon"): config.workerPhone = value
                case ("sociaal-consulent", "naam"): config.consulentName = value
                case ("sociaal-consulent", "email"):
                    guard value.isEmpty || isPlausibleEmail(value) else {
                        throw FileProblem(file: source, line: entry.line, message: "'\(value)' is geen geldig e-mailadres")
                    }
                    config.consulentEmail = value
                case ("sociaal-consulent", "telefoon"): config.consulentPhone = value
                case ("corporatie", "naam"): config.corporation = value
                case ("corporatie", "functies"):
                    config.jobTitles = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                case ("voordeur", "kaart"): config.cardFile = value.isEmpty ? nil : value
                case ("voordeur", "woordenlijst"): config.coachWordListFile = value.isEmpty ? nil : value
                case ("voordeur", "exportmap"): config.exportFolder = value.isEmpty ? nil : value
                case ("voordeur", "bewaardagen"):
                    guard let days = Int(value), (1...365).contains(days) else {
                        throw FileProblem(file: source, line: entry.line,
                                          message: "'bewaardagen' moet een heel getal van 1 tot en met 365 zijn, niet '\(value)'")
                    }
                    config.retentionDays = days
                case ("voordeur", "verzendcommando"):
                    if !value.isEmpty {
                        do { _ = try CommandRunner.split(value) } catch let problem as CommandProblem {
                            throw FileProblem(file: source, line: entry.line, message: "verzendcommando: \(problem.message)")
                        }
                    }
                    config.sendCommand = value.isEmpty ? nil : value
                default: break
                }
            }
        }
        return config
    }

    static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || $0.isNewline })
    }

    /// The values, as `voordeur config` prints them.
    public func renderedAsText() -> String {
        func show(_ value: String) -> String { value.isEmpty ? "(leeg)" : value }
        var out = "Instellingen: \(source ?? "geen bestand; standaardwaarden (\(Config.defaultLocation().path))")\n\n"
        out += "[medewerker]\n  naam = \(show(workerName))\n  functie = \(show(workerRole))\n  telefoon = \(show(workerPhone))\n"
        out += "[sociaal-consulent]\n  naam = \(show(consulentName))\n  email = \(show(consulentEmail))\n  telefoon = \(show(consulentPhone))\n"
        out += "[corporatie]\n  naam = \(show(corporation))\n  functies = \(jobTitles.isEmpty ? "(van de kaart)" : jobTitles.joined(separator: "; "))\n"
        out += "[voordeur]\n  kaart = \(cardFile ?? "(ingebouwde kaart)")\n  woordenlijst = \(coachWordListFile ?? "(ingebouwd)")\n  exportmap = \(exportFolder ?? "(map overdracht in de gegevensmap)")\n"
        out += "  bewaardagen = \(retentionDays)\n"
        out += "  verzendcommando = \(sendCommand ?? "(niet ingesteld; xdg-email als dat er is)")\n"
        return out
    }
}
