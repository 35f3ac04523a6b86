/// Small pieces of Dutch grammar for messages: one helper for every count, so no message spells its own plural.
public enum Dutch {
    /// "1 concept", "3 concepten", "geen concepten".
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        n == 0 ? "geen \(plural)" : n == 1 ? "1 \(singular)" : "\(n) \(plural)"
    }

    /// "1 dag", "0 dagen", "14 dagen": a number of days is always a number.
    public static func days(_ n: Int) -> String { "\(n) \(n == 1 ? "dag" : "dagen")" }

    public static func signals(_ n: Int) -> String { count(n, "signaal", "signalen") }
    public static func remarks(_ n: Int) -> String { count(n, "opmerking", "opmerkingen") }
    public static func descriptions(_ n: Int) -> String { count(n, "beschrijving", "beschrijvingen") }
    public static func files(_ n: Int) -> String { count(n, "bestand", "bestanden") }
    public static func drafts(_ n: Int) -> String { count(n, "concept", "concepten") }
    public static func exports(_ n: Int) -> String { count(n, "export", "exports") }
}
