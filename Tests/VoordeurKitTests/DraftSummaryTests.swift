import XCTest
@testable import VoordeurKit

/// The summaries lists show, the hand-written dates, and the coach built on its own thread (issue 13).
final class DraftSummaryTests: XCTestCase {
    func visit(_ id: String, reference: String = "", ticked: Int = 0, own: Int = 0) -> Visit {
        var visit = Visit(id: id, startedAt: Date(timeIntervalSince1970: 1_764_000_000))
        visit.updatedAt = Date(timeIntervalSince1970: 1_764_003_600)
        visit.homeReference = reference
        for n in 0..<(ticked + 2) {
            var observation = Observation(signalID: "s\(n)", ticked: n < ticked)
            observation.description = "regel \"een\"\\ met é, \u{1F600} en\ttab\nen een tweede regel"
            visit.observations.append(observation)
        }
        for n in 0..<own { visit.ownSignals.append(OwnSignal(id: "o\(n)", title: "eigen \(n)")) }
        return visit
    }

    func testTheStoreListsFromSummariesAndStillSetsBrokenDraftsAside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-summary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DraftStore(folder: folder)
        let good = visit("20261201-1000-00aa", reference: "WO-1", ticked: 2, own: 1)
        try store.save(good)
        try Data("{\"id\": ".utf8).write(to: store.url(for: "20261201-1000-00bb"))
        let listed = store.summaries()
        XCTAssertEqual(listed.summaries, [DraftSummary(good)])
        XCTAssertEqual(listed.problems.map(\.file), ["bezoek-20261201-1000-00bb.json"])
        XCTAssertNotNil(listed.problems.first?.movedTo, "a damaged draft is set aside, as by the full reader")
        XCTAssertEqual(try store.open(retentionDays: 100_000).latestConcept, good)
    }

    func testISODatesAreReadAndWrittenWithoutAFormatter() throws {
        let date = Date(timeIntervalSince1970: 1_764_627_244)
        XCTAssertEqual(DateText.iso8601(date), ISO8601DateFormatter().string(from: date))
        XCTAssertEqual(DateText.parseISO8601("2025-12-01T22:14:04Z"), date)
        XCTAssertEqual(DateText.parseISO8601("2025-12-01T23:14:04+01:00"), date)
        XCTAssertEqual(try XCTUnwrap(DateText.parseISO8601("2025-12-01T22:14:04.250Z")).timeIntervalSince1970,
                       date.timeIntervalSince1970 + 0.25, accuracy: 0.0001)
        for broken in ["2025-02-30T10:00:00Z", "2025-12-01 22:14:04Z", "2025-12-01T22:14:04", "2025-13-01T22:14:04Z", ""] {
            XCTAssertNil(DateText.parseISO8601(broken), broken)
        }
        // Every day of four years, leap day included, comes back as itself.
        for day in stride(from: -400, to: 1100, by: 1) {
            let moment = Date(timeIntervalSince1970: 1_700_000_000 + Double(day) * 86_400)
            XCTAssertEqual(DateText.parseISO8601(DateText.iso8601(moment)), moment)
        }
    }

    func testPaddingCountsCharacters() {
        XCTAssertEqual("ab".padded(to: 4), "ab  ")
        XCTAssertEqual("abcdef".padded(to: 3), "abc")
        XCTAssertEqual("ë↑".padded(to: 3), "ë↑ ")
        XCTAssertEqual("a\r\nb".padded(to: 4), "a\r\nb ", "CR LF is one character")
        XCTAssertEqual("abc".padded(to: 3), "abc")
        XCTAssertEqual(TextSanitizer.singleLine("  nog 3 dagen  "), "nog 3 dagen")
        XCTAssertEqual(TextSanitizer.singleLine("concept"), "concept")
        XCTAssertEqual(TextSanitizer.singleLine("   "), "")
        XCTAssertEqual(TextSanitizer.singleLine("\u{00A0}één\u{2003}"), "één")
    }

    func testAPendingCoachAnswersAsTheCoachItBuilds() {
        let text = "hij is echt een zuiplap"
        // Started on its own thread.
        let started = PendingCoach(building: { Coach(spelling: .off) })
        XCTAssertFalse(started.isReady, "nothing is built before start() or a use")
        started.start()
        started.start()
        XCTAssertEqual(started.coach.analyse(text), Coach(spelling: .off).analyse(text))
        XCTAssertTrue(started.isReady)
        // Used before anyone started it: built on the spot, once.
        let builds = Counter()
        let used = PendingCoach(building: { builds.increment(); return Coach(spelling: .off) })
        XCTAssertEqual(used.coach.analyse(text), Coach(spelling: .off).analyse(text))
        used.start()
        _ = used.coach
        XCTAssertEqual(builds.value, 1)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }
}
