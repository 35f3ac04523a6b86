import XCTest
final class PlaceholderVoordeurTerminalTests: XCTestCase {}
