import XCTest
@testable import VoordeurKit

final class ProcessEnvironmentTests: XCTestCase {
    func testReadsWhatFoundationReads() {
        XCTAssertEqual(ProcessEnvironment.current, ProcessInfo.processInfo.environment)
    }

    func testFirstDefinitionWinsAndOddEntriesAreSkipped() {
        let lines = ["A=1", "B=x=y", "A=2", "NOVALUE", "=nameless", "EMPTY=", "NL=één"]
        var pointers: [UnsafeMutablePointer<CChar>?] = lines.map { strdup($0) }
        pointers.append(nil)
        defer { for case let pointer? in pointers { free(pointer) } }
        let parsed = pointers.withUnsafeMutableBufferPointer { ProcessEnvironment.parse($0.baseAddress) }
        XCTAssertEqual(parsed, ["A": "1", "B": "x=y", "EMPTY": "", "NL": "één"])
        XCTAssertEqual(ProcessEnvironment.parse(nil), [:])
    }
}
