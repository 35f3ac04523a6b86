import XCTest
@testable import VoordeurKit

final class LockAndTracesTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-lock-\(UUID().uuidString)/data")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    /// A lock file as a killed program leaves it: nobody holds its flock.
    func plantLock(id: String) throws {
        try SecureFile.ensurePrivateFolder(folder)
        try Data("pid=999999\n".utf8).write(to: lockURL(id))
    }

    func lockURL(_ id: String) -> URL { folder.appendingPathComponent(DataLayout.lock(id)) }

    func testOneWriterPerDraft() throws {
        let lock = try XCTUnwrap(try DraftLock.acquire(id: "a", in: folder).lock)
        XCTAssertTrue(lock.isCurrent)
        let mode = (try FileManager.default.attributesOfItem(atPath: lockURL("a").path)[.posixPermissions] as? Int) ?? 0
        XCTAssertEqual(mode & 0o777, 0o600)
        // A second flock on the file (as another instance would take it) is refused, naming the holder.
        let second = try DraftLock.acquire(id: "a", in: folder)
        guard case .heldBy(let pid) = second else { return XCTFail("\(second)") }
        XCTAssertEqual(pid, getpid())
        XCTAssertTrue(second.notice?.contains("al geopend in een ander venster") ?? false)
        lock.release()
        XCTAssertFalse(FileManager.default.fileExists(atPath: lockURL("a").path), "released: the file goes")
        XCTAssertNotNil(try DraftLock.acquire(id: "a", in: folder).lock)
    }

    /// The kernel holds the lock for the process: another program's flock is respected, and once that program is
    /// killed with SIGKILL the draft can be taken at once (no pid, no start time, no waiting).
    func testALockOfAnotherProgramIsRespectedUntilItIsKilled() throws {
        try SecureFile.ensurePrivateFolder(folder)
        let holder = Process()
        // One process that holds the flock itself (flock(1) would hand the descriptor to its child as well).
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600); "
                            + "fcntl.flock(fd, fcntl.LOCK_EX); time.sleep(60)", lockURL("b").path]
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        let deadline = Date().addingTimeInterval(10)
        var outcome = try DraftLock.acquire(id: "b", in: folder)
        while outcome.lock != nil, Date() < deadline {
            outcome.lock?.release()
            usleep(20_000)
            outcome = try DraftLock.acquire(id: "b", in: folder)
        }
        guard case .heldBy = outcome else { return XCTFail("the other program's lock was not seen") }
        XCTAssertEqual(DraftStore(folder: folder).removeLeftovers().staleLocks, 0, "a held lock file stays")
        XCTAssertTrue(FileManager.default.fileExists(atPath: lockURL("b").path))
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        XCTAssertNotNil(try DraftLock.acquire(id: "b", in: folder).lock, "taken at once after kill -9")
    }

    func testALockFileNobodyHoldsIsTakenAndCleanedAtStart() throws {
        try plantLock(id: "c")
        XCTAssertNotNil(try DraftLock.acquire(id: "c", in: folder).lock)
        try plantLock(id: "d")
        XCTAssertEqual(DraftStore(folder: folder).removeLeftovers().staleLocks, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: lockURL("d").path))
    }

    func testDeletingADraftTellsItsHolderAndReleaseLeavesTheNextLockAlone() throws {
        let store = DraftStore(folder: folder)
        let lock = try XCTUnwrap(try DraftLock.acquire(id: "e", in: folder).lock)
        try store.save(Visit(id: "e", startedAt: Date()), lock: lock)
        XCTAssertTrue(try store.delete(id: "e"))
        XCTAssertFalse(lock.isCurrent, "the holder sees the deletion")
        XCTAssertThrowsError(try store.save(Visit(id: "e", startedAt: Date()), lock: lock)) { XCTAssertTrue($0 is DraftDeleted) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.url(for: "e").path), "not written back")
        let next = try XCTUnwrap(try DraftLock.acquire(id: "e", in: folder).lock)
        lock.release()
        XCTAssertTrue(next.isCurrent, "the old holder's release leaves the new lock file alone")
    }

    func testStartUpRemovesStrayTemporaryFilesAndStaleLocks() throws {
        let store = DraftStore(folder: folder)
        try store.save(Visit(id: "a", startedAt: Date()))
        try SecureFile.ensurePrivateFolder(store.defaultExportFolder)
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["60"]
        try sleeper.run()
        defer { sleeper.terminate(); sleeper.waitUntilExit() }
        let live = sleeper.processIdentifier
        // A crash between open and rename leaves `.NAME.PID.RANDOM.tmp`; pid 999999 does not run.
        let stray = [folder.appendingPathComponent(".bezoek-a.json.999999.42.tmp"),
                     store.defaultExportFolder.appendingPathComponent(".overdracht-a.txt.999999.7.tmp")]
        for url in stray { try Data("nieuwere tekst".utf8).write(to: url) }
        let busy = folder.appendingPathComponent(".bezoek-a.json.\(live).1.tmp")
        try Data("wordt nu geschreven".utf8).write(to: busy)
        let foreign = folder.appendingPathComponent(".iets-anders.tmp")
        try Data().write(to: foreign)
        try plantLock(id: "a")

        let opening = try store.open(retentionDays: 14)
        XCTAssertEqual(opening.leftovers, Leftovers(temporaryFiles: 2, staleLocks: 1))
        XCTAssertEqual(opening.notices(retentionDays: 14).prefix(2),
                       ["2 achtergebleven tijdelijke bestanden opgeruimd.",
                        "1 verlopen vergrendeling opgeheven (het programma draaide niet meer)."])
        for url in stray { XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), url.lastPathComponent) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: busy.path), "a live writer's file stays")
        XCTAssertTrue(FileManager.default.fileExists(atPath: foreign.path), "not of our naming")
        XCTAssertFalse(FileManager.default.fileExists(atPath: lockURL("a").path))
        XCTAssertEqual(opening.latestConcept?.id, "a")
    }

    func testRetentionCoversEveryFileOfItsOwn() throws {
        let store = DraftStore(folder: folder)
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        func age(_ url: URL, days: Double) throws {
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-days * 86_400)], ofItemAtPath: url.path)
        }
        // Set aside long ago, and recently.
        try SecureFile.ensurePrivateFolder(store.quarantineFolder)
        let oldAside = store.quarantineFolder.appendingPathComponent("1-bezoek-x.json")
        let newAside = store.quarantineFolder.appendingPathComponent("2-bezoek-y.json")
        try Data("{kapot".utf8).write(to: oldAside); try age(oldAside, days: 20)
        try Data("{kapot".utf8).write(to: newAside); try age(newAside, days: 2)
        // A newer schema: left alone, but not forever.
        let newer = folder.appendingPathComponent("bezoek-nieuw.json")
        try Data("{\"schemaVersion\": 99}".utf8).write(to: newer); try age(newer, days: 30)
        // A draft dated in the future, written 20 days ago: counts from its file time.
        var future = Visit(id: "toekomst", startedAt: now)
        future.updatedAt = now.addingTimeInterval(365 * 86_400)
        try store.save(future); try age(store.url(for: "toekomst"), days: 20)
        // A future date on a fresh file is treated as now: kept.
        var fresh = Visit(id: "vers", startedAt: now)
        fresh.updatedAt = now.addingTimeInterval(365 * 86_400)
        try store.save(fresh); try age(store.url(for: "vers"), days: 0)
        // A rescue copy and an export record without a draft, both old.
        let rescue = folder.appendingPathComponent("redding-oud-20261101-120000.json")
        try Data("{}".utf8).write(to: rescue); try age(rescue, days: 20)
        let record = store.exportRecordURL(for: "weg")
        try Data("/tmp/x\n".utf8).write(to: record); try age(record, days: 20)

        let opening = try store.open(retentionDays: 14, now: now)
        XCTAssertEqual(opening.removed, ["toekomst"])
        XCTAssertEqual(opening.removedFiles, 4, "old set-aside file, newer schema, rescue copy, orphan record")
        for url in [oldAside, newer, rescue, record, store.url(for: "toekomst")] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), url.lastPathComponent)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: newAside.path))
        XCTAssertEqual(opening.latestConcept?.id, "vers")
        XCTAssertTrue(opening.notices(retentionDays: 14).contains("4 andere bestanden ouder dan 14 dagen gewist (bewaartermijn)."))
    }

    func testDeletingAVisitTakesItsExportsAndSaysWhichRemain() throws {
        let store = DraftStore(folder: folder)
        try store.save(Visit(id: "v1", startedAt: Date()))
        try store.save(Visit(id: "v2", startedAt: Date()))
        try SecureFile.ensurePrivateFolder(store.defaultExportFolder)
        let inside = store.defaultExportFolder.appendingPathComponent("overdracht-v1.txt")
        let unrecorded = store.defaultExportFolder.appendingPathComponent("overdracht-v1.eml")
        let otherVisit = store.defaultExportFolder.appendingPathComponent("overdracht-v2.txt")
        let outside = folder.deletingLastPathComponent().appendingPathComponent("documenten/notitie.md")
        let outsideGone = folder.deletingLastPathComponent().appendingPathComponent("weg.md")
        try SecureFile.ensurePrivateFolder(outside.deletingLastPathComponent())
        for url in [inside, unrecorded, otherVisit, outside] { try Data("tekst".utf8).write(to: url) }
        for url in [inside, outside, outsideGone] { try store.recordExport(id: "v1", file: url) }
        XCTAssertEqual(store.exportedFiles(for: "v1").count, 3)

        let deletion = try store.deleteVisit(id: "v1")
        XCTAssertTrue(deletion.draftDeleted)
        XCTAssertEqual(Set(deletion.deletedExports), [inside.path, unrecorded.path])
        XCTAssertEqual(deletion.remainingOutside, [outside.path])
        XCTAssertTrue(deletion.notice.contains("2 exports in de standaard exportmap"), deletion.notice)
        XCTAssertTrue(deletion.notice.contains(outside.path), deletion.notice)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.url(for: "v1").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.exportRecordURL(for: "v1").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: otherVisit.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: outside.path), "outside the default folder: named, not deleted")
        // Nothing under the data folder holds the visit any more.
        let everything = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }
        XCTAssertFalse(everything.contains { $0.contains("v1") }, "\(everything)")
    }

    func testDeleteAllLeavesNoTraces() throws {
        let store = DraftStore(folder: folder)
        try store.save(Visit(id: "a", startedAt: Date()))
        try store.recordExport(id: "a", file: URL(fileURLWithPath: "/tmp/x.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".bezoek-a.json.\(getpid()).9.tmp"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("redding-a-20261122-093000.json"))
        try plantLock(id: "a")
        XCTAssertEqual(try store.deleteAll(), 4, "draft, record, temporary file, rescue copy (the lock is not counted)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testRescueCopyGoesWhereItCan() throws {
        var visit = Visit(id: "r1", startedAt: Date())
        visit.homeReference = "WO-9"
        let runtime = folder.deletingLastPathComponent().appendingPathComponent("run")
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
        // The data folder's parent is a file: the data folder can never be made.
        let blocker = folder.deletingLastPathComponent().appendingPathComponent("blok")
        try Data("x".utf8).write(to: blocker)
        let broken = blocker.appendingPathComponent("data")
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let result = RescueCopy.write(visit, dataFolder: broken, exportFolder: nil, environment: ["XDG_RUNTIME_DIR": runtime.path], now: now)
        let url = try result.get()
        XCTAssertEqual(url.deletingLastPathComponent().path, runtime.path)
        XCTAssertTrue(url.lastPathComponent.hasPrefix("redding-r1-"))
        XCTAssertEqual(try DraftStore.decode(Data(contentsOf: url)).homeReference, "WO-9")
        let mode = (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? 0
        XCTAssertEqual(mode & 0o777, 0o600)
        // Nowhere to go: every attempt is named, in Dutch.
        let none = RescueCopy.write(visit, dataFolder: broken, exportFolder: blocker.appendingPathComponent("x"), environment: [:], now: now)
        guard case .failure(let failure) = none else { return XCTFail() }
        XCTAssertEqual(failure.attempts.count, 2)
        let outcome = QuitOutcome.afterFailedSave(visit, reason: "de schijf is vol", dataFolder: broken, exportFolder: nil,
                                                  environment: [:], now: now)
        XCTAssertEqual(outcome.exitCode, 4)
        XCTAssertTrue(outcome.message?.contains("Ook een reddingskopie lukte niet") ?? false, outcome.message ?? "")
        let saved = QuitOutcome.afterFailedSave(visit, reason: "de schijf is vol", dataFolder: folder, exportFolder: nil,
                                                environment: [:], now: now)
        XCTAssertEqual(saved.exitCode, 3)
        XCTAssertTrue(saved.message?.contains("reddingskopie in \(folder.path)/redding-r1-") ?? false, saved.message ?? "")
        XCTAssertNil(QuitOutcome.saved.message)
        // A rescue copy in the data folder is not mistaken for a draft.
        XCTAssertEqual(DraftStore(folder: folder).loadAll().problems, [])
    }
}
