import XCTest
final class PlaceholderEndToEndTests: XCTestCase {}
