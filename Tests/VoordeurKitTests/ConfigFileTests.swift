import XCTest
@testable import VoordeurKit

final class ConfigFileTests: XCTestCase {
    func testUpdatingKeepsCommentsOrderAndOtherKeys() throws {
        let existing = """
        # mijn instellingen
        [medewerker]
        # wie ik ben
        naam = Oud
          vervolg van de oude naam
        functie = vakman

        [voordeur]
        bewaardagen = 7
        """
        var config = try Config.parse(existing, source: "t")
        config.workerName = "Jan de Vries"
        config.workerEmail = "j@corporatie.nl"
        config.consulentName = "Anna"
        let text = config.updatedFileText(existing)
        XCTAssertEqual(text, """
        # mijn instellingen
        [medewerker]
        # wie ik ben
        naam = Jan de Vries
        functie = vakman
        email = j@corporatie.nl

        [voordeur]
        bewaardagen = 7

        [sociaal-consulent]
        naam = Anna

        """)
        let back = try Config.parse(text, source: "t")
        XCTAssertEqual(back.workerName, "Jan de Vries")
        XCTAssertEqual(back.retentionDays, 7)
        XCTAssertEqual(back.consulentName, "Anna")
    }

    func testANewFileStartsFromTheTemplateAndFillsItsExamples() throws {
        var config = Config()
        config.consulentEmail = "a.jansen@corporatie.nl"
        let text = config.updatedFileText(nil)
        XCTAssertTrue(text.contains("# email = a.jansen@corporatie.nl\nemail = a.jansen@corporatie.nl"), text)
        XCTAssertEqual(try Config.parse(text, source: "t").consulentEmail, "a.jansen@corporatie.nl")
    }

    func testValuesCannotAddLinesOrSections() throws {
        var config = Config()
        config.workerName = "Jan\n[voordeur]\nbewaardagen = 1"
        let text = config.updatedFileText(nil)
        let back = try Config.parse(text, source: "t")
        XCTAssertEqual(back.retentionDays, Config.defaultRetentionDays)
        XCTAssertEqual(back.workerName, "Jan [voordeur] bewaardagen = 1")
    }

    func testPrintedConfigParsesBackToTheSameValues() throws {
        var config = Config()
        config.workerName = "Jan"
        config.jobTitles = ["vakman", "opzichter"]
        config.retentionDays = 10
        let back = try Config.parse(config.renderedAsText(), source: "t")
        XCTAssertEqual(back.workerName, "Jan")
        XCTAssertEqual(back.jobTitles, ["vakman", "opzichter"])
        XCTAssertEqual(back.retentionDays, 10)
        XCTAssertNoThrow(try Config.parse(Config.template(), source: "t"))
    }

    func testDutchPlurals() {
        let dutch = Strings.for(.nl)
        XCTAssertEqual(dutch.count("count.signals", 1), "1 signaal")
        XCTAssertEqual(dutch.count("count.signals", 0), "geen signalen")
        XCTAssertEqual(dutch.count("chrome.daysleft", 0), "nog 0 dagen bewaard", "a number of days is always a number")
        XCTAssertEqual(dutch.count("count.remarks", 2), "2 opmerkingen")
        XCTAssertEqual(dutch.count("chrome.daysleft", 1), "nog 1 dag bewaard")
    }

    func testParseDateTime() {
        DateText.$timeZone.withValue(TimeZone(identifier: "UTC")!) {
            XCTAssertEqual(DateText.parseDateTime("22-11-2026 09:30").map(DateText.dateTime), "22-11-2026 09:30")
            XCTAssertEqual(DateText.parseDateTime("1/2/2026 9.05").map(DateText.dateTime), "01-02-2026 09:05")
            XCTAssertNil(DateText.parseDateTime("31-02-2026 09:30"))
            XCTAssertNil(DateText.parseDateTime("gisteren"))
        }
    }

    func testOldDraftsWithoutWhomStillLoad() throws {
        let json = #"{"signalID":"x","ticked":true,"description":"d","namedToTenant":"ja","tenantReaction":""}"#
        let observation = try JSONDecoder().decode(Observation.self, from: Data(json.utf8))
        XCTAssertEqual(observation.concerns, .onbekend)
    }
}
