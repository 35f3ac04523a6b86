/// Dutch counts with the right noun form: "1 signaal", "2 signalen", "0 signalen". One helper for every message.
public enum Dutch {
    public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }

    /// The nouns Voordeur counts, so a message never spells its own plural.
    public static func signals(_ n: Int) -> String { count(n, "signaal", "signalen") }
    public static func remarks(_ n: Int) -> String { count(n, "opmerking", "opmerkingen") }
    public static func descriptions(_ n: Int) -> String { count(n, "beschrijving", "beschrijvingen") }
    public static func files(_ n: Int) -> String { count(n, "bestand", "bestanden") }
    public static func drafts(_ n: Int) -> String { count(n, "concept", "concepten") }
    public static func days(_ n: Int) -> String { count(n, "dag", "dagen") }
    public static func exports(_ n: Int) -> String { count(n, "export", "exports") }
}
