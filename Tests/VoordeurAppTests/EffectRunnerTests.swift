import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// The effect runner without ncurses: saving, the final save, exports, deleting a visit with its notes, settings.
final class EffectRunnerTests: UTCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(root.path, 0o700)
        try? FileManager.default.removeItem(at: root)
    }

    func runner(_ folder: URL? = nil) -> EffectRunner {
        let store = DraftStore(folder: folder ?? root.appendingPathComponent("data"))
        return EffectRunner(store: store, defaultExportFolder: store.folder.appendingPathComponent("overdracht"),
                            clipboard: { _, _ in ClipboardCopy(method: .osc52, terminalSequence: nil, failures: []) })
    }

    func testTheFinalSaveReportsSuccessOrTheReason() throws {
        let ok = runner()
        let visit = Visit(id: "20261122-0930-abcd", startedAt: Fixture.start)
        guard case .finalSaved? = ok.perform(.finalSave(visit)) else { return XCTFail("must save") }
        XCTAssertTrue(FileManager.default.fileExists(atPath: ok.store.url(for: visit.id).path))
        // A data folder whose parent is a file can never be written.
        let blocker = root.appendingPathComponent("blok")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let broken = runner(blocker.appendingPathComponent("data"))
        guard case .finalSaveFailed(let reason)? = broken.perform(.finalSave(visit)) else { return XCTFail("must fail") }
        XCTAssertFalse(reason.isEmpty)
        guard case .copySaved(let path)? = broken.perform(.saveCopy(visit, folder: root.appendingPathComponent("usb").path))
        else { return XCTFail("the copy goes elsewhere") }
        XCTAssertEqual(try DraftStore.decode(Data(contentsOf: URL(fileURLWithPath: path))).id, visit.id)
    }

    func testDeletingAVisitRemovesItsNotesInTheDefaultFolderAndNamesTheOthers() throws {
        let runner = runner()
        let visit = Visit(id: "20261122-0930-abcd", startedAt: Fixture.start)
        guard case .saved? = runner.perform(.save(visit)) else { return XCTFail("the draft is saved first") }
        let other = root.appendingPathComponent("usb")
        for folder in [runner.defaultExportFolder, other] {
            guard case .exported? = runner.perform(.writeExport(folder: folder, fileName: "overdracht-\(visit.id).txt", content: "x", visitID: visit.id))
            else { return XCTFail("export") }
        }
        // Another visit's note stays.
        _ = runner.perform(.writeExport(folder: runner.defaultExportFolder, fileName: "overdracht-20261101-0800-0001.txt", content: "y", visitID: "20261101-0800-0001"))
        guard case .visitDeleted(let removed, let remaining)? = runner.perform(.deleteVisit(id: visit.id)) else { return XCTFail() }
        XCTAssertEqual(removed, 1)
        XCTAssertEqual(remaining, [other.appendingPathComponent("overdracht-\(visit.id).txt").standardizedFileURL.path])
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.store.url(for: visit.id).path))
        let left = try FileManager.default.contentsOfDirectory(atPath: runner.defaultExportFolder.path)
        XCTAssertEqual(left, ["overdracht-20261101-0800-0001.txt"])
    }

    func testSettingsAreWrittenPrivatelyAndReadBack() throws {
        let runner = runner()
        let url = root.appendingPathComponent("config/voordeur/voordeur.conf")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "# eigen opmerking\n[voordeur]\nbewaardagen = 9\n".write(to: url, atomically: true, encoding: .utf8)
        var config = try Config.parse(String(contentsOf: url, encoding: .utf8), source: url.path)
        config.workerName = "Jan"
        guard case .configWritten? = runner.perform(.writeConfig(config, to: url)) else { return XCTFail() }
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# eigen opmerking\n"))
        let back = try Config.parse(text, source: url.path)
        XCTAssertEqual(back.workerName, "Jan")
        XCTAssertEqual(back.retentionDays, 9)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o777 }, 0o600)
    }

    func testOpeningAnotherVisitSavesTheCurrentOneFirst() throws {
        let runner = runner()
        let older = Visit(id: "20261120-0800-beef", startedAt: Fixture.start)
        _ = runner.perform(.save(older))
        var current = Visit(id: "20261122-0930-abcd", startedAt: Fixture.start)
        current.homeReference = "WO-1"
        guard case .visitOpened(let opened)? = runner.perform(.openVisit(id: older.id, current: current)) else { return XCTFail() }
        XCTAssertEqual(opened.id, older.id)
        guard case .success(let saved) = runner.store.load(id: current.id) else { return XCTFail("current not saved") }
        XCTAssertEqual(saved.homeReference, "WO-1")
        guard case .visitsListed(let list, _)? = runner.perform(.listVisits) else { return XCTFail() }
        XCTAssertEqual(Set(list.map(\.id)), [older.id, current.id])
        guard case .visitOpenFailed? = runner.perform(.openVisit(id: "20200101-0000-0000", current: nil)) else { return XCTFail() }
    }
}
