import XCTest
@testable import VoordeurKit

final class ConfigTests: XCTestCase {
    func testAFullConfig() throws {
        let config = try Config.parse("""
        # Instellingen
        [medewerker]
        naam = Jan de Vries
        functie = vakman
        telefoon = 06-12345678
        [sociaal-consulent]
        naam = Anna Jansen
        email = a.jansen@woonstichting.example
        [corporatie]
        naam = Woonstichting Voorbeeld
        functies = vakman; wijkbeheerder
        [voordeur]
        exportmap = ~/overdracht
        bewaardagen = 7
        """, source: "v.conf")
        XCTAssertEqual(config.workerName, "Jan de Vries")
        XCTAssertEqual(config.consulentEmail, "a.jansen@woonstichting.example")
        XCTAssertEqual(config.jobTitles, ["vakman", "wijkbeheerder"])
        XCTAssertEqual(config.retentionDays, 7)
        XCTAssertEqual(config.exportFolder, "~/overdracht")
    }

    func testBadConfigsNameTheLine() {
        let cases: [(String, String)] = [
            ("[medewerker]\nnaaam = x", "regel 2: onbekende sleutel 'naaam'"),
            ("[iemand]\n", "regel 1: onbekende kop '[iemand]'"),
            ("naam = x", "regel 1: sleutel 'naam' staat buiten een kop"),
            ("[sociaal-consulent]\nemail = geen-adres", "regel 2: 'geen-adres' is geen geldig e-mailadres"),
            ("[voordeur]\nbewaardagen = 0", "regel 2: 'bewaardagen' moet een heel getal van 1 tot en met 365 zijn"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try Config.parse(text, source: "v.conf")) { XCTAssertTrue("\($0)".contains(expected), "\($0)") }
        }
    }

    func testMissingDefaultFileMeansDefaults() throws {
        let config = try Config.load(explicit: nil, environment: ["HOME": "/nonexistent-\(UUID().uuidString)"])
        XCTAssertEqual(config.retentionDays, 14)
        XCTAssertNil(config.source)
        XCTAssertThrowsError(try Config.load(explicit: "/nonexistent/voordeur.conf")) {
            XCTAssertTrue("\($0)".contains("bestand bestaat niet"))
        }
    }
}
