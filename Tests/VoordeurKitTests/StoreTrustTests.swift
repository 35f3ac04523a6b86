import XCTest
@testable import VoordeurKit

/// The storage defects of the black-box audit (issue 23, items 2, 3, 5, 9 and 10), each with the test that failed
/// before the fix.
final class StoreTrustTests: XCTestCase {
    var root: URL!
    var folder: URL { root.appendingPathComponent("data") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-storetrust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    /// Item 9: a draft holding an array nested 50,000 deep is set aside with one Dutch line, by the listing and at
    /// start, and the next start finds nothing left to trip over (before: the hand-written reader recursed until
    /// the stack ran out).
    func testADeeplyNestedDraftIsSetAsideNotACrash() throws {
        let store = DraftStore(folder: folder)
        try store.save(Visit(id: "goed", startedAt: Date()))
        let deep = "{\"schemaVersion\": 1, \"id\": \"diep\", \"x\": " + String(repeating: "[", count: 50_000)
            + String(repeating: "]", count: 50_000) + "}"
        try Data(deep.utf8).write(to: store.url(for: "diep"))
        let listed = store.summaries()
        XCTAssertEqual(listed.summaries.map(\.id), ["goed"])
        XCTAssertEqual(listed.problems.map(\.file), ["bezoek-diep.json"])
        XCTAssertTrue(listed.problems[0].description.hasPrefix("Onleesbaar concept apart gezet in beschadigd/"), listed.problems[0].description)
        XCTAssertFalse(exists(store.url(for: "diep")))
        XCTAssertEqual(try store.open(retentionDays: 14).problems, [], "set aside once: the next start is clean")
    }

    /// Item 10: a draft dated a year ahead shows the full retention period (not 379 days), counts from its file's
    /// time, and the start says the clock looked wrong.
    func testADraftDatedNextYearCountsAsNow() throws {
        let store = DraftStore(folder: folder)
        let now = Date()
        var future = Visit(id: "toekomst", startedAt: now)
        future.updatedAt = now.addingTimeInterval(365 * 86_400)
        try store.save(future)
        let opening = try store.open(retentionDays: 14, now: now)
        let summary = try XCTUnwrap(opening.visits.first)
        XCTAssertEqual(DataLayout.daysLeft(retentionDays: 14, changed: summary.updatedAt, now: now), 14)
        XCTAssertLessThanOrEqual(summary.updatedAt, now)
        XCTAssertEqual(opening.clockAhead, ["toekomst"])
        XCTAssertTrue(opening.notices(retentionDays: 14).contains { $0.hasPrefix("De klok leek verkeerd te staan") })
        // Fifteen days later (by the clock) it is past the period, whatever its date says.
        XCTAssertEqual(try store.open(retentionDays: 14, now: now.addingTimeInterval(15 * 86_400)).removed, ["toekomst"])
    }

    func testDaysLeftIsOneRuleEverywhere() {
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        XCTAssertEqual(DataLayout.daysLeft(retentionDays: 14, changed: now, now: now), 14)
        XCTAssertEqual(DataLayout.daysLeft(retentionDays: 14, changed: now.addingTimeInterval(-86_399), now: now), 14)
        XCTAssertEqual(DataLayout.daysLeft(retentionDays: 14, changed: now.addingTimeInterval(-86_400), now: now), 13)
        XCTAssertEqual(DataLayout.daysLeft(retentionDays: 14, changed: now.addingTimeInterval(-14 * 86_400), now: now), 0)
        XCTAssertTrue(DataLayout.isExpired(retentionDays: 14, changed: now.addingTimeInterval(-14 * 86_400), now: now))
        XCTAssertFalse(DataLayout.isExpired(retentionDays: 14, changed: now.addingTimeInterval(-13.9 * 86_400), now: now))
        XCTAssertEqual(DataLayout.daysLeft(retentionDays: 14, changed: now.addingTimeInterval(400 * 86_400), now: now), 14)
        XCTAssertFalse(DataLayout.isInFuture(now.addingTimeInterval(59), now: now))
        XCTAssertTrue(DataLayout.isInFuture(now.addingTimeInterval(61), now: now))
    }

    /// Item 3: `beschadigd` a symbolic link to a folder outside: `wis --alles` deletes nothing there, and a damaged
    /// draft is not moved through the link (it stays, reported).
    func testASymlinkedQuarantineFolderIsNeverFollowed() throws {
        let store = DraftStore(folder: folder)
        try store.save(Visit(id: "a", startedAt: Date()))
        let outside = root.appendingPathComponent("buiten")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let precious = outside.appendingPathComponent("belangrijk.txt")
        try Data("niet van voordeur".utf8).write(to: precious)
        try FileManager.default.createSymbolicLink(at: store.quarantineFolder, withDestinationURL: outside)
        try Data("{kapot".utf8).write(to: store.url(for: "kapot"))
        let problems = store.loadAll().problems
        XCTAssertEqual(problems.map(\.movedTo), [nil])
        XCTAssertTrue(problems[0].reason.contains("apart zetten lukte niet"), problems[0].reason)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted(), ["belangrijk.txt", "sub"])

        XCTAssertEqual(try store.deleteAll(), 2, "the two drafts, nothing behind the link")
        XCTAssertTrue(exists(precious))
        XCTAssertTrue(exists(outside.appendingPathComponent("sub")))
        XCTAssertFalse(exists(store.url(for: "a")))
    }

