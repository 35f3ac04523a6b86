import XCTest
@testable import VoordeurKit

/// The index of draft summaries beside the drafts (`concepten.lijst`, issue 13): used only for drafts unchanged since
/// it was written, gone with every deleted draft, and a broken one is ignored and made anew.
final class SummaryIndexTests: XCTestCase {
    var folder: URL!
    var store: DraftStore!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-index-\(UUID().uuidString)")
        store = DraftStore(folder: folder)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    var indexURL: URL { folder.appendingPathComponent(SummaryIndex.fileName) }

    func visit(_ id: String, minutes: Double, reference: String = "", ticked: Int = 0) -> Visit {
        var visit = Visit(id: id, startedAt: Date(timeIntervalSince1970: 1_796_000_000))
        visit.updatedAt = Date(timeIntervalSince1970: 1_796_000_000 + minutes * 60)
        visit.homeReference = reference
        for n in 0..<(ticked + 1) { visit.observations.append(Observation(signalID: "s\(n)", ticked: n < ticked)) }
        return visit
    }

    func indexText() throws -> String { try String(contentsOf: indexURL, encoding: .utf8) }

    func testAListingWritesTheIndexAndTheNextListingReadsTheSameFromIt() throws {
        let visits = [visit("20261202-0900-00aa", minutes: 1, reference: "WO-1 é", ticked: 2),
                      visit("20261202-0900-00ab", minutes: 3), visit("20261202-0900-00ac", minutes: 2, ticked: 1)]
        for visit in visits { try store.save(visit) }
        let first = store.summaries()
        XCTAssertEqual(first.summaries, [visits[1], visits[2], visits[0]].map(DraftSummary.init))
        XCTAssertEqual(first.problems, [])
        let written = try indexText()
        XCTAssertTrue(written.hasPrefix(SummaryIndex.header + "\n"), written)
        XCTAssertEqual(written.split(separator: "\n").count, 4, written)
        var info = stat()
        XCTAssertEqual(stat(indexURL.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)

        // Unchanged drafts come from the index: a draft's bytes replaced by garbage under the same stamp would show.
        // So the check is the other way round: the index's own entries give the same summaries, exactly (dates too).
        let parsed = try XCTUnwrap(Data(contentsOf: indexURL).withUnsafeBytes { SummaryIndex.parse($0.bindMemory(to: UInt8.self)) })
        XCTAssertEqual(Set(parsed.entries.map(\.summary.id)), Set(visits.map(\.id)))
        for entry in parsed.entries {
            XCTAssertEqual(entry.summary, DraftSummary(visits.first { $0.id == entry.summary.id }!))
        }
        let second = store.summaries()
        XCTAssertEqual(second.summaries, first.summaries)
        XCTAssertEqual(try indexText(), written, "nothing changed, so the index is not written again")
    }

    func testAnIndexEntryIsUsedOnlyWhileItsDraftIsUnchanged() throws {
        var draft = visit("20261202-0900-00aa", minutes: 1)
        try store.save(draft)
        _ = store.summaries()
        // A forged index entry for the same draft, with the right stamp, is believed: this proves the index is read.
        let forged = try indexText().replacingOccurrences(of: "\tconcept\t", with: "\tovergedragen\t")
        try Data(forged.utf8).write(to: indexURL)
        XCTAssertEqual(store.summaries().summaries.map(\.status), [.overgedragen])
        // Saving the draft gives it a new stamp: the entry is no longer used, and the index is written anew.
        draft.homeReference = "WO-7"
        try store.save(draft)
        XCTAssertEqual(store.summaries().summaries, [DraftSummary(draft)])
        XCTAssertTrue(try indexText().contains("\tconcept\t") && !indexText().contains("overgedragen"))
    }

    func testDeletingADraftLeavesNoSummaryOfItInTheFolder() throws {
        let keep = visit("20261202-0900-00aa", minutes: 1), gone = visit("20261202-0900-00bb", minutes: 2, reference: "WO-99")
        try store.save(keep)
        try store.save(gone)
        _ = store.summaries()
        XCTAssertTrue(try indexText().contains(gone.id))
        XCTAssertTrue(try store.delete(id: gone.id))
        func anyFileMentions(_ text: String) throws -> Bool {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { name in
                name.contains(text) || (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))?.contains(text) == true
            }
        }
        XCTAssertFalse(try anyFileMentions(gone.id))
        XCTAssertFalse(try anyFileMentions("WO-99"))
        XCTAssertEqual(store.summaries().summaries, [DraftSummary(keep)])
        XCTAssertFalse(try anyFileMentions(gone.id))
        XCTAssertTrue(try indexText().contains(keep.id))
        // A draft removed behind the program's back is dropped from the index at the next listing.
        try FileManager.default.removeItem(at: store.url(for: keep.id))
        XCTAssertEqual(store.summaries().summaries, [])
        XCTAssertFalse(try anyFileMentions(keep.id))
    }

