import XCTest
@testable import VoordeurApp
import VoordeurKit

final class ListCursorTests: UTCTestCase {
    func testTheOffsetMovesOnlyWhenTheSelectionLeavesTheView() {
        var cursor = ListCursor()
        cursor.move(to: 7, count: 20, visible: 5)
        XCTAssertEqual(cursor.offset, 3)
        cursor.move(to: 5, count: 20, visible: 5)
        XCTAssertEqual(cursor.offset, 3)
        cursor.move(to: 2, count: 20, visible: 5)
        XCTAssertEqual(cursor.offset, 2)
        cursor.move(to: 99, count: 20, visible: 5)
        XCTAssertEqual(cursor.selected, 19)
        XCTAssertEqual(cursor.offset, 15)
        cursor.clamp(count: 3, visible: 5)
        XCTAssertEqual(cursor, ListCursor(selected: 2, offset: 0))
    }
}
