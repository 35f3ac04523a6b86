import Foundation

/// The case file's format, the card's `key = value` format:
///
///     [casussen]                  (optional; a corporation's file: modus = aanvullen | vervangen)
///     [casus ID]
///     titel = …
///     situatie = …                (repeat for another paragraph)
///     signalen = woning.vuistafdrukken; huurder.onderdanig   (card ids; empty: no signal at all)
///     eigen-signalen = …; …       (signals off the card)
///     voorbeeld = …               (repeat for a second model description)
///     volgende-stap = …
///     valkuilen = …
///
/// Every problem names the file and the line (`FileProblem`); a signal id must be on `card`.
public enum PracticeCaseParser {
    static let caseKeys: Set<String> = ["titel", "situatie", "signalen", "eigen-signalen", "voorbeeld", "volgende-stap", "valkuilen"]
    public static let maximumCases = 500

    /// Parses `text`; with `base` the file is a corporation's: `modus = aanvullen` (the default) adds its cases to
    /// `base` (a case with an id already there replaces it), `modus = vervangen` uses its cases only.
    public static func parse(_ text: String, source: String, card: Signalenkaart, base: [PracticeCase]?) throws -> [PracticeCase] {
        let doc = try KeyValueDocument(parsing: text, source: source)
        func problem(_ line: Int?, _ key: String, _ values: [String: Any] = [:]) -> FileProblem {
            FileProblem(file: source, line: line, message: tr(key, values))
        }
        if let stray = doc.sections[0].entries.first {
            throw problem(stray.line, "oefen.fout.buitenkop", ["sleutel": stray.key])
        }
        var mode = "aanvullen"
        var cases: [PracticeCase] = []
        var lines: [String: Int] = [:]
        for section in doc.sections.dropFirst() {
            switch section.header[0] {
            case "casussen":
                for entry in section.entries {
                    guard entry.key == "modus" else {
                        throw problem(entry.line, "oefen.fout.sleutel", ["sleutel": entry.key, "toegestaan": "modus"])
                    }
                    guard ["aanvullen", "vervangen"].contains(entry.value.lowercased()) else {
                        throw problem(entry.line, "oefen.fout.modus", ["waarde": entry.value])
                    }
                    mode = entry.value.lowercased()
                }
            case "casus":
                guard section.header.count == 2, CardParser.isValidID(section.header[1]) else {
                    throw problem(section.line, "oefen.fout.kop")
                }
                let id = section.header[1]
                if let earlier = lines[id] { throw problem(section.line, "oefen.fout.dubbel", ["id": id, "regel": earlier]) }
                lines[id] = section.line
                cases.append(try parseCase(section, id: id, card: card, problem: problem))
            default:
                throw problem(section.line, "oefen.fout.onbekendekop", ["kop": section.header[0]])
            }
        }
        var result = cases
        if mode == "aanvullen", let base {
            result = base.map { old in cases.first { $0.id == old.id } ?? old }
            result += cases.filter { new in !base.contains { $0.id == new.id } }
        }
        guard !result.isEmpty else { throw problem(nil, "oefen.fout.geen") }
        guard result.count <= maximumCases else { throw problem(nil, "oefen.fout.teveel", ["n": maximumCases]) }
        return result
    }

    static func parseCase(_ section: KeyValueDocument.Section, id: String, card: Signalenkaart,
                          problem: (Int?, String, [String: Any]) -> FileProblem) throws -> PracticeCase {
        for entry in section.entries where !caseKeys.contains(entry.key) {
            throw problem(entry.line, "oefen.fout.sleutel", ["sleutel": entry.key, "toegestaan": caseKeys.sorted().joined(separator: ", ")])
        }
        func required(_ key: String) throws -> String {
            guard let value = section.value(key), !value.isEmpty else {
                throw problem(section.line, "oefen.fout.ontbreekt", ["id": id, "sleutel": key])
            }
            return value
        }
        func all(_ key: String) -> [String] { section.entries.filter { $0.key == key }.map(\.value).filter { !$0.isEmpty } }
        func list(_ value: String?) -> [String] {
            (value ?? "").split(separator: ";").map { KeyValueDocument.trim($0) }.filter { !$0.isEmpty }
        }
        let title = try required("titel")
        let situation = all("situatie")
        guard !situation.isEmpty else { throw problem(section.line, "oefen.fout.ontbreekt", ["id": id, "sleutel": "situatie"]) }
        let nextStep = try required("volgende-stap")
        guard let signalsEntry = section.entry("signalen") else {
            throw problem(section.line, "oefen.fout.ontbreekt", ["id": id, "sleutel": "signalen"])
        }
        let signals = list(signalsEntry.value)
        for signal in signals where card.signal(id: signal) == nil {
            throw problem(signalsEntry.line, "oefen.fout.signaal", ["signaal": signal])
        }
        return PracticeCase(id: id, title: title, situation: situation, signals: signals,
                            freeSignals: list(section.value("eigen-signalen")), models: all("voorbeeld"),
                            nextStep: nextStep, pitfalls: section.value("valkuilen") ?? "")
    }
}
