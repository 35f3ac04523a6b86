/// Small pieces of Dutch grammar for messages.
public enum Dutch {
    /// "1 concept", "3 concepten", "geen concepten".
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        n == 0 ? "geen \(plural)" : n == 1 ? "1 \(singular)" : "\(n) \(plural)"
    }
}
