import Foundation

/// Literal words in a description: what stands between quotation marks. The note repeats them as quotes, so the
/// consulent reads what the tenant said apart from what the worker saw.
public enum QuoteFinder {
    /// Opening marks with the marks that may close them. Single quotes are left out: "'s nachts" is no quote.
    static let pairs: [Character: Set<Character>] = ["\"": ["\""], "“": ["”", "“"], "„": ["”", "“", "\""], "«": ["»"]]

    public static func quotes(in text: String) -> [String] {
        var out: [String] = []
        var closers: Set<Character>?
        var current = ""
        for character in text {
            if let open = closers {
                if open.contains(character) {
                    let quote = current.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !quote.isEmpty { out.append(quote) }
                    closers = nil
                } else {
                    current.append(character)
                }
            } else if let close = pairs[character] {
                closers = close
                current = ""
            }
        }
        return out
    }
}
