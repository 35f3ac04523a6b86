import Foundation

/// The worker's settings, read from a human-editable file:
///
///     [medewerker]          naam, functie, telefoon, email
///     [sociaal-consulent]   naam, email, telefoon, taal (the note's language)
///     [corporatie]          naam, functies (separated by ';')
///     [voordeur]            kaart, exportmap, bewaardagen, verzendcommando, taal (the screen's language),
///                           versleuteling, vergrendel-na, vergrendeld (only in the corporation's system file)
///
/// The corporation's system file (`SystemConfig`) is read first; the worker's file is read on top of it, except
/// for the keys the system file lists under `vergrendeld`.
public struct Config: Equatable, Sendable {
    public var workerName = ""
    public var workerRole = ""
    public var workerPhone = ""
    public var workerEmail = ""
    public var consulentName = ""
    public var consulentEmail = ""
    public var consulentPhone = ""
    public var corporation = ""
    public var jobTitles: [String] = []
    public var cardFile: String?
    /// A corporation's own practice cases (`casussen`), added to or replacing the built-in ones.
    public var practiceCasesFile: String?
    public var exportFolder: String?
    /// An extra word list for the coach.
    public var coachWordListFile: String?
    public var retentionDays = Config.defaultRetentionDays
    /// The program that sends the .eml it gets on standard input (`verzendcommando`, e.g. `msmtp -t`); split into
    /// words without a shell.
    public var sendCommand: String?
    /// The screen's language (`[voordeur] taal`); nil: `--taal`, else the locale decides.
    public var language: Language?
    /// The note's language (`[sociaal-consulent] taal`): the consulent's, whatever the worker's screen says.
    public var noteLanguage: Language = .nl
    /// The file the values came from; nil when there was none.
    public var source: String?
    /// Whether drafts are sealed behind a PIN (`versleuteling`).
    public var encryption: EncryptionSetting = .aan
    /// Minutes without a key before the screen locks and asks the PIN (`vergrendel-na`); 0 never locks.
    public var idleLockMinutes = 5
    /// The corporation's system file, when one was read.
    public var systemSource: String?
    /// Keys the system file fixes (`vergrendeld`), as `section.key`.
    public var lockedKeys: [String] = []
    /// Keys of the worker's file that were not used because the corporation fixed them, as `section.key`.
    public var ignoredOverrides: [String] = []

    public static let defaultRetentionDays = 14

    public init() {}

    static let schema: [String: [String]] = [
        "medewerker": ["naam", "functie", "telefoon", "email"],
        "sociaal-consulent": ["naam", "email", "telefoon", "taal"],
        "corporatie": ["naam", "functies"],
        "voordeur": ["kaart", "woordenlijst", "exportmap", "bewaardagen", "verzendcommando", "taal", "versleuteling",
                     "vergrendel-na", "vergrendeld", "casussen"],
    ]

    /// `section.key` for a key named in `vergrendeld`: either already qualified, or a key that occurs in one section.
    static func qualified(_ name: String) -> String? {
        let name = name.lowercased()
        if let dot = name.firstIndex(of: "."), let keys = schema[String(name[..<dot])],
           keys.contains(String(name[name.index(after: dot)...])) { return name }
        let owners = schema.filter { $0.value.contains(name) }.map(\.key)
        return owners.count == 1 ? "\(owners[0]).\(name)" : nil
    }

