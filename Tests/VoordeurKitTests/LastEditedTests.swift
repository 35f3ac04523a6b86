import XCTest
@testable import VoordeurKit

/// Issue 21: opening without an id opens the concept edited last, not the one created last.
final class LastEditedTests: XCTestCase {
    func testTheConceptEditedLastOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-last-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DraftStore(folder: folder)
        let now = Date()
        var older = Visit(id: "20261201-0800-00aa", startedAt: now.addingTimeInterval(-7_200))
        older.updatedAt = now.addingTimeInterval(-60)
        var newer = Visit(id: "20261201-0930-00bb", startedAt: now.addingTimeInterval(-3_600))
        newer.updatedAt = now.addingTimeInterval(-1_800)
        try store.save(older)
        try store.save(newer)
        XCTAssertEqual(try store.open(retentionDays: 14, now: now).latestConcept?.id, "20261201-0800-00aa")
    }
}
