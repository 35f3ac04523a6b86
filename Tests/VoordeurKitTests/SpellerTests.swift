import XCTest
@testable import VoordeurKit

/// The spelling help. Tests that need the Dutch dictionary skip when it is not installed.
final class SpellerTests: XCTestCase {
    static let speller = Speller.shared

    func readySpeller() throws -> Speller {
        guard Self.speller.dictionaryInstalled else { throw XCTSkip("Dutch dictionary (hunspell-nl) not installed") }
        XCTAssertTrue(Self.speller.waitUntilLoaded())
        return Self.speller
    }

    func testWithoutDictionarySpellingHelpIsOff() {
        let speller = Speller(affix: "/nonexistent/nl.aff", dictionary: "/nonexistent/nl.dic")
        XCTAssertFalse(speller.dictionaryInstalled)
        XCTAssertEqual(speller.state, .notLoaded)
        XCTAssertTrue(speller.statusText.hasPrefix("Spellinghulp: uit"), speller.statusText)
        XCTAssertFalse(speller.waitUntilLoaded())
        guard case .unavailable = speller.state else { return XCTFail("\(speller.state)") }
        XCTAssertTrue(speller.statusText.contains("hunspell-nl"), speller.statusText)
        XCTAssertNil(speller.isKnown("huis"))
        XCTAssertEqual(speller.unknownWords(in: "het huis is smerrig"), [])
        XCTAssertEqual(speller.suggestions(for: "smerrig"), [])
        // A callback after the fact still runs.
        let called = expectation(description: "whenDone")
        speller.startLoading { called.fulfill() }
        wait(for: [called], timeout: 1)
    }

    func testLoadsOffTheCallersThread() throws {
        let speller = try readySpeller()
        XCTAssertTrue(speller.isReady)
        XCTAssertEqual(speller.statusText, "Spellinghulp: aan (woordenboek \(speller.dictionaryPath))")
        let fresh = Speller(affix: speller.affixPath, dictionary: speller.dictionaryPath)
        let clock = ContinuousClock()
        let started = clock.measure { fresh.startLoading() }
        XCTAssertLessThan(started, .milliseconds(50), "startLoading must not wait for the dictionary")
        let done = expectation(description: "loaded")
        fresh.startLoading { done.fulfill() }
        wait(for: [done], timeout: 30)
        XCTAssertTrue(fresh.isReady)
    }

    func testUnknownWordSpansInCharacters() throws {
        let speller = try readySpeller()
        let text = "Één keer: de wc-deur is smerrig, ca 3 cm, mevr zei ff niks en aggresief."
        let spans = speller.unknownWords(in: text)
        let chars = Array(text)
        XCTAssertEqual(spans.map { String(chars[$0]) }, ["smerrig", "aggresief"])
        XCTAssertEqual(speller.unknownWords(in: "Het huis is leeg. De GGD en de CV-ketel."), [])
        // Sentence by sentence, cached: the same sentence elsewhere in a text gets its own offsets.
        let twice = "Het is smerrig. Het is smerrig.\nEn aggresief"
        XCTAssertEqual(speller.unknownWords(in: twice).map { String(Array(twice)[$0]) }, ["smerrig", "smerrig", "aggresief"])
        XCTAssertEqual(speller.unknownWords(in: twice), [7..<14, 23..<30, 35..<44])
    }

    func testSuggestionsOnlyForUnknownWordsAndCached() throws {
        let speller = try readySpeller()
        XCTAssertEqual(speller.isKnown("huis"), true)
        XCTAssertEqual(speller.suggestions(for: "huis"), [])
        XCTAssertTrue(speller.suggestions(for: "smerrig").contains("smerig"))
        XCTAssertTrue(speller.suggestions(for: "aggresief").contains("agressief"))
        XCTAssertTrue(speller.suggestions(for: "zenuwachtug").contains("zenuwachtig"))
        XCTAssertNotNil(speller.cachedSuggestions(for: "smerrig"))
        XCTAssertNil(speller.cachedSuggestions(for: "huis"))
    }

    func testAcceptedAbbreviationsAreData() throws {
        let accepted = Speller.defaultAccepted()
        for word in ["mevr", "ca", "nr", "ff", "wc"] { XCTAssertTrue(accepted.contains(word), word) }
        XCTAssertEqual(Speller.parseAccepted("# note\nMevr  # comment\n\n  nr\n"), ["mevr", "nr"])
        let speller = try readySpeller()
        for word in ["mevr", "Mevr", "ca", "nr", "ff", "WC", "wc"] { XCTAssertEqual(speller.isKnown(word), true, word) }
    }

    func testConcurrentUseIsSafe() throws {
        let speller = try readySpeller()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            _ = speller.unknownWords(in: "de deur is kapot \(i) en smerrig")
            _ = speller.suggestions(for: i % 2 == 0 ? "smerrig" : "zenuwachtug")
        }
    }
}
