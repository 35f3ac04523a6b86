import XCTest
@testable import VoordeurKit

/// Encryption at rest: what lies in the data folder with a PIN set, what a wrong PIN changes, a PIN change, and the
/// sealing of drafts written before a PIN was chosen.
final class EncryptionAtRestTests: XCTestCase {
    var folder: URL!
    let word = "vuistdeukzwaluw"

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-crypt-\(UUID().uuidString)/data")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    func visit(id: String = "20261122-0930-beef") -> Visit {
        var visit = Visit(id: id, startedAt: Date(timeIntervalSince1970: 1_795_000_000))
        visit.homeReference = "WO-2026-1187"
        visit.updateObservation("woning.vuistafdrukken") {
            $0.ticked = true
            $0.description = "Ik zie een \(word) in de slaapkamerdeur."
        }
        return visit
    }

    /// Every regular file under `root` (hidden ones and subfolders included) with its bytes and modification time.
    static func snapshot(_ root: URL) -> [String: (Data, Date)] {
        var out: [String: (Data, Date)] = [:]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .contentModificationDateKey])
        else { return out }
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey])
            guard values?.isRegularFile == true, let data = try? Data(contentsOf: url) else { continue }
            out[url.path] = (data, values?.contentModificationDate ?? .distantPast)
        }
        return out
    }

    /// `grep -r -a WORD` in Swift: whether any file under `root` holds the bytes of `word`.
    static func anyFileContains(_ root: URL, _ word: String) -> Bool {
        let needle = Data(word.utf8)
        return snapshot(root).values.contains { $0.0.range(of: needle) != nil }
    }

    func testSealedFileOpensOnlyWithItsKeyAndUnchanged() throws {
        let key = try SecretKey.random(), other = try SecretKey.random()
        let sealed = Seal.seal(Data("geheim \(word)".utf8), key: key)
        XCTAssertTrue(Seal.isSealed(sealed))
        XCTAssertNil(sealed.range(of: Data(word.utf8)))
        XCTAssertEqual(Seal.open(sealed, key: key).map { String(decoding: $0, as: UTF8.self) }, "geheim \(word)")
        XCTAssertNil(Seal.open(sealed, key: other))
        var changed = sealed
        changed[changed.count - 1] ^= 1
        XCTAssertNil(Seal.open(changed, key: key))
        var version = sealed
        version[3] = 2
        XCTAssertNil(Seal.open(version, key: key))
        // Two seals of the same text differ (a new nonce each time).
        XCTAssertNotEqual(Seal.seal(Data("x".utf8), key: key), Seal.seal(Data("x".utf8), key: key))
    }

    func testWithAPinNoWordOfTheDraftIsOnDiskAndTheRightPinShowsIt() throws {
        let plain = DraftStore(folder: folder)
        let key = try Vault.choosePin("482913", store: plain, limits: .fastestForTests)
        let store = plain.unlocked(with: key)
        try store.save(visit())
        try store.recordExport(id: visit().id, file: URL(fileURLWithPath: "/tmp/overdracht-\(word).txt"))
        _ = RescueCopy.write(visit(), dataFolder: folder, exportFolder: nil, key: key, environment: [:])
        XCTAssertFalse(Self.anyFileContains(folder, word))
        XCTAssertFalse(Self.anyFileContains(folder, "WO-2026-1187"))

        // The next start: the PIN unlocks the key, and the draft shows its text.
        guard let again = try Vault.unlock(pin: "482913", store: plain) else { return XCTFail("de juiste pincode opende niets") }
        let opened = DraftStore(folder: folder, key: again)
        XCTAssertEqual(try opened.load(id: visit().id).get().observations.first?.description, "Ik zie een \(word) in de slaapkamerdeur.")
        XCTAssertEqual(opened.exportedFiles(for: visit().id), ["/tmp/overdracht-\(word).txt"])
        // Without the key (versleuteling = uit) a sealed record is left as it is, not replaced.
        let record = try Data(contentsOf: folder.appendingPathComponent(DataLayout.exportRecord(visit().id)))
        try plain.recordExport(id: visit().id, file: URL(fileURLWithPath: "/tmp/ander.txt"))
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(DataLayout.exportRecord(visit().id))), record)
        XCTAssertEqual(try opened.open(retentionDays: 14).rescues.first?.visit.id, visit().id)
        // A sealed rescue copy is not for a text editor, and the message says so.
        guard case .success(let copy) = RescueCopy.write(visit(), dataFolder: folder, exportFolder: nil, key: again, environment: [:],
                                                         now: Date().addingTimeInterval(60)) else {
            return XCTFail("geen reddingskopie")
        }
        XCTAssertTrue(QuitOutcome.rescued(path: copy.path, reason: "de schijf is vol").message?.contains("opent met je pincode") == true)
        // Wiping everything takes the key file too: a forgotten PIN ends there, and the next start asks a new one.
        XCTAssertGreaterThan(try opened.deleteAll(), 0)
        XCTAssertEqual(Vault.protection(of: plain), .notChosen)
        XCTAssertFalse(Self.anyFileContains(folder, "VDZ"))
    }

    func testAWrongPinShowsNothingAndChangesNoDraft() throws {
        let plain = DraftStore(folder: folder)
        let key = try Vault.choosePin("482913", store: plain, limits: .fastestForTests)
        try plain.unlocked(with: key).save(visit())
        let before = Self.snapshot(folder)
        XCTAssertNil(try Vault.unlock(pin: "482914", store: plain))
        // Without the key the store reads nothing, sets nothing aside and deletes nothing.
        let opening = try plain.open(retentionDays: 14)
        XCTAssertNil(opening.latestConcept)
        XCTAssertEqual(opening.lockedDrafts, 1)
        if case .success = plain.load(id: visit().id) { XCTFail("zonder sleutel toch gelezen") }
        // Only the count of wrong PINs is new: nothing of a draft is touched.
        var after = Self.snapshot(folder)
        XCTAssertNotNil(after.removeValue(forKey: folder.appendingPathComponent(DataLayout.pinAttemptsFile).path))
        XCTAssertEqual(Set(before.keys), Set(after.keys))
        for (path, (data, time)) in before {
            XCTAssertEqual(after[path]?.0, data, path)
            XCTAssertEqual(after[path]?.1, time, path)
        }
    }

    func testAPinChangeRewrapsTheSameKey() throws {
        let plain = DraftStore(folder: folder)
        let key = try Vault.choosePin("482913", store: plain, limits: .fastestForTests)
        try plain.unlocked(with: key).save(visit())
        XCTAssertFalse(try Vault.changePin(from: "000000", to: "7654321", store: plain))
        XCTAssertNotNil(try Vault.unlock(pin: "482913", store: plain), "een mislukte wijziging veranderde de pincode")
        XCTAssertTrue(try Vault.changePin(from: "482913", to: "7654321", store: plain))
        XCTAssertNil(try Vault.unlock(pin: "482913", store: plain))
        guard let newKey = try Vault.unlock(pin: "7654321", store: plain) else { return XCTFail("nieuwe pincode opent niets") }
        XCTAssertEqual(try DraftStore(folder: folder, key: newKey).load(id: visit().id).get(), visit())
        XCTAssertThrowsError(try Vault.changePin(from: "7654321", to: "12ab56", store: plain))
    }

    func testDraftsWrittenBeforeThePinAreSealedWhenItIsChosen() throws {
        let plain = DraftStore(folder: folder)
        try plain.save(visit())
        try plain.save(visit(id: "20261122-0931-cafe"))
        try plain.recordExport(id: visit().id, file: URL(fileURLWithPath: "/tmp/\(word).txt"))
        let aside = folder.appendingPathComponent(DataLayout.quarantineFolder)
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        try Data("kapot \(word)".utf8).write(to: aside.appendingPathComponent("1-bezoek-x.json"))
        XCTAssertTrue(Self.anyFileContains(folder, word))
        let key = try Vault.choosePin("482913", store: plain, limits: .fastestForTests)
        let store = plain.unlocked(with: key)
        XCTAssertEqual(try store.sealPlainFiles(), 4)
        XCTAssertFalse(Self.anyFileContains(folder, word))
        XCTAssertEqual(try store.sealPlainFiles(), 0, "al versleutelde bestanden opnieuw versleuteld")
        XCTAssertEqual(store.loadAll().visits.count, 2)
    }

    func testADraftTheKeyCannotOpenIsSetAsideNotDeleted() throws {
        let store = DraftStore(folder: folder, key: try SecretKey.random())
        try store.save(visit())
        let stranger = DraftStore(folder: folder, key: try SecretKey.random())
        guard case .failure(let problem) = stranger.load(id: visit().id) else { return XCTFail("geopend met een andere sleutel") }
        XCTAssertNotNil(problem.movedTo)
        let moved = folder.appendingPathComponent(problem.movedTo!)
        XCTAssertEqual(try Seal.open(Data(contentsOf: moved), key: store.key!).map { try DraftStore.decode($0) }, visit())
    }

    func testADamagedKeyFileIsNeverOverwritten() throws {
        let plain = DraftStore(folder: folder)
        _ = try Vault.choosePin("482913", store: plain, limits: .fastestForTests)
        let url = folder.appendingPathComponent(DataLayout.keyFile)
        var bytes = try Data(contentsOf: url)
        bytes.removeLast()
        try bytes.write(to: url)
        XCTAssertEqual(Vault.protection(of: plain), .damaged)
        XCTAssertThrowsError(try Vault.choosePin("111111", store: plain, limits: .fastestForTests))
        XCTAssertThrowsError(try Vault.chooseWithoutPin(store: plain))
        XCTAssertEqual(try Data(contentsOf: url), bytes)
    }

    func testPinRuleAndWaits() {
        XCTAssertNil(PinRule.problem("123456"))
        XCTAssertNotNil(PinRule.problem("12345"))
        XCTAssertNotNil(PinRule.problem("12345a"))
        var attempts = PinAttempts()
        var waits: [Int] = []
        for _ in 0..<10 { attempts.failed(); waits.append(attempts.delay) }
        XCTAssertEqual(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60, 60])
        XCTAssertTrue(attempts.offerWipe)
    }

    /// The wrong PINs are kept beside the key (0600), so a new run (a new store on the same folder) continues the
    /// count and the wait; a wrong current PIN for a change counts too; the right PIN removes the count.
    func testWrongPinsSurviveARestart() throws {
        _ = try Vault.choosePin("482913", store: DraftStore(folder: folder), limits: .fastestForTests)
        let start = Date()
        for run in 1...3 {
            XCTAssertNil(try Vault.unlock(pin: "000000", store: DraftStore(folder: folder), now: start))
            XCTAssertEqual(Vault.attempts(store: DraftStore(folder: folder)).failures, run)
        }
        XCTAssertFalse(try Vault.changePin(from: "000001", to: "135791", store: DraftStore(folder: folder), now: start))
        let attempts = Vault.attempts(store: DraftStore(folder: folder))
        XCTAssertEqual(attempts.failures, 4)
        XCTAssertEqual(attempts.lastFailure?.timeIntervalSince1970 ?? 0, start.timeIntervalSince1970, accuracy: 0.001)
        let last = try XCTUnwrap(attempts.lastFailure)
        XCTAssertEqual(attempts.remainingWait(at: last.addingTimeInterval(3.5)), 5)
        XCTAssertEqual(attempts.remainingWait(at: last.addingTimeInterval(9)), 0)
        let url = folder.appendingPathComponent(DataLayout.pinAttemptsFile)
        let mode = (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int).map { $0 & 0o777 }
        XCTAssertEqual(mode, 0o600)
        XCTAssertNotNil(try Vault.unlock(pin: "482913", store: DraftStore(folder: folder)))
        XCTAssertEqual(Vault.attempts(store: DraftStore(folder: folder)).failures, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
        // A damaged count is no count, never a reason to refuse the PIN.
        try Data("zeven".utf8).write(to: url)
        XCTAssertEqual(Vault.attempts(store: DraftStore(folder: folder)), PinAttempts())
    }

    func testTheKeyFileIsPrivateAndSmall() throws {
        _ = try Vault.choosePin("482913", store: DraftStore(folder: folder), limits: .fastestForTests)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(DataLayout.keyFile).path)
        XCTAssertEqual((attributes[.posixPermissions] as? Int).map { $0 & 0o777 }, 0o600)
        XCTAssertLessThan((attributes[.size] as? Int) ?? 0, 200)
    }
}
