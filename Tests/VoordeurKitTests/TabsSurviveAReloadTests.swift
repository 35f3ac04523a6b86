import XCTest
@testable import VoordeurKit

final class TabsSurviveAReloadTests: XCTestCase {
    /// A tab pasted into a description is kept by the editor; the draft read back at the next start keeps it too.
    func testATabInADescriptionSurvivesSavingAndLoading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-tabs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DraftStore(folder: folder)
        var visit = Visit(id: "20261122-0930-abcd", startedAt: Date(timeIntervalSince1970: 1_795_339_800))
        visit.updateObservation("woning.vuistafdrukken") { $0.ticked = true; $0.description = "kast\tdeur\nregel twee" }
        visit.homeReference = "WO\t12"
        try store.save(visit)
        guard case .success(let loaded) = store.load(id: visit.id) else { return XCTFail("draft not read back") }
        XCTAssertEqual(loaded.observation(for: "woning.vuistafdrukken")?.description, "kast\tdeur\nregel twee")
        XCTAssertEqual(loaded.homeReference, "WO 12", "one-line fields still get a space")
    }
}