    func testRetentionAtStartWritesAnIndexWithoutTheDeletedDrafts() throws {
        let now = Date(timeIntervalSince1970: 1_796_000_000 + 86_400)
        var old = visit("20261202-0900-00aa", minutes: 0)
        old.updatedAt = now.addingTimeInterval(-40 * 86_400)
        let recent = visit("20261202-0900-00bb", minutes: 5)
        try store.save(old)
        try store.save(recent)
        _ = store.summaries()
        let opening = try store.open(retentionDays: 30, now: now)
        XCTAssertEqual(opening.removed, [old.id])
        XCTAssertEqual(opening.visits, [DraftSummary(recent)])
        let text = try indexText()
        XCTAssertFalse(text.contains(old.id), text)
        XCTAssertTrue(text.contains(recent.id), text)
    }

    func testABrokenIndexIsIgnoredAndMadeAnew() throws {
        let draft = visit("20261202-0900-00aa", minutes: 1, ticked: 1)
        try store.save(draft)
        for broken in ["", "voordeur concepten 1", "voordeur concepten 1\n1\t2\n", "iets anders\n",
                       "voordeur concepten 1\n1\t2\t3\t4\t5\t6\t../x\t1\t0\t0\tconcept\t0\t\n"] {
            try Data(broken.utf8).write(to: indexURL)
            XCTAssertEqual(store.summaries().summaries, [DraftSummary(draft)], broken)
            XCTAssertTrue(try indexText().contains(draft.id), broken)
        }
        // A damaged draft is never indexed; it is set aside as before.
        try Data("{\"id\": ".utf8).write(to: store.url(for: "20261202-0900-00cc"))
        let listed = store.summaries()
        XCTAssertEqual(listed.problems.map(\.file), ["bezoek-20261202-0900-00cc.json"])
        XCTAssertFalse(try indexText().contains("00cc"))
    }

    func testDeleteAllRemovesTheIndexWithoutCountingIt() throws {
        try store.save(visit("20261202-0900-00aa", minutes: 1))
        _ = store.summaries()
        XCTAssertTrue(FileManager.default.fileExists(atPath: indexURL.path))
        XCTAssertEqual(try store.deleteAll(), 1)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testAListingOfAnEmptyOrMissingFolderWritesNothing() throws {
        XCTAssertEqual(store.summaries().summaries, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertEqual(store.summaries().summaries, [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testIdsSortByTheirBytesWhateverTheKey() {
        let ids = ["20261202-0900-00aa", "20261202-0900-00ab", "20261202-0900-0", "2026120", "a", "ab", "a-b",
                   "20261202-0900-00aa-0123456789", "20261202-0900-00aa-0123456788", "z", "0"]
        for a in ids {
            for b in ids {
                XCTAssertEqual(DraftID.precedes(a, b), a < b, "\(a) \(b)")
                let keys = (DraftID.SortKey(a), DraftID.SortKey(b))
                if keys.0 != keys.1 { XCTAssertEqual(keys.0 < keys.1, a < b, "\(a) \(b)") }
            }
        }
    }

    func testDateTimeOnBytesIsTheFormattedDate() {
        DateText.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        defer { DateText.timeZone = nil }
        for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000, by: 86_399_937.5) {
            let date = Date(timeIntervalSince1970: seconds)
            XCTAssertEqual(DateText.dateTime(date), DateText.format(date, "dd-MM-yyyy HH:mm"), "\(seconds)")
        }
        XCTAssertEqual(DateText.dateTime(Date(timeIntervalSince1970: 1_764_627_244)), "01-12-2025 23:14")
    }
}
