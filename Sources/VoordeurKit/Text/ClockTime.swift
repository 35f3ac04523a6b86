import Foundation

/// A time of day as workers type it beside an observation ("14:35", "14.35", "9:05", "1435"), so the note can put
/// the observations in the order they happened.
public enum ClockTime {
    /// Minutes since midnight, or nil when the text is no time of day.
    public static func minutes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " uur", with: "")
        let unified = trimmed.replacingOccurrences(of: ".", with: ":").replacingOccurrences(of: "u", with: ":")
        let parts = unified.split(separator: ":", omittingEmptySubsequences: false)
        var hour: Int?, minute: Int?
        if parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count) {
            hour = Int(parts[0])
            minute = Int(parts[1])
        } else if parts.count == 1, unified.count == 4, unified.allSatisfy(\.isASCII) {
            hour = Int(unified.prefix(2))
            minute = Int(unified.suffix(2))
        }
        guard let hour, let minute, (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    /// "14:35" for every spelling of it; anything else trimmed, as typed.
    public static func normalized(_ text: String) -> String {
        guard let minutes = minutes(text) else { return text.trimmingCharacters(in: .whitespaces) }
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
