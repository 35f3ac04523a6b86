import Foundation

/// Dates as the worker reads them. One time zone for all of them, so tests can fix it.
public enum DateText {
    nonisolated(unsafe) public static var timeZone = TimeZone.current

    public static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// 22-11-2026 09:30
    public static func dateTime(_ date: Date) -> String { format(date, "dd-MM-yyyy HH:mm") }
}
