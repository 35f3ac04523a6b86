import XCTest
@testable import VoordeurKit

/// The coach reads Dutch: it must tell an English description from a Dutch one, also a Dutch one with typos.
final class NotDutchTests: XCTestCase {
    static let english = [
        "I saw that the front door had been forced and the lock was broken.",
        "There were fist marks in the bedroom door at about 1.5 metres.",
        "The tenant looked at the floor and did not answer when her partner was there.",
        "I heard shouting from the upstairs flat for about ten minutes.",
    ]
    static let dutch = [
        "Ik zie twee deuken in de slaapkamerdeur, op 1,5 meter hoogte.",
        "De voordeur is ontzet en het slot is kapot.",
        "Ik hoorde tien minuten lang geschreeuw uit de bovenwoning.",
        "Ik zie een gat in de deur van de badkamr en het slot hangt los.",
        "De huurder keek naar de grond en antwoordde niet toen de partner erbij was.",
    ]

    func testEnglishIsNotDutchAndDutchIs() throws {
        let speller = Speller.shared
        guard speller.dictionaryInstalled else { throw XCTSkip("no Dutch dictionary (hunspell-nl)") }
        speller.startLoading()
        XCTAssertTrue(speller.waitUntilLoaded())
        for sentence in Self.english {
            XCTAssertTrue(speller.looksNotDutch(sentence), "\(Speller.words(in: sentence).count) words, unknown: "
                          + speller.unknownWords(in: sentence).map { String(Array(sentence)[$0]) }.joined(separator: " "))
        }
        for sentence in Self.dutch {
            XCTAssertFalse(speller.looksNotDutch(sentence), sentence)
        }
        XCTAssertFalse(speller.looksNotDutch("ok ja"), "too short to tell")
    }

    /// Real Dutch descriptions, typos and all (the coach's held-out sets): hardly ever taken for another language.
    func testTheHeldOutDutchDescriptionsAreDutch() throws {
        let speller = Speller.shared
        guard speller.dictionaryInstalled else { throw XCTSkip("no Dutch dictionary (hunspell-nl)") }
        speller.startLoading()
        XCTAssertTrue(speller.waitUntilLoaded())
        var descriptions: [String] = []
        for letter in "abcdehijlmno" {
            let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/coach-heldout-descriptions-\(letter).txt", withExtension: nil))
            let text = try String(contentsOf: url, encoding: .utf8)
            descriptions += text.components(separatedBy: "\n").filter { !$0.isEmpty && !$0.hasPrefix("@") && !$0.hasPrefix("-") && !$0.hasPrefix("#") }
        }
        XCTAssertGreaterThan(descriptions.count, 100)
        let flagged = descriptions.filter { speller.looksNotDutch($0) }
        XCTAssertLessThanOrEqual(flagged.count, descriptions.count / 100, "taken for not Dutch:\n" + flagged.prefix(5).joined(separator: "\n"))
    }

    /// The editor judges from the counts the piecewise analysis keeps; they must be the whole text's counts.
    func testThePiecewiseCountsAreTheWholeTextsCounts() throws {
        let speller = Speller.shared
        guard speller.dictionaryInstalled else { throw XCTSkip("no Dutch dictionary (hunspell-nl)") }
        speller.startLoading()
        XCTAssertTrue(speller.waitUntilLoaded())
        let analysis = IncrementalAnalysis(coach: Coach(), speller: speller)
        let long = (Self.dutch + Self.english + Self.dutch).joined(separator: " ") + "\n" + Self.english.joined(separator: "\n")
        for text in Self.english + Self.dutch + [long, Self.english.joined(separator: " ")] {
            let result = analysis.analyse(text, coach: false, privacy: false, spelling: true)
            XCTAssertEqual(result.words, Speller.words(in: text).count, text)
            XCTAssertEqual(result.unknownWords.count, speller.unknownWords(in: text).count, text)
            XCTAssertEqual(Speller.looksNotDutch(words: result.words, unknown: result.unknownWords.count), speller.looksNotDutch(text), text)
        }
    }
}
