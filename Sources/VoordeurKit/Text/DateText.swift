import Foundation
import Synchronization

/// Dates as the worker reads them. One time zone for all of them, so tests can fix it.
public enum DateText {
    nonisolated(unsafe) public static var timeZone = TimeZone.current {
        didSet { cache.withLock { $0 = [:] } }
    }

    /// Formatters are costly to make; one per pattern is kept (the renderer asks for dates on every frame).
    private static let cache = Mutex<[String: DateFormatter]>([:])

    public static func format(_ date: Date, _ pattern: String) -> String {
        cache.withLock { formatters in
            if let formatter = formatters[pattern] { return formatter.string(from: date) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "nl_NL")
            formatter.timeZone = timeZone
            formatter.dateFormat = pattern
            formatters[pattern] = formatter
            return formatter.string(from: date)
        }
    }

    /// 22-11-2026 09:30
    public static func dateTime(_ date: Date) -> String { format(date, "dd-MM-yyyy HH:mm") }
}