    /// `$XDG_CONFIG_HOME/voordeur/voordeur.conf`, else `~/.config/voordeur/voordeur.conf`.
    public static func defaultLocation(environment: [String: String] = ProcessEnvironment.current) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("voordeur/voordeur.conf")
        }
        return DataFolder.home(environment).appendingPathComponent(".config/voordeur/voordeur.conf")
    }

    /// Loads the corporation's system file when there is one (`SystemConfig`), then on top of it `explicit` (which
    /// must exist), or the default location when it exists.
    public static func load(explicit: String?, environment: [String: String] = ProcessEnvironment.current) throws -> Config {
        var base = Config()
        if let system = SystemConfig.location(environment: environment) {
            base = try parse(KeyValueDocument.readNonEmptyText(system), source: system.path, system: true)
            base.systemSource = system.path
        }
        let url: URL
        if let explicit, !explicit.isEmpty {
            url = URL(fileURLWithPath: DataFolder.expandTilde(explicit, environment: environment))
        } else {
            url = defaultLocation(environment: environment)
            // A dangling symbolic link is reported, not taken for "no configuration".
            guard FileKind.at(url.path) != .missing else { return base }
        }
        let text = try KeyValueDocument.readNonEmptyText(url)
        var config = try parse(text, source: url.path, onto: base)
        config.source = url.path
        return config
    }

    /// Whether the corporation fixed `key` of `section`.
    public func isLocked(section: String, key: String) -> Bool { lockedKeys.contains("\(section).\(key)") }

    /// One Dutch notice when the worker's file tried to change keys the corporation fixed; nil otherwise.
    public var lockedNotice: String? {
        guard !ignoredOverrides.isEmpty else { return nil }
        return SystemConfig.ignoredNotice(ignoredOverrides, system: systemSource ?? SystemConfig.standardPath)
    }

    /// Parses `text` onto `base` (the system file's values). With `system` the file may fix keys (`vergrendeld`);
    /// without it, keys `base` fixed are skipped and recorded in `ignoredOverrides`.
    public static func parse(_ text: String, source: String, onto base: Config = Config(), system: Bool = false) throws -> Config {
        let doc = try KeyValueDocument(parsing: text, source: source)
        if let stray = doc.sections[0].entries.first {
            throw FileProblem(file: source, line: stray.line,
                              message: "sleutel '\(stray.key)' staat buiten een kop zoals [medewerker]")
        }
        var config = base
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
                if !system, config.isLocked(section: name, key: entry.key) {
                    config.ignoredOverrides.append("\(name).\(entry.key)")
                    continue
                }
                switch (name, entry.key) {
                case ("medewerker", "naam"): config.workerName = value
                case ("medewerker", "functie"): config.workerRole = value
                case ("medewerker", "telefoon"): config.workerPhone = value
                case ("medewerker", "email"):
                    guard value.isEmpty || isPlausibleEmail(value) else {
                        throw FileProblem(file: source, line: entry.line, message: "'\(value)' is geen geldig e-mailadres")
                    }
                    config.workerEmail = value
                case ("sociaal-consulent", "naam"): config.consulentName = value
                case ("sociaal-consulent", "email"):
                    guard value.isEmpty || isPlausibleEmail(value) else {
                        throw FileProblem(file: source, line: entry.line, message: "'\(value)' is geen geldig e-mailadres")
                    }
                    config.consulentEmail = value
                case ("sociaal-consulent", "telefoon"): config.consulentPhone = value
                case ("corporatie", "naam"): config.corporation = value
                case ("corporatie", "functies"):
                    config.jobTitles = value.split(separator: ";").map { KeyValueDocument.trim($0) }.filter { !$0.isEmpty }
                case ("voordeur", "taal"), ("sociaal-consulent", "taal"):
                    guard let language = Language(rawValue: value.lowercased()) else {
                        throw FileProblem(file: source, line: entry.line, message: "'taal' moet nl of en zijn, niet '\(value)'")
                    }
                    if section.header[0] == "voordeur" { config.language = language } else { config.noteLanguage = language }
                case ("voordeur", "kaart"): config.cardFile = value.isEmpty ? nil : value
                case ("voordeur", "casussen"): config.practiceCasesFile = value.isEmpty ? nil : value
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
                case ("voordeur", "versleuteling"):
                    guard let setting = EncryptionSetting(rawValue: value.lowercased()) else {
                        throw FileProblem(file: source, line: entry.line,
                                          message: "'versleuteling' is aan, verplicht of uit, niet '\(value)'")
                    }
                    config.encryption = setting
                case ("voordeur", "vergrendel-na"):
                    guard let minutes = Int(value), (0...240).contains(minutes) else {
                        throw FileProblem(file: source, line: entry.line,
                                          message: "'vergrendel-na' is een aantal minuten van 0 (nooit) tot en met 240, niet '\(value)'")
                    }
                    config.idleLockMinutes = minutes
                case ("voordeur", "vergrendeld"):
                    guard system else {
                        throw FileProblem(file: source, line: entry.line,
                                          message: "'vergrendeld' hoort alleen in het instellingenbestand van de corporatie (\(SystemConfig.standardPath))")
                    }
                    for item in value.split(separator: ",").map({ KeyValueDocument.trim($0) }).filter({ !$0.isEmpty }) {
                        guard let key = qualified(item), key != "voordeur.vergrendeld" else {
                            throw FileProblem(file: source, line: entry.line,
                                              message: "onbekende sleutel '\(item)' onder vergrendeld (schrijf bijvoorbeeld sociaal-consulent.email)")
                        }
                        if !config.lockedKeys.contains(key) { config.lockedKeys.append(key) }
                    }
                default: break
                }
            }
        }
        return config
    }

    /// Every value as one sanitised line (what a note or an e-mail header may carry).
    public func sanitized() -> Config {
        var c = self
        let line = TextSanitizer.singleLine
        c.workerName = line(workerName); c.workerRole = line(workerRole); c.workerPhone = line(workerPhone)
        c.workerEmail = Self.isPlausibleEmail(workerEmail) ? line(workerEmail) : ""
        c.consulentName = line(consulentName); c.consulentPhone = line(consulentPhone); c.corporation = line(corporation)
        c.consulentEmail = Self.isPlausibleEmail(consulentEmail) ? line(consulentEmail) : ""
        c.jobTitles = jobTitles.map(line)
        return c
    }

    public static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || $0.isNewline })
    }

    /// The values as a valid configuration file: what `voordeur config` prints, so its output can be saved as the
    /// file. Values that are not set appear as comments with their default.
    public func renderedAsText() -> String {
        var out = ["# Voordeur-instellingen. Gelezen uit: \(TextSanitizer.singleLine(source ?? "geen bestand (standaardwaarden)")).",
                   "# Opslaan als \(Config.defaultLocation().path) of gebruiken met --config BESTAND."]
        if let systemSource {
            out.append("# Eerst gelezen: het bestand van de corporatie, \(TextSanitizer.singleLine(systemSource)).")
            if !lockedKeys.isEmpty { out.append("# Vastgezet door de corporatie: \(lockedKeys.joined(separator: ", ")).") }
        }
        if let lockedNotice { out.append("# " + TextSanitizer.singleLine(lockedNotice)) }
        out.append("")
        for section in Self.fileLayout {
            out.append("[\(section.name)]")
            for key in section.keys {
                let value = fileValue(section: section.name, key: key.name)
                // Printed values are single lines without control or escape characters, whatever the file held.
                if let value = value.map(TextSanitizer.singleLine), !value.isEmpty {
                    out.append("\(key.name) = \(value)")
                } else {
                    out.append("# \(key.name) = \(key.example)")
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// A commented template for a new configuration file (`voordeur config --nieuw`).
    public static func template() -> String {
        var out = ["# Voordeur-instellingen. Regels die met # beginnen doen niets; haal het # weg en vul in.",
                   "# Geen namen of gegevens van huurders: alleen jouw gegevens en die van de sociaal consulent.", ""]
        for section in fileLayout {
            out.append("[\(section.name)]")
            for key in section.keys {
                out.append("# \(key.help)")
                out.append("# \(key.name) = \(key.example)")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    struct FileKey { var name: String; var example: String; var help: String }
    struct FileSection { var name: String; var keys: [FileKey] }

    /// The order and explanation of every key, for the printed and the template file.
    static let fileLayout: [FileSection] = [
        FileSection(name: "medewerker", keys: [
            FileKey(name: "naam", example: "Jan de Vries", help: "Jouw naam, zoals de sociaal consulent je kent."),
            FileKey(name: "functie", example: "vakman", help: "Jouw functie."),
            FileKey(name: "telefoon", example: "06-12345678", help: "Waarop de sociaal consulent je kan bellen."),
            FileKey(name: "email", example: "j.devries@corporatie.nl", help: "Jouw e-mailadres (afzender van de e-mail)."),
        ]),
        FileSection(name: "sociaal-consulent", keys: [
            FileKey(name: "naam", example: "Anna Jansen", help: "De sociaal consulent aan wie je overdraagt."),
            FileKey(name: "email", example: "a.jansen@corporatie.nl", help: "Haar of zijn e-mailadres."),
            FileKey(name: "telefoon", example: "010-1234567", help: "Haar of zijn telefoonnummer."),
            FileKey(name: "taal", example: "nl", help: "Taal van de overdrachtsnotitie: nl of en (anders nl)."),
        ]),
        FileSection(name: "corporatie", keys: [
            FileKey(name: "naam", example: "Woonstichting Voorbeeld", help: "De naam van de corporatie."),
            FileKey(name: "functies", example: "vakman; opzichter; huismeester", help: "Functies om uit te kiezen (met ; ertussen)."),
        ]),
        FileSection(name: "voordeur", keys: [
            FileKey(name: "kaart", example: "~/eigen-kaart.kaart", help: "Een eigen signalenkaart (anders de ingebouwde)."),
            FileKey(name: "woordenlijst", example: "~/eigen-woorden.woorden", help: "Extra woorden voor de schrijfcoach."),
            FileKey(name: "exportmap", example: "~/overdrachten", help: "Map voor notities (anders 'overdracht' in de gegevensmap)."),
            FileKey(name: "bewaardagen", example: "\(defaultRetentionDays)", help: "Na hoeveel dagen concepten en notities worden gewist (1 tot en met 365)."),
            FileKey(name: "verzendcommando", example: "/usr/sbin/sendmail -t", help: "Programma dat de e-mail op standaardinvoer krijgt (anders xdg-email)."),
            FileKey(name: "taal", example: "en", help: "Taal van het programma: nl of en (anders --taal of de taal van het systeem)."),
            FileKey(name: "versleuteling", example: "aan", help: "Concepten met een pincode versleutelen: aan (pincode of, bij een versleutelde schijf, zonder), verplicht, of uit."),
            FileKey(name: "vergrendel-na", example: "5", help: "Na hoeveel minuten zonder toets het scherm op slot gaat (0: nooit)."),
            FileKey(name: "casussen", example: "~/eigen-casussen.kaart", help: "Eigen oefencasussen voor 'voordeur oefen' (naast of in plaats van de ingebouwde)."),
        ]),
    ]

    /// Sets one of the `editableKeys` (the settings screen).
    public mutating func setEditable(section: String, key: String, _ value: String) {
        switch (section, key) {
        case ("medewerker", "naam"): workerName = value
        case ("medewerker", "functie"): workerRole = value
        case ("medewerker", "telefoon"): workerPhone = value
        case ("medewerker", "email"): workerEmail = value
        case ("sociaal-consulent", "naam"): consulentName = value
        case ("sociaal-consulent", "email"): consulentEmail = value
        case ("sociaal-consulent", "telefoon"): consulentPhone = value
        case ("corporatie", "naam"): corporation = value
        case ("voordeur", "verzendcommando"):
            let line = value.trimmingCharacters(in: .whitespaces)
            sendCommand = line.isEmpty ? nil : line
        default: break
        }
    }

    /// The value of a key as the file would hold it; nil when not set.
    public func fileValue(section: String, key: String) -> String? {
        switch (section, key) {
        case ("medewerker", "naam"): return workerName
        case ("medewerker", "functie"): return workerRole
        case ("medewerker", "telefoon"): return workerPhone
        case ("medewerker", "email"): return workerEmail
        case ("sociaal-consulent", "naam"): return consulentName
        case ("sociaal-consulent", "email"): return consulentEmail
        case ("sociaal-consulent", "telefoon"): return consulentPhone
        case ("corporatie", "naam"): return corporation
        case ("corporatie", "functies"): return jobTitles.isEmpty ? nil : jobTitles.joined(separator: "; ")
        case ("voordeur", "kaart"): return cardFile
        case ("voordeur", "casussen"): return practiceCasesFile
        case ("voordeur", "woordenlijst"): return coachWordListFile
        case ("voordeur", "exportmap"): return exportFolder
        case ("voordeur", "bewaardagen"): return retentionDays == Self.defaultRetentionDays ? nil : String(retentionDays)
        case ("voordeur", "verzendcommando"): return sendCommand
        case ("voordeur", "taal"): return language?.rawValue
        case ("sociaal-consulent", "taal"): return noteLanguage == .nl ? nil : noteLanguage.rawValue
        case ("voordeur", "versleuteling"): return encryption == .aan ? nil : encryption.rawValue
        case ("voordeur", "vergrendel-na"): return idleLockMinutes == 5 ? nil : String(idleLockMinutes)
        default: return nil
        }
    }

    /// The settings the program itself edits (the settings screen): section and key.
    public static let editableKeys: [(section: String, key: String)] = [
        ("medewerker", "naam"), ("medewerker", "functie"), ("medewerker", "telefoon"), ("medewerker", "email"),
        ("sociaal-consulent", "naam"), ("sociaal-consulent", "email"), ("sociaal-consulent", "telefoon"),
        ("corporatie", "naam"), ("voordeur", "verzendcommando"),
    ]

    /// `existing` (the file's text, or nil for a new file) with the editable keys set to this config's values.
    /// Comments, blank lines, other keys and their order are kept; a changed key is rewritten in place, a new one is
    /// added at the end of its section (or after its commented example), a missing section at the end.
    public func updatedFileText(_ existing: String?) -> String {
        var lines = (existing ?? Self.template()).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }
        func header(_ line: String) -> String? {
            let t = trimmed(line)
            guard t.hasPrefix("["), t.hasSuffix("]") else { return nil }
            return t.dropFirst().dropLast().split(separator: " ").joined(separator: " ")
        }
        func keyOf(_ line: String) -> String? {
            let t = trimmed(line)
            guard !t.hasPrefix("#"), let eq = t.firstIndex(of: "=") else { return nil }
            return trimmed(String(t[..<eq])).lowercased()
        }
        func commentedKeyOf(_ line: String) -> String? {
            let t = trimmed(line)
            guard t.hasPrefix("#") else { return nil }
            return keyOf(String(t.dropFirst()))
        }
        // A key the corporation fixed is never written into the worker's file: its value there would only be ignored.
        for (section, key) in Self.editableKeys where !isLocked(section: section, key: key) {
            let raw = fileValue(section: section, key: key) ?? ""
            let value = TextSanitizer.clean(raw, keepNewlines: false).trimmingCharacters(in: .whitespaces)
            let newLine = "\(key) = \(value)"
            // Find the section's range.
            guard let start = lines.firstIndex(where: { header($0) == section }) else {
                if value.isEmpty { continue }
                if lines.last.map({ !trimmed($0).isEmpty }) ?? false { lines.append("") }
                lines += ["[\(section)]", newLine]
                continue
            }
            var end = lines.count
            for index in (start + 1)..<lines.count where header(lines[index]) != nil { end = index; break }
            if let index = (start + 1..<end).first(where: { keyOf(lines[$0]) == key }) {
                // Drop continuation lines of the old value.
                var next = index + 1
                while next < end, let first = lines[next].first, first == " " || first == "\t", !trimmed(lines[next]).isEmpty {
                    next += 1
                }
                lines.replaceSubrange(index..<next, with: [newLine])
            } else if value.isEmpty {
                continue
            } else if let comment = (start + 1..<end).first(where: { commentedKeyOf(lines[$0]) == key }) {
                lines.insert(newLine, at: comment + 1)
            } else {
                var at = end
                while at > start + 1, trimmed(lines[at - 1]).isEmpty { at -= 1 }
                lines.insert(newLine, at: at)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
