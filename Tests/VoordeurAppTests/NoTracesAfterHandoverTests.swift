import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// The promise: after handover with deletion no file under the data folder or the default export folder
/// holds the visit's text (draft, notes, export record, lock, rescue copy).
final class NoTracesAfterHandoverTests: UTCTestCase {
    func testNothingUnderTheDataFolderHoldsTheTextAfterDeletion() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-traces-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = DraftStore(folder: root.appendingPathComponent("data"))
        let runner = EffectRunner(store: store, defaultExportFolder: store.defaultExportFolder,
                                  clipboard: { _, _ in ClipboardCopy(method: .osc52, terminalSequence: nil, failures: []) })
        let held = DraftLock.self
        var visit = Visit(id: "20261122-0930-abcd", startedAt: Date())
        // A phrase that no line break of the e-mail's encoding can split from its neighbours in the plain notes.
        let phrase = "vuistgat in de slaapkamerdeur"
        let secret = "Ik zie een \(phrase)."
        visit.updateObservation("woning.vuistafdrukken") { $0.ticked = true; $0.description = secret }
        var lock: DraftLock?
        runner.acquireLock = { id in lock = (try? held.acquire(id: id, in: store.folder))?.lock; return nil }
        runner.releaseLock = { _ in lock?.release(); lock = nil }
        guard case .saved? = runner.perform(.save(visit)) else { return XCTFail("save") }
        let note = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: Config(), coach: Coach(spelling: .off))
        for format in NoteFormat.allCases {
            _ = runner.perform(.writeExport(folder: store.defaultExportFolder, fileName: "overdracht-\(visit.id).\(format.fileExtension)",
                                            content: note.rendered(as: format), visitID: visit.id))
        }
        _ = try RescueCopy.write(visit, into: store.folder, name: RescueCopy.fileName(for: visit, now: Date()))
        func filesHolding(_ text: String) -> [String] {
            let all = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            return all.filter { (try? String(contentsOfFile: root.appendingPathComponent($0).path, encoding: .utf8))?.contains(text) ?? false }
        }
        let before = Set(filesHolding(phrase).map { URL(fileURLWithPath: $0).lastPathComponent })
        XCTAssertTrue(before.contains("bezoek-\(visit.id).json"), "\(before)")
        XCTAssertTrue(before.contains { $0.hasPrefix(RescueCopy.prefix) }, "\(before)")
        XCTAssertTrue(before.contains("overdracht-\(visit.id).txt"), "\(before)")
        guard case .visitDeleted(let removed, _)? = runner.perform(.deleteVisit(id: visit.id)) else { return XCTFail("delete") }
        XCTAssertEqual(removed, 4)
        XCTAssertEqual(filesHolding(phrase), [])
        XCTAssertEqual(filesHolding(visit.id), [], "no lock, record or copy names the visit either")
    }
}
