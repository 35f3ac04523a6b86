import Foundation

/// The signalenkaart's file format (`[kaart]`, `[lijst NAAM]`, `[signaal LIJST.NAAM]`), shared by the program and
/// the build plugin that compiles the default card into the binary.
public enum CardParser {
    /// Parses a card. With a `base`, the text is a corporation's card: `modus = aanvullen` (the default) extends the
    /// base, `modus = vervangen` replaces it.
    public static func parse(_ text: String, source: String, base: Signalenkaart?) throws -> Signalenkaart {
        let doc = try KeyValueDocument(parsing: text, source: source)
        func problem(_ line: Int?, _ message: String) -> FileProblem {
            FileProblem(file: source, line: line, message: message)
        }
        if let stray = doc.sections[0].entries.first {
            throw problem(stray.line, "sleutel '\(stray.key)' staat buiten een kop; begin met [kaart]")
        }
        let header = doc.sections("kaart")
        guard header.count <= 1 else { throw problem(header[1].line, "[kaart] staat meer dan één keer in het bestand") }
        let cardSection = header.first
        try checkKeys(cardSection, allowed: ["naam", "modus", "inleiding", "andere-oorzaak", "tip", "functies"], source: source)

        var mode = "aanvullen"
        if let entry = cardSection?.entry("modus") {
            guard ["aanvullen", "vervangen"].contains(entry.value.lowercased()) else {
                throw problem(entry.line, "'modus' moet 'aanvullen' of 'vervangen' zijn, niet '\(entry.value)'")
            }
            mode = entry.value.lowercased()
        }
        let start: Signalenkaart? = (mode == "aanvullen") ? base : nil
        var card = start ?? Signalenkaart(name: "", introduction: "", otherCause: "", tip: "", jobTitles: [], lists: [])
        if let value = cardSection?.value("naam") { card.name = value }
        if let value = cardSection?.value("inleiding") { card.introduction = value }
        if let value = cardSection?.value("andere-oorzaak") { card.otherCause = value }
        if let value = cardSection?.value("tip") { card.tip = value }
        if let value = cardSection?.value("functies") {
            card.jobTitles = value.split(separator: ";").map { KeyValueDocument.trim($0) }.filter { !$0.isEmpty }
        }

        for section in doc.sections.dropFirst() {
            switch section.header[0] {
            case "kaart":
                continue
            case "lijst":
                guard section.header.count == 2, isValidID(section.header[1]) else {
                    throw problem(section.line, "een lijst heet '[lijst NAAM]', met kleine letters, cijfers en '-'")
                }
                try checkKeys(section, allowed: ["titel"], source: source)
                let id = section.header[1]
                if let index = card.lists.firstIndex(where: { $0.id == id }) {
                    if let title = section.value("titel") { card.lists[index].title = title }
                } else {
                    guard let title = section.value("titel"), !title.isEmpty else {
                        throw problem(section.line, "lijst '\(id)' heeft geen 'titel'")
                    }
                    card.lists.append(CardList(id: id, title: title, signals: []))
                }
            case "signaal":
                guard section.header.count == 2 else {
                    throw problem(section.line, "een signaal heet '[signaal LIJST.NAAM]'")
                }
                let id = section.header[1]
                let parts = id.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2, isValidID(parts[0]), isValidID(parts[1]) else {
                    throw problem(section.line, "ongeldige signaalnaam '\(id)'; gebruik 'lijst.naam', bijvoorbeeld 'woning.vuistafdrukken'")
                }
                try checkKeys(section, allowed: ["tekst", "hint"], source: source)
                guard let listIndex = card.lists.firstIndex(where: { $0.id == parts[0] }) else {
                    throw problem(section.line, "signaal '\(id)' hoort bij lijst '\(parts[0])', maar die lijst bestaat niet")
                }
                if let index = card.lists[listIndex].signals.firstIndex(where: { $0.id == id }) {
                    if let text = section.value("tekst") { card.lists[listIndex].signals[index].text = text }
                    if let hint = section.value("hint") { card.lists[listIndex].signals[index].hint = hint }
                } else {
                    guard let text = section.value("tekst"), !text.isEmpty else {
                        throw problem(section.line, "signaal '\(id)' heeft geen 'tekst'")
                    }
                    if card.allSignals.contains(where: { $0.id == id }) {
                        throw problem(section.line, "signaal '\(id)' staat al op de kaart")
                    }
                    card.lists[listIndex].signals.append(CardSignal(id: id, text: text, hint: section.value("hint") ?? ""))
                }
            default:
                throw problem(section.line, "onbekende kop '[\(section.header[0])]'; verwacht [kaart], [lijst …] of [signaal …]")
            }
        }
        guard !card.name.isEmpty else { throw problem(nil, "de kaart heeft geen 'naam' onder [kaart]") }
        guard card.allSignals.count > 0 else { throw problem(nil, "de kaart bevat geen signalen") }
        guard card.allSignals.count <= 500 else { throw problem(nil, "de kaart bevat meer dan 500 signalen") }
        return card
    }

    static func checkKeys(_ section: KeyValueDocument.Section?, allowed: Set<String>, source: String) throws {
        guard let section else { return }
        for entry in section.entries where !allowed.contains(entry.key) {
            throw FileProblem(file: source, line: entry.line,
                              message: "onbekende sleutel '\(entry.key)' (toegestaan: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    public static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 60 && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }
}