    /// Item 3: `overdracht` a symbolic link: deleting a visit and retention leave the folder it points to alone.
    func testASymlinkedExportFolderIsNeverFollowed() throws {
        let store = DraftStore(folder: folder)
        try store.save(Visit(id: "a", startedAt: Date()))
        let outside = root.appendingPathComponent("elders")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let note = outside.appendingPathComponent("overdracht-a.txt")
        try Data("notitie".utf8).write(to: note)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: note.path)
        try FileManager.default.createSymbolicLink(at: store.defaultExportFolder, withDestinationURL: outside)
        _ = try store.open(retentionDays: 14)
        XCTAssertTrue(exists(note), "retention does not reach through the link")
        XCTAssertTrue(try store.deleteVisit(id: "a").draftDeleted)
        _ = try store.deleteAll()
        XCTAssertTrue(exists(note), "deletion does not reach through the link")
        XCTAssertThrowsError(try store.writeExport(Data("x".utf8), named: "overdracht-b.txt"))
        XCTAssertFalse(exists(outside.appendingPathComponent("overdracht-b.txt")), "no write through the link")
        // The mail attachment's folder (the default export folder, made private) is refused the same way.
        XCTAssertThrowsError(try SecureFile.ensurePrivateFolder(store.defaultExportFolder))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), ["overdracht-a.txt"])
    }

    /// Item 2, within one process: a save with the lock of a draft deleted meanwhile writes nothing back.
    func testASaveAfterTheDraftWasDeletedWritesNothingBack() throws {
        let store = DraftStore(folder: folder)
        let lock = try XCTUnwrap(try DraftLock.acquire(id: "w", in: folder).lock)
        defer { lock.release() }
        try store.save(Visit(id: "w", startedAt: Date()), lock: lock)
        XCTAssertEqual(try store.deleteAll(), 1)
        XCTAssertThrowsError(try store.save(Visit(id: "w", startedAt: Date()), lock: lock)) { XCTAssertTrue($0 is DraftDeleted) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    /// Item 5: a rescue copy is found at the next start: newer than its draft, or older; `wis` takes it.
    func testARescueCopyIsFoundAndComparedWithItsDraft() throws {
        let store = DraftStore(folder: folder)
        let now = Date()
        var draft = Visit(id: "r", startedAt: now.addingTimeInterval(-3600))
        draft.updatedAt = now.addingTimeInterval(-3600)
        try store.save(draft)
        var rescued = draft
        rescued.updatedAt = now.addingTimeInterval(-60)
        rescued.homeReference = "WO-nieuwer"
        let copy = try RescueCopy.write(rescued, into: folder, name: RescueCopy.fileName(for: rescued, now: now))
        let found = try XCTUnwrap(try store.open(retentionDays: 14, now: now).rescues.first)
        XCTAssertTrue(found.isNewer)
        XCTAssertEqual(found.visit.homeReference, "WO-nieuwer")
        XCTAssertEqual(found.path, copy.path)
        XCTAssertTrue(found.notice.contains("nieuwer dan het concept"), found.notice)

        draft.updatedAt = now
        try store.save(draft)
        let older = try XCTUnwrap(try store.open(retentionDays: 14, now: now).rescues.first)
        XCTAssertFalse(older.isNewer)
        XCTAssertTrue(older.notice.contains("ouder dan het concept"), older.notice)

        XCTAssertTrue(try store.deleteVisit(id: "r").draftDeleted)
        XCTAssertFalse(exists(copy), "wis takes the rescue copy with the draft")
    }
}
