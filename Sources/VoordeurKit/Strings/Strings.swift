import Foundation
import VoordeurFormats

/// One language's texts, read from `Assets/teksten.<language>` (embedded by the build plugin): `key = value` lines,
/// placeholders by name (`{pad}`), plural forms as `key.geen`, `key.een` and `key.meer`. Code names a text by its
/// key and never spells it; a key missing from a table falls back to Dutch, then to the key itself, so a gap shows
/// instead of crashing (the tests make sure there is none).
public struct Strings: Sendable {
    public let language: Language
    let table: [String: String]
    let fallback: [String: String]

    init(language: Language, table: [String: String], fallback: [String: String]) {
        self.language = language
        self.table = table
        self.fallback = fallback
    }

    /// The screen's texts: `scoped` where a caller bound one (tests: `Strings.$scoped.withValue(.for(.en)) { … }`),
    /// else the language chosen once at start (`chooseForScreen`). The note takes its own, see `HandoverNote`.
    public static var shared: Strings { scoped ?? screen }
    @TaskLocal public static var scoped: Strings?
    nonisolated(unsafe) private static var screen = Strings.for(.nl)

    /// Sets the screen's language; called once at start, before the first text is read.
    public static func chooseForScreen(_ language: Language) { screen = Strings.for(language) }

    private static let dutch = parse(.nl)
    private static let english = parse(.en)

    public static func `for`(_ language: Language) -> Strings {
        switch language {
        case .nl: return Strings(language: .nl, table: dutch, fallback: [:])
        case .en: return Strings(language: .en, table: english, fallback: dutch)
        }
    }

    /// The file name of a language's table in Assets/.
    public static func assetName(_ language: Language) -> String { "teksten.\(language.rawValue)" }

    /// The raw table of `language`, key → text (tests compare the tables).
    public static func entries(_ language: Language) -> [String: String] { language == .nl ? dutch : english }

    static func parse(_ language: Language) -> [String: String] {
        guard let text = EmbeddedAssets.files[assetName(language)],
              let document = try? KeyValueDocument(parsing: text, source: assetName(language)) else { return [:] }
        var table: [String: String] = [:]
        for section in document.sections {
            for entry in section.entries { table[entry.key] = entry.value }
        }
        return table
    }

    /// The text of `key`.
    public subscript(_ key: String) -> String { table[key] ?? fallback[key] ?? key }

    /// The text of `key` with its `{name}` placeholders filled in.
    public subscript(_ key: String, _ values: [String: Any]) -> String { Self.fill(self[key], values) }

    /// A count in words: `key.geen`, `key.een` or `key.meer`, with `{n}` the number ("3 signalen", "geen signalen").
    public func count(_ key: String, _ n: Int, _ values: [String: Any] = [:]) -> String {
        let form = n == 0 && has("\(key).geen") ? "geen" : n == 1 ? "een" : "meer"
        var values = values
        values["n"] = n
        return self["\(key).\(form)", values]
    }

    public func has(_ key: String) -> Bool { table[key] != nil || fallback[key] != nil }

    static func fill(_ text: String, _ values: [String: Any]) -> String {
        guard text.contains("{") else { return text }
        var result = text
        for (name, value) in values { result = result.replacingOccurrences(of: "{\(name)}", with: "\(value)") }
        return result
    }

    /// The `{name}` placeholders of a text (the tests check both languages use the same).
    public static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// The screen's text of `key` (see `Strings`).
public func tr(_ key: String) -> String { Strings.shared[key] }

/// The screen's text of `key` with its placeholders filled in.
public func tr(_ key: String, _ values: [String: Any]) -> String { Strings.shared[key, values] }

/// The screen's count in words: "3 signalen", "1 signal".
public func trCount(_ key: String, _ n: Int, _ values: [String: Any] = [:]) -> String { Strings.shared.count(key, n, values) }
