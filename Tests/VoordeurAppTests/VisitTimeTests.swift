import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Issue 21, item 5: the visit time as workers type it.
final class VisitTimeTests: UTCTestCase {
    func parsed(_ text: String) -> String? {
        DateText.parseVisitTime(text, now: Fixture.start).map(DateText.dateTime)
    }

    func testTheWaysWorkersTypeIt() {
        _ = Fixture.state() // sets the time zone
        XCTAssertEqual(parsed("22-11-2026 09:30"), "22-11-2026 09:30")
        XCTAssertEqual(parsed("1-11 10:15"), "01-11-2026 10:15")
        XCTAssertEqual(parsed("1-12 10:15"), "01-12-2025 10:15", "a visit is never in the future")
        XCTAssertEqual(parsed("08:15"), "22-11-2026 08:15")
        XCTAssertEqual(parsed("vandaag 8.00"), "22-11-2026 08:00")
        XCTAssertEqual(parsed("gisteren 16:00"), "21-11-2026 16:00")
        XCTAssertNil(parsed("gisteren"))
        XCTAssertNil(parsed("31-2 10:00"))
    }

    func testTheFieldIsNeverReadAsPersonalDataAndItsLabelStaysApart() {
        for (rows, columns) in [(24, 80), (20, 60)] {
            var state = Fixture.state(rows: rows, columns: columns)
            state.tab = .visit
            state.press(.enter)
            XCTAssertEqual(state.editor?.fields.first?.spec.kind, .dateTime)
            XCTAssertEqual(state.editor?.personalData, [], "a date is no phone number")
            let line = Renderer.render(state).textLines().first { $0.contains("Datum en tijd: ") } ?? ""
            XCTAssertTrue(line.contains("Datum en tijd: 22-11-2026 09:30"), line)
            for _ in 0..<16 { state.press(.backspace) }
            state.type("21-11 16:05")
            state.press(.escape)
            XCTAssertEqual(DateText.dateTime(state.visit.startedAt), "21-11-2026 16:05")
        }
    }

    func testTheNoteFileNameFollowsTheCorrectedTime() {
        var state = Fixture.state(config: Fixture.config)
        state.visit.startedAt = DateText.parseVisitTime("gisteren 16:05", now: Fixture.start)!
        state.visit = NoteSectionsTests_visit_with(state.visit)
        state.tab = .handover
        guard case .writeExport(_, let name, _, let id)? = state.press(.character("e")).first else {
            return XCTFail("no export")
        }
        XCTAssertEqual(name, "overdracht-20261121-1605-abcd.txt")
        XCTAssertEqual(id, "20261122-0930-abcd")
    }
}

/// The visit with nothing open, at another time.
func NoteSectionsTests_visit_with(_ timed: Visit) -> Visit {
    var visit = NoteSectionsTests_visit()
    visit.startedAt = timed.startedAt
    return visit
}
