import Foundation

/// Dates as the worker reads them. One time zone for all of them, so tests can fix it.
public enum DateText {
    nonisolated(unsafe) public static var timeZone = TimeZone.current

    /// Numeric patterns only (yyyy, MM, dd, HH, mm, ss; anything else is copied): formatted by hand, so showing a
    /// date needs no DateFormatter and no ICU on the start-up path. `format` is called on every frame.
    public static func format(_ date: Date, _ pattern: String) -> String {
        // Milliseconds first, as ICU counts them, so a time a hair under the next second shows as that second.
        let (utc, _) = floorDivision(Int((date.timeIntervalSince1970 * 1000).rounded()), 1000)
        let local = utc + timeZone.secondsFromGMT(for: date)
        let (days, seconds) = floorDivision(local, 86_400)
        let (year, month, day) = civil(fromDays: days)
        var out = ""
        var rest = Substring(pattern)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        while let first = rest.first {
            if rest.hasPrefix("yyyy") { out += String(year); rest = rest.dropFirst(4); continue }
            if rest.hasPrefix("MM") { out += two(month); rest = rest.dropFirst(2); continue }
            if rest.hasPrefix("dd") { out += two(day); rest = rest.dropFirst(2); continue }
            if rest.hasPrefix("HH") { out += two(seconds / 3600); rest = rest.dropFirst(2); continue }
            if rest.hasPrefix("mm") { out += two(seconds / 60 % 60); rest = rest.dropFirst(2); continue }
            if rest.hasPrefix("ss") { out += two(seconds % 60); rest = rest.dropFirst(2); continue }
            out.append(first)
            rest = rest.dropFirst()
        }
        return out
    }

    static func floorDivision(_ a: Int, _ b: Int) -> (Int, Int) {
        let q = a >= 0 ? a / b : (a - b + 1) / b
        return (q, a - q * b)
    }

    /// Year, month, day of a day count since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
