import XCTest
@testable import VoordeurKit

final class CardTests: XCTestCase {
    func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    func testDefaultCardHasTheTwoListsOfTheHandbook() {
        let card = CardLoader.defaultCard()
        XCTAssertEqual(card.lists.map(\.title), ["In en rond de woning", "De huurder"])
        XCTAssertEqual(card.lists[0].signals.count, 11)
        XCTAssertEqual(card.lists[1].signals.count, 13)
        XCTAssertEqual(card.lists[0].signals[1].text, "vuistafdrukken in muren of deuren")
        XCTAssertEqual(card.lists[1].signals.last?.text, "belt voortdurend")
        XCTAssertTrue(card.otherCause.hasPrefix("Bij het gebruik van deze signalenkaart is voorzichtigheid geboden."))
        XCTAssertTrue(card.tip.hasPrefix("Benoem, waar mogelijk, direct"))
        XCTAssertTrue(card.introduction.contains("kúnnen wijzen op huiselijk geweld"))
        // Every signal has a hint that asks a question and a unique id.
        XCTAssertEqual(Set(card.allSignals.map(\.id)).count, 24)
        for signal in card.allSignals { XCTAssertTrue(signal.hint.contains("?"), signal.id) }
    }

    /// The default card is compiled into the binary by the build plugin; it is exactly what the parser makes of the
    /// embedded card file, so editing Assets/signalenkaart.kaart changes the program on the next build.
    func testTheCompiledDefaultCardIsTheParsedCardFile() throws {
        let text = try XCTUnwrap(EmbeddedAssets.files[CardLoader.defaultCardName])
        XCTAssertEqual(CardLoader.defaultCard(), try CardParser.parse(text, source: "ingebouwde kaart", base: nil))
        XCTAssertEqual(CardLoader.defaultCard().allSignals.count, 24)
    }

    func testCardAsTextListsAll24SignalsUnderTheirHeadings() {
        let text = CardLoader.defaultCard().renderedAsText()
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.hasPrefix("  - ") }.count, 24)
        let woning = lines.firstIndex(of: "In en rond de woning:")!
        let huurder = lines.firstIndex(of: "De huurder:")!
        XCTAssertLessThan(woning, huurder)
        XCTAssertEqual(lines[woning + 2], "  - vuistafdrukken in muren of deuren")
        XCTAssertEqual(lines[huurder + 1], "  - heeft betalingsachterstanden")
    }

    func testCustomCardExtendsTheDefault() throws {
        let card = try CardLoader.load(customFile: fixture("eigen-kaart.kaart"))
        XCTAssertEqual(card.name, "Signalenkaart voor woningcorporaties")
        XCTAssertEqual(card.allSignals.count, 26)
        XCTAssertEqual(card.lists.map(\.id), ["woning", "huurder", "buurt"])
        XCTAssertEqual(card.signal(id: "woning.rookmelder")?.text, "rookmelder verwijderd of afgeplakt")
        XCTAssertEqual(card.signal(id: "woning.vuistafdrukken")?.text, "vuistafdrukken in muren of deuren")
        XCTAssertEqual(card.signal(id: "woning.vuistafdrukken")?.hint, "Waar, hoeveel, hoe groot, op welke hoogte? Meet als het kan.")
        XCTAssertEqual(card.jobTitles, ["vakman", "opzichter", "wijkbeheerder"])
    }

    func testCustomCardCanReplaceTheDefault() throws {
        let text = """
        [kaart]
        modus = vervangen
        naam = Kaart van Woonstichting Voorbeeld
        [lijst woning]
        titel = Woning
        [signaal woning.slot]
        tekst = slot geforceerd
        """
        let card = try CardLoader.parse(text, source: "test.kaart", base: CardLoader.defaultCard())
        XCTAssertEqual(card.name, "Kaart van Woonstichting Voorbeeld")
        XCTAssertEqual(card.allSignals.map(\.id), ["woning.slot"])
    }

    func testBrokenCardNamesFileLineAndKey() {
        let url = fixture("kapotte-kaart.kaart")
        XCTAssertThrowsError(try CardLoader.load(customFile: url)) { error in
            let problem = error as? FileProblem
            XCTAssertEqual(problem?.file, url.path)
            XCTAssertEqual(problem?.line, 8)
            XCTAssertTrue(problem?.message.contains("onbekende sleutel 'tekts'") ?? false, "\(error)")
        }
    }

    func testBrokenCardsOfEveryKindGiveDutchErrors() {
        let cases: [(String, String)] = [
            ("[kaart\nnaam = x", "kop zonder sluitend ']'"),
            ("naam = x", "staat buiten een kop"),
            ("[kaart]\nmodus = weg", "'modus' moet 'aanvullen' of 'vervangen' zijn"),
            ("[signaal nergens.iets]\ntekst = x", "lijst 'nergens'"),
            ("[signaal zonderpunt]\ntekst = x", "ongeldige signaalnaam"),
            ("[lijst nieuw]\n", "heeft geen 'titel'"),
            ("[raar]\n", "onbekende kop"),
            ("[kaart]\nzomaar een zin", "verwacht 'sleutel = waarde'"),
            ("[kaart]\nnaam = a\u{1B}[31m", "stuurteken"),
            ("[kaart]\nmodus = vervangen\nnaam = x", "geen signalen"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try CardLoader.parse(text, source: "k.kaart", base: CardLoader.defaultCard()), text) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(text): \(error)")
                XCTAssertTrue("\(error)".hasPrefix("k.kaart"), "\(error)")
            }
        }
    }

    func testMissingHugeAndNonUTF8CardFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try CardLoader.load(customFile: folder.appendingPathComponent("nope.kaart"))) {
            XCTAssertTrue("\($0)".contains("bestand bestaat niet"))
        }
        let binary = folder.appendingPathComponent("bin.kaart")
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: binary)
        XCTAssertThrowsError(try CardLoader.load(customFile: binary)) { XCTAssertTrue("\($0)".contains("geen geldige UTF-8")) }
        let huge = folder.appendingPathComponent("huge.kaart")
        try Data(repeating: 0x41, count: KeyValueDocument.maximumBytes + 1).write(to: huge)
        XCTAssertThrowsError(try CardLoader.load(customFile: huge)) { XCTAssertTrue("\($0)".contains("te groot")) }
    }
}
