import XCTest
@testable import VoordeurKit

final class DirectoryTests: XCTestCase {
    func testListsWhatFileManagerLists() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(Directory.names(folder.path), [])
        for name in ["bezoek-20261202-0600-0000.json", ".verborgen", "één.txt", "map"] {
            if name == "map" {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: false)
            } else {
                try Data("x".utf8).write(to: folder.appendingPathComponent(name))
            }
        }
        let expected = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(Directory.names(folder.path)?.sorted(), expected)
        XCTAssertEqual(expected.count, 4)
        XCTAssertNil(Directory.names(folder.appendingPathComponent("bestaat-niet").path))
        XCTAssertNil(Directory.names(folder.appendingPathComponent("één.txt").path), "a file is not a folder")
    }
}
