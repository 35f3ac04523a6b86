import Foundation
import VoordeurKit
import XCTest

/// A test case whose dates read in UTC: the zone is bound for the test's own run (a task-local value), not set in a
/// global, so test cases can run in parallel.
class UTCTestCase: XCTestCase {
    static let utc = TimeZone(identifier: "UTC")!

    override func invokeTest() {
        DateText.$timeZone.withValue(Self.utc) { super.invokeTest() }
    }
}
