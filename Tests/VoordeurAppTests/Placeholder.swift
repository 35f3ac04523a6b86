import XCTest
final class PlaceholderVoordeurAppTests: XCTestCase {}
