import XCTest
@testable import VoordeurKit

final class StorageTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-test-\(UUID().uuidString)/data")
    }

    override func tearDownWithError() throws {
        let parent = folder.deletingLastPathComponent()
        chmod(folder.path, 0o700)
        try? FileManager.default.removeItem(at: parent)
    }

    func sampleVisit() -> Visit {
        var visit = Visit(id: "20261122-0930-beef", startedAt: Date(timeIntervalSince1970: 1_795_000_000))
        visit.reason = .reparatie
        visit.homeReference = "WO-2026-1187"
        visit.childrenPresent = .ja
        visit.updateObservation("woning.vuistafdrukken") {
            $0.ticked = true
            $0.description = "Ik zie twee deuken ter grootte van een vuist in de slaapkamerdeur, op 1,5 meter hoogte."
            $0.namedToTenant = .ja
            $0.tenantReaction = "\"Dat is al oud.\""
        }
        visit.ownSignals.append(OwnSignal(id: "e1", title: "rookmelder afgeplakt", description: "Ik zie tape over de rookmelder in de gang."))
        visit.thirdParty.append(ThirdPartyReport(id: "d1", role: "buurvrouw", said: "Hoort 's nachts geschreeuw.", advisedVeiligThuis: true))
        visit.special.acuteDanger = false
        visit.special.honourRelated = true
        return visit
    }

    func mode(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    func testVisitRoundTripsThroughStorage() throws {
        let store = DraftStore(folder: folder)
        let visit = sampleVisit()
        try store.save(visit)
        let loaded = try store.load(id: visit.id).get()
        XCTAssertEqual(loaded, visit)
        let json = try String(contentsOf: store.url(for: visit.id), encoding: .utf8)
        XCTAssertTrue(json.contains("\"schemaVersion\" : 1"), json)
    }

    func testPermissionsArePrivateWhateverTheUmask() throws {
        let old = umask(0)
        defer { umask(old) }
        let store = DraftStore(folder: folder)
        try store.save(sampleVisit())
        XCTAssertEqual(mode(folder.path) & 0o777, 0o700)
        XCTAssertEqual(mode(store.url(for: sampleVisit().id).path) & 0o777, 0o600)
        // An existing, too-open folder is tightened.
        chmod(folder.path, 0o755)
        try store.save(sampleVisit())
        XCTAssertEqual(mode(folder.path) & 0o777, 0o700)
    }

    func testAFolderTheWorkerChoseKeepsItsPermissions() throws {
        let chosen = folder.deletingLastPathComponent().appendingPathComponent("documenten")
        try FileManager.default.createDirectory(at: chosen, withIntermediateDirectories: true)
        chmod(chosen.path, 0o755)
        try SecureFile.ensurePrivateFolder(chosen, tightenExisting: false)
        XCTAssertEqual(mode(chosen.path) & 0o777, 0o755)
        let fresh = chosen.appendingPathComponent("overdracht")
        try SecureFile.ensurePrivateFolder(fresh, tightenExisting: false)
        XCTAssertEqual(mode(fresh.path) & 0o777, 0o700, "a folder it creates is private")
    }

    func testSavingIsAtomicAndLeavesNoTemporaryFiles() throws {
        let store = DraftStore(folder: folder)
        var visit = sampleVisit()
        try store.save(visit)
        visit.homeReference = "WO-2026-2000"
        try store.save(visit)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(names, ["bezoek-\(visit.id).json"])
        XCTAssertEqual(try store.load(id: visit.id).get().homeReference, "WO-2026-2000")
    }

    func testFailedSaveKeepsThePreviousVersionIntactAndLeavesNoTemporaryFile() throws {
        // A file-size limit makes write() fail with EFBIG, like a full disk, even for root.
        let store = DraftStore(folder: folder)
        var visit = sampleVisit()
        try store.save(visit)
        let before = try Data(contentsOf: store.url(for: visit.id))
        visit.observations[0].description = String(repeating: "Ik zie een deuk. ", count: 4000)
        let oldHandler = signal(SIGXFSZ, SIG_IGN)
        var old = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        var limit = rlimit(rlim_cur: 4096, rlim_max: old.rlim_max)
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit)
        XCTAssertThrowsError(try store.save(visit)) { error in
            XCTAssertTrue("\(error)".contains("kan "), "\(error)")
        }
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        signal(SIGXFSZ, oldHandler)
        XCTAssertEqual(try Data(contentsOf: store.url(for: visit.id)), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["bezoek-\(visit.id).json"])
    }

    func testErrnoReasonsAreDutch() {
        XCTAssertEqual(SecureFile.reason(ENOSPC), "de schijf is vol")
        XCTAssertEqual(SecureFile.reason(EROFS), "de schijf is alleen-lezen")
        XCTAssertEqual(SecureFile.reason(EFBIG), "het bestand wordt te groot")
    }

    func testCorruptDraftIsMovedAsideAndReported() throws {
        let store = DraftStore(folder: folder)
        try store.save(sampleVisit())
        let broken = folder.appendingPathComponent("bezoek-20261101-1200-dead.json")
        try Data("{\"schemaVersion\": 1, \"id\": ".utf8).write(to: broken)
        let (visits, problems) = store.loadAll()
        XCTAssertEqual(visits.map(\.id), [sampleVisit().id])
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems[0].file, "bezoek-20261101-1200-dead.json")
        let movedTo = try XCTUnwrap(problems[0].movedTo)
        XCTAssertTrue(movedTo.hasPrefix("beschadigd/"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: broken.path))
        let kept = folder.appendingPathComponent(movedTo)
        XCTAssertEqual(try String(contentsOf: kept, encoding: .utf8), "{\"schemaVersion\": 1, \"id\": ")
        XCTAssertTrue(problems[0].description.contains("apart gezet"))
    }

    func testDraftFromNewerVersionIsLeftAlone() throws {
        let store = DraftStore(folder: folder)
        try SecureFile.ensurePrivateFolder(folder)
        let future = folder.appendingPathComponent("bezoek-x.json")
        try Data("{\"schemaVersion\": 99}".utf8).write(to: future)
        let problems = store.loadAll().problems
        XCTAssertEqual(problems.first?.movedTo, nil)
        XCTAssertTrue(problems.first?.reason.contains("nieuwere versie") ?? false)
        XCTAssertTrue(FileManager.default.fileExists(atPath: future.path))
    }

    func testMostRecentConceptSkipsHandedOverVisits() throws {
        let store = DraftStore(folder: folder)
        var old = Visit(id: "a", startedAt: Date(timeIntervalSince1970: 1000))
        old.updatedAt = Date(timeIntervalSince1970: 1000)
        var handedOver = Visit(id: "b", startedAt: Date(timeIntervalSince1970: 2000))
        handedOver.updatedAt = Date(timeIntervalSince1970: 3000)
        handedOver.status = .overgedragen
        try store.save(old)
        try store.save(handedOver)
        XCTAssertEqual(try store.open(retentionDays: 365, now: Date(timeIntervalSince1970: 3000)).latestConcept?.id, "a")
    }

    func testOpeningReadsOnceDeletesOldDraftsAndReportsBrokenOnes() throws {
        let store = DraftStore(folder: folder)
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        var old = Visit(id: "old", startedAt: now.addingTimeInterval(-30 * 86_400))
        old.updatedAt = now.addingTimeInterval(-20 * 86_400)
        var recent = Visit(id: "recent", startedAt: now.addingTimeInterval(-86_400))
        recent.updatedAt = now.addingTimeInterval(-86_400)
        try store.save(old)
        try store.save(recent)
        try Data("{kapot".utf8).write(to: folder.appendingPathComponent("bezoek-kapot.json"))
        let opening = try store.open(retentionDays: 14, now: now)
        XCTAssertEqual(opening.removed, ["old"])
        XCTAssertEqual(opening.latestConcept?.id, "recent")
        XCTAssertEqual(opening.problems.map(\.file), ["bezoek-kapot.json"], "the broken draft is reported, not only moved")
    }

    func testDeleteAndDeleteAll() throws {
        let store = DraftStore(folder: folder)
        try store.save(Visit(id: "a", startedAt: Date()))
        try store.save(Visit(id: "b", startedAt: Date()))
        XCTAssertTrue(try store.delete(id: "a"))
        XCTAssertFalse(try store.delete(id: "a"))
        XCTAssertEqual(try store.deleteAll(), 1)
        XCTAssertEqual(store.loadAll().visits.count, 0)
    }

    func testRetentionPurgesOnlyOldDrafts() throws {
        let store = DraftStore(folder: folder)
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        var old = Visit(id: "old", startedAt: now.addingTimeInterval(-20 * 86_400))
        old.updatedAt = now.addingTimeInterval(-15 * 86_400)
        var recent = Visit(id: "recent", startedAt: now.addingTimeInterval(-20 * 86_400))
        recent.updatedAt = now.addingTimeInterval(-13 * 86_400)
        try store.save(old)
        try store.save(recent)
        XCTAssertEqual(try store.purge(olderThanDays: 14, now: now), ["old"])
        XCTAssertEqual(store.loadAll().visits.map(\.id), ["recent"])
    }

    func testDataFolderResolutionOrder() {
        let env = ["HOME": "/home/vakman", "XDG_DATA_HOME": "/xdg", "VOORDEUR_DATA_DIR": "/env/dir"]
        XCTAssertEqual(DataFolder.resolve(option: "/opt/x", environment: env).path, "/opt/x")
        XCTAssertEqual(DataFolder.resolve(option: nil, environment: env).path, "/env/dir")
        XCTAssertEqual(DataFolder.resolve(option: nil, environment: ["HOME": "/h", "XDG_DATA_HOME": "/xdg"]).path, "/xdg/voordeur")
        XCTAssertEqual(DataFolder.resolve(option: nil, environment: ["HOME": "/h"]).path, "/h/.local/share/voordeur")
        XCTAssertEqual(DataFolder.resolve(option: "~/d", environment: ["HOME": "/h"]).path, "/h/d")
    }

    func testObservationsThatBecomeEmptyAreDropped() {
        var visit = Visit(id: "x", startedAt: Date())
        visit.updateObservation("woning.huisdieren") { $0.ticked = true }
        XCTAssertTrue(visit.isTicked("woning.huisdieren"))
        visit.updateObservation("woning.huisdieren") { $0.ticked = false }
        XCTAssertEqual(visit.observations, [])
    }
}
