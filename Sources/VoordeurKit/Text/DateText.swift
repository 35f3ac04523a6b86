import Foundation

/// Dates as the worker reads them. One time zone for all of them, so tests can fix it.
public enum DateText {
    /// nil: the system's local time, read through the C library (`localtime_r`), which costs nothing at start-up;
    /// Foundation's `TimeZone.current` reads and parses the zone file (about half a millisecond before the first
    /// frame). A task-local value, not a global: a test binds a zone for its own run
    /// (`DateText.$timeZone.withValue(utc) { … }`), so tests that bind different zones can run in parallel.
    @TaskLocal public static var timeZone: TimeZone?

    /// Seconds east of UTC at `date` in `timeZone`, else in the system's local time.
    static func secondsFromGMT(for date: Date) -> Int {
        if let timeZone { return timeZone.secondsFromGMT(for: date) }
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    /// Numeric patterns only (yyyy, MM, dd, HH, mm, ss; anything else is copied): formatted by hand, so showing a
    /// date needs no DateFormatter and no ICU on the start-up path. `format` is called on every frame.
    public static func format(_ date: Date, _ pattern: String) -> String {
        // Milliseconds first, as ICU counts them, so a time a hair under the next second shows as that second.
        let (utc, _) = floorDivision(Int((date.timeIntervalSince1970 * 1000).rounded()), 1000)
        let local = utc + secondsFromGMT(for: date)
        let (days, seconds) = floorDivision(local, 86_400)
        let (year, month, day) = civil(fromDays: days)
        // Built on bytes: a row of `lijst` for every draft and a date on every frame format here.
        var out: [UInt8] = []
        out.reserveCapacity(pattern.utf8.count + 4)
        func two(_ n: Int) {
            out.append(0x30 + UInt8(n / 10 % 10))
            out.append(0x30 + UInt8(n % 10))
        }
        func number(_ n: Int) {
            if n < 0 { out.append(UInt8(ascii: "-")) }
            out += String(abs(n)).utf8
        }
        let p = Array(pattern.utf8)
        var i = 0
        func next(_ byte: UInt8, _ count: Int) -> Bool {
            guard i + count <= p.count else { return false }
            for k in 0..<count where p[i + k] != byte { return false }
            i += count
            return true
        }
        while i < p.count {
            if next(0x79, 4) { number(year); continue }                 // yyyy
            if next(0x4D, 2) { two(month); continue }                   // MM
            if next(0x64, 2) { two(day); continue }                     // dd
            if next(0x48, 2) { two(seconds / 3600); continue }          // HH
            if next(0x6D, 2) { two(seconds / 60 % 60); continue }       // mm
            if next(0x73, 2) { two(seconds % 60); continue }            // ss
            // Anything else is copied, byte by byte (a UTF-8 sequence stays whole).
            out.append(p[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
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

    /// Days since 1970-01-01 of a proleptic Gregorian date (the inverse of `civil(fromDays:)`).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// "2026-12-01T22:14:04Z": UTC to the second, as `ISO8601DateFormatter` writes it, without ICU.
    public static func iso8601(_ date: Date) -> String {
        let (days, seconds) = floorDivision(Int(date.timeIntervalSince1970.rounded(.down)), 86_400)
        let (year, month, day) = civil(fromDays: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-\(two(month))-\(two(day))T"
            + "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    /// Reads the dates drafts are written with (`JSONEncoder`'s `.iso8601`): "2026-12-01T22:14:04Z", also with
    /// fractional seconds or an offset ("+01:00"). Nil for anything else, or a date that does not exist.
    public static func parseISO8601(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parseISO8601(utf8: $0) }
    }

    /// `parseISO8601` on UTF-8 bytes (a draft's bytes as they are read).
    public static func parseISO8601(utf8 b: UnsafeBufferPointer<UInt8>) -> Date? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for byte in b[from..<(from + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard b.count >= 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        var fraction = 0.0
        if b[index] == 0x2E {
            index += 1
            var scale = 0.1
            let start = index
            while index < b.count, b[index] >= 0x30, b[index] <= 0x39 {
                fraction += Double(b[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset = 0
        guard index < b.count else { return nil }
        if b[index] == 0x5A, index + 1 == b.count {
            offset = 0
        } else if b[index] == 0x2B || b[index] == 0x2D, index + 6 == b.count, b[index + 3] == 0x3A,
                  let hours = number(index + 1, 2), let minutes = number(index + 4, 2) {
            offset = (hours * 3600 + minutes * 60) * (b[index] == 0x2D ? -1 : 1)
        } else {
            return nil
        }
        let days = days(fromCivil: year, month, day)
        // A day that does not exist (31 April) comes back as another date.
        guard civil(fromDays: days) == (year, month, day) else { return nil }
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// 22-11-2026 09:30
    public static func dateTime(_ date: Date) -> String {
        var out: [UInt8] = []
        appendDateTime(date, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `dateTime` appended to bytes (a row of `lijst` for each of hundreds of drafts), without a pattern to read.
    public static func appendDateTime(_ date: Date, to out: inout [UInt8]) {
        let (utc, _) = floorDivision(Int((date.timeIntervalSince1970 * 1000).rounded()), 1000)
        let (days, seconds) = floorDivision(utc + secondsFromGMT(for: date), 86_400)
        let (year, month, day) = civil(fromDays: days)
        guard (0...9999).contains(year) else {
            out += format(date, "dd-MM-yyyy HH:mm").utf8
            return
        }
        func two(_ n: Int) {
            out.append(0x30 + UInt8(n / 10 % 10))
            out.append(0x30 + UInt8(n % 10))
        }
        two(day); out.append(0x2D); two(month); out.append(0x2D); two(year / 100); two(year % 100)
        out.append(0x20); two(seconds / 3600); out.append(0x3A); two(seconds / 60 % 60)
    }

    /// Reads "22-11-2026 09:30" (also "22-11-2026 9.30", "22/11/2026 09:30") in `timeZone`; nil when it is not a real
    /// date and time.
    /// The visit time as workers type it: "22-11-2026 09:30", "1-12 10:15" (this year, or last year when that
    /// would lie in the future), "10:15" (today), "vandaag 8:00", "gisteren 16:00", "eergisteren 9.30".
    public static func parseVisitTime(_ text: String, now: Date) -> Date? {
        if let full = parseDateTime(text) { return full }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone ?? .current
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last, let minutes = ClockTime.minutes(last) else { return nil }
        var day = calendar.startOfDay(for: now)
        switch words.dropLast().joined(separator: " ") {
        case "", "vandaag": break
        case "gisteren": day = calendar.date(byAdding: .day, value: -1, to: day)!
        case "eergisteren": day = calendar.date(byAdding: .day, value: -2, to: day)!
        case let date:
            let parts = date.split(whereSeparator: { "-/.".contains($0) }).compactMap { Int($0) }
            guard parts.count == 2, (1...31).contains(parts[0]), (1...12).contains(parts[1]) else { return nil }
            var year = calendar.component(.year, from: now)
            func make(_ year: Int) -> Date? {
                guard let made = calendar.date(from: DateComponents(year: year, month: parts[1], day: parts[0])),
                      calendar.component(.day, from: made) == parts[0] else { return nil }
                return made
            }
            guard var made = make(year) else { return nil }
            // A visit is never in the future: "28-12" typed on 2 January is last year's.
            if made > now.addingTimeInterval(86_400) { year -= 1; guard let earlier = make(year) else { return nil }; made = earlier }
            day = made
        }
        return day.addingTimeInterval(TimeInterval(minutes * 60))
    }

    public static func parseDateTime(_ text: String) -> Date? {
        let parts = text.split(whereSeparator: { " -/.:".contains($0) }).map(String.init)
        guard parts.count == 5, let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]),
              let hour = Int(parts[3]), let minute = Int(parts[4]) else { return nil }
        if year < 100 { year += 2000 }
        guard (1...31).contains(day), (1...12).contains(month), (2000...2100).contains(year), (0...23).contains(hour),
              (0...59).contains(minute) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone ?? .current
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month else { return nil }
        return date
    }
}
