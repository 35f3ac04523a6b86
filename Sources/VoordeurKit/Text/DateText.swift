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

    /// Reads "22-11-2026 09:30" (also "22-11-2026 9.30", "22/11/2026 09:30") in `timeZone`; nil when it is not a real
    /// date and time.
    public static func parseDateTime(_ text: String) -> Date? {
        let parts = text.split(whereSeparator: { " -/.:".contains($0) }).map(String.init)
        guard parts.count == 5, let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]),
              let hour = Int(parts[3]), let minute = Int(parts[4]) else { return nil }
        if year < 100 { year += 2000 }
        guard (1...31).contains(day), (1...12).contains(month), (2000...2100).contains(year), (0...23).contains(hour),
              (0...59).contains(minute) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month else { return nil }
        return date
    }
}
