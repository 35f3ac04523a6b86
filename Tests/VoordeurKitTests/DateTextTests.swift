import XCTest
@testable import VoordeurKit

final class DateTextTests: XCTestCase {
    /// The hand-made formatter agrees with Foundation's DateFormatter over many dates, zones and patterns.
    func testFormattingAgreesWithDateFormatter() {
        for zone in ["UTC", "Europe/Amsterdam", "America/New_York", "Asia/Kolkata"] {
            DateText.$timeZone.withValue(TimeZone(identifier: zone)!) {
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.timeZone = DateText.timeZone
                for pattern in ["dd-MM-yyyy HH:mm", "dd-MM HH:mm", "HH:mm:ss", "yyyyMMdd-HHmmss"] {
                    formatter.dateFormat = pattern
                    var seconds = -2_000_000_000.0
                    while seconds < 4_000_000_000 {
                        let date = Date(timeIntervalSince1970: seconds)
                        XCTAssertEqual(DateText.format(date, pattern), formatter.string(from: date), "\(zone) \(pattern) \(seconds)")
                        seconds += 7_777_777.7
                    }
                }
            }
        }
    }
    /// Without a zone set, local time comes from the C library (TZ, else /etc/localtime), and agrees with Foundation's
    /// zone of the same name, summer time included.
    func testSystemLocalTimeAgreesWithTheNamedZone() {
        XCTAssertNil(DateText.timeZone, "no zone bound: the system's local time")
        let savedTZ = getenv("TZ").map { String(cString: $0) }
        defer {
            if let savedTZ { setenv("TZ", savedTZ, 1) } else { unsetenv("TZ") }
            tzset()
        }
        for zone in ["Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "UTC"] {
            setenv("TZ", zone, 1)
            tzset()
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: zone)!
            formatter.dateFormat = "dd-MM-yyyy HH:mm:ss"
            var seconds = 0.0
            while seconds < 4_000_000_000 {
                let date = Date(timeIntervalSince1970: seconds)
                XCTAssertEqual(DateText.format(date, "dd-MM-yyyy HH:mm:ss"), formatter.string(from: date), "\(zone) \(seconds)")
                seconds += 3_333_333.3
            }
        }
    }
}
