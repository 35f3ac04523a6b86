import XCTest
@testable import VoordeurKit

final class CoachTests: XCTestCase {
    static let coach = Coach()

    func findings(_ text: String) -> [CoachFinding] { Self.coach.analyse(text).findings }
    func categories(_ text: String) -> Set<String> { Set(findings(text).map(\.category.name)) }

    func testTheHandbooksExample() {
        let found = findings("De woning is vies.")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].category, .oordeel)
        XCTAssertEqual(found[0].match, "vies")
        XCTAssertEqual(found[0].start, 13)
        XCTAssertEqual(found[0].end, 17)
        XCTAssertTrue(found[0].question.contains("___"), "questions are templates with blanks")
        XCTAssertTrue(found[0].explanation.contains("'vies'"))
        XCTAssertEqual(findings("Ik zie dat er meerdere hondendrollen op de deurmat bij de achterdeur liggen."), [])
    }

    func testWhatMustNotBeFlagged() {
        for text in [
            "Het is koud hierbinnen.",
            "Ik zag dat de vrouw huilde.",
            "De huurder zei: \"Hij is altijd boos en hij slaat me.\"",
            "De man riep: 'Je bent een slechte moeder!'",
            "De vrouw zei „ik ben bang” en deed de deur dicht.",
            "Ik maak me zorgen.",
            "Ik was bang toen de hond op me af kwam.",
            "Ik voel me onveilig bij dit adres.",
            "Ik zag geen letsel.",
            "Volgens de werkorder is het slot vorige week vervangen.",
            "Ik hoorde geschreeuw toen ik bij u op de stoep stond.",
            "Ik hoorde van binnen een hond blaffen.",
        ] {
            XCTAssertEqual(findings(text), [], text)
        }
    }

    func testSpansCountCharactersNotBytes() {
        let text = "Één keer zag ik dat hij geïrriteerd was 😀 en vieze handen had."
        let found = findings(text)
        let chars = Array(text)
        for finding in found {
            XCTAssertEqual(String(chars[finding.start..<finding.end]), finding.match)
        }
        XCTAssertEqual(found.map(\.match), ["geïrriteerd", "vieze"])
    }

    func testInflectionsCapitalsAndTextWithoutAccents() {
        XCTAssertEqual(categories("De VIEZE keuken."), ["oordeel"])
        XCTAssertEqual(categories("Een boze man deed open."), ["emotie"])
        XCTAssertEqual(categories("De verwaarloosde tuin."), ["oordeel"])
        XCTAssertEqual(categories("Hij was geirriteerd."), ["emotie"])
        XCTAssertEqual(categories("Hij was geïrriteerd."), ["emotie"])
        XCTAssertEqual(categories("Een nog viezere badkamer."), ["oordeel"])
        XCTAssertEqual(categories("De kwade buurman."), ["emotie"])
        XCTAssertEqual(categories("Een asociale familie."), ["oordeel"])
    }

    func testMultiWordPhrasesAndHearsay() {
        XCTAssertEqual(findings("Ik heb gehoord dat hij drinkt.").first?.category, .horenZeggen)
        XCTAssertEqual(findings("Hij zou haar slaan.").map(\.category), [.horenZeggen])
        XCTAssertEqual(findings("Volgens mij is er iets mis.").map(\.category), [.speculatie, .vaag])
        XCTAssertEqual(findings("Er is iets raars aan de hand.").map(\.match), ["iets raars aan de hand"])
        XCTAssertTrue(categories("De kinderen zien er verwaarloosd uit.").isSuperset(of: ["speculatie", "oordeel"]))
        XCTAssertEqual(findings("Ik zou graag volgende week terugkomen.").map(\.category), [])
    }

    func testEveryCategoryCanBeFound() {
        let examples: [CoachCategory: String] = [
            .oordeel: "Het huis is een puinhoop.",
            .diagnose: "Hij is depressief.",
            .conclusie: "Zij wordt mishandeld door haar man.",
            .speculatie: "Waarschijnlijk is de deur ingetrapt.",
            .emotie: "De vrouw is bang voor hem.",
            .generalisatie: "Ze is nooit thuis.",
            .vaag: "Er lagen veel flessen.",
            .horenZeggen: "De buren zeggen dat er ruzie is.",
        ]
        XCTAssertEqual(Set(examples.keys), Set(CoachCategory.allCases))
        for (category, text) in examples {
            XCTAssertTrue(findings(text).contains { $0.category == category }, "\(category): \(text)")
        }
    }

    func testSensoryAnchor() {
        XCTAssertTrue(Self.coach.analyse("Ik zie een gat in de deur.").hasSensoryAnchor)
        XCTAssertTrue(Self.coach.analyse("Ik rook een gaslucht.").hasSensoryAnchor)
        XCTAssertTrue(Self.coach.analyse("Het gat is 12 cm breed.").hasSensoryAnchor)
        XCTAssertTrue(Self.coach.analyse("Het is koud hierbinnen.").hasSensoryAnchor)
        XCTAssertFalse(Self.coach.analyse("De woning is vies.").hasSensoryAnchor)
    }

    func testAdjectiveForms() {
        XCTAssertTrue(DutchText.adjectiveForms("vies").contains("vieze"))
        XCTAssertTrue(DutchText.adjectiveForms("boos").contains("boze"))
        XCTAssertTrue(DutchText.adjectiveForms("kaal").contains("kale"))
        XCTAssertTrue(DutchText.adjectiveForms("braaf").contains("brave"))
        XCTAssertTrue(DutchText.adjectiveForms("dom").contains("domme"))
        XCTAssertTrue(DutchText.adjectiveForms("agressief").contains("agressieve"))
        XCTAssertTrue(DutchText.adjectiveForms("smerig").contains("smerige"))
        XCTAssertTrue(DutchText.adjectiveForms("jaloers").contains("jaloerse"))
        XCTAssertTrue(DutchText.adjectiveForms("asociaal").contains("asociale"))
        XCTAssertTrue(DutchText.adjectiveForms("raar").contains("rare"))
        XCTAssertEqual(DutchText.fold("Geïrriteerd’s ÉÉN"), "geirriteerd's een")
    }

    func testWordListsCanBeExtendedAndBrokenListsAreReported() throws {
        var lexicon = CoachLexicon.defaultLexicon()
        try lexicon.extend(with: "[categorie oordeel]\nkrakkemikkig+\n", source: "extra.woorden")
        let coach = Coach(lexicon: lexicon)
        XCTAssertEqual(coach.analyse("Een krakkemikkige trap.").findings.map(\.match), ["krakkemikkige"])
        let broken: [(String, String)] = [
            ("[categorie onzin]\nwoord\n", "onbekende categorie"),
            ("woord\n", "buiten een kop"),
            ("[categorie vaag]\n... woord\n", "niet met '...' beginnen"),
            ("[categorie vaag]\nwoord ...\n", "niet op '...' eindigen"),
            ("[categorie vaag]\nab*\n", "minstens 3 letters"),
            ("[categorie vaag]\nwo%rd\n", "ongeldig woord"),
            ("[categorie vaag]\nwoord @soms\n", "onbekende optie"),
            ("[categorie vaag]\nwoord ...99 ander\n", "na '...' mag een getal"),
            ("[iets]\n", "onbekende kop"),
        ]
        for (text, expected) in broken {
            var copy = CoachLexicon.defaultLexicon()
            XCTAssertThrowsError(try copy.extend(with: text, source: "extra.woorden"), text) { error in
                XCTAssertTrue("\(error)".hasPrefix("extra.woorden, regel"), "\(error)")
                XCTAssertTrue("\(error)".contains(expected), "\(text) → \(error)")
            }
        }
    }

    func testHugeAndHostileInputDoesNotCrash() {
        let big = String(repeating: "Ik zie een vieze vloer \u{1B}[31m\u{0} met \"quote ", count: 3000)
        let report = Self.coach.analyse(big)
        XCTAssertEqual(report.findings.filter { $0.match == "vieze" }.count > 0, true)
        XCTAssertEqual(Self.coach.analyse("").findings, [])
        XCTAssertEqual(Self.coach.analyse("\"\"\"''' ... ,,, ;;").findings, [])
    }
}
