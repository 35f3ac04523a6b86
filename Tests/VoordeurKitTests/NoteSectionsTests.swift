import XCTest
@testable import VoordeurKit

/// Issue 21, item 3: the note built for the next step, in every format.
final class NoteSectionsTests: UTCTestCase {

    /// The visit of the "done when": a partner, a tenant and two children, an observation about two of them
    /// at 14:35, a third-party report with its source, the worker's concern and what he agreed.
    static func visit() -> Visit {
        var visit = Visit(id: "20261122-1400-cafe", startedAt: HandoverTests.start)
        visit.reason = .reparatie
        visit.homeReference = "WO-2026-0413"
        visit.persons = [PresentPerson(id: "p1", role: .partner, age: "ca. 40"), PresentPerson(id: "p2", role: .huurder, age: "ca. 35"),
                         PresentPerson(id: "p3", role: .kind, age: "8"), PresentPerson(id: "p4", role: .kind, age: "5")]
        visit.updateObservation("woning.beschadigd-slot") {
            $0.ticked = true
            $0.description = "Het slot van de badkamerdeur is aan de binnenkant losgetrokken."
            $0.time = "14.50"
            $0.namedToTenant = .ja
            $0.tenantReaction = "Ze zei: dat is al oud."
        }
        visit.updateObservation("huurder.onderdanig") {
            $0.ticked = true
            $0.description = "De man riep \"hou je mond\" tegen de vrouw; het kind van 8 ging achter haar staan."
            $0.personIDs = ["p1", "p3"]
            $0.time = "14:35"
        }
        visit.thirdParty = [ThirdPartyReport(id: "derde-1", role: "buurvrouw", said: "Hoort 's nachts geschreeuw.",
                                             advisedVeiligThuis: true, howKnown: "hoort het door de muur")]
        visit.agreed = "Gezegd dat ik het slot donderdag vervang."
        visit.returnVisit = "donderdag 26-11 om 9:00"
        visit.concern = "Ik denk dat de vrouw bang is voor haar man."
        return visit
    }

    static func note(_ layout: FactsLayout = .tijd) -> HandoverNote {
        HandoverNote(visit: visit(), card: CardLoader.defaultCard(), config: HandoverTests.configured(), coach: Coach(),
                     now: HandoverTests.start.addingTimeInterval(3600), layout: layout)
    }

    static let order = ["1. Urgentie en veiligheid nu", "2. Aanwezig", "3. Feiten", "4. Letterlijk gezegd en van derden",
                        "5. Wat de medewerker deed en afsprak", "6. Zorg van de medewerker"]

    func assertInOrder(_ text: String, _ parts: [String], _ format: String, line: UInt = #line) {
        var position = text.startIndex
        for part in parts {
            guard let found = text.range(of: part, range: position..<text.endIndex) else {
                return XCTFail("\(format): '\(part)' missing or out of order", line: line)
            }
            position = found.upperBound
        }
    }

    func testSectionsComeInOrderInEveryFormat() {
        let note = Self.note()
        assertInOrder(note.plainText(), Self.order, "txt")
        assertInOrder(note.markdown(), Self.order, "md")
        assertInOrder(FlowedText.decode(note.flowedText()).joined(separator: "\n"), Self.order.map { $0.uppercased() }, "eml body")
        XCTAssertEqual(note.sectionTitles.count, 7)
        assertInOrder(note.json(), Self.order, "json sections")
    }

    func testPersonsFactsInTimeOrderQuotesSourceActionsAndConcern() {
        let text = Self.note().plainText(width: 200)
        assertInOrder(text, ["1. partner (ca. 40)", "2. huurder (ca. 35)", "3. kind (8 jaar)", "4. kind (5 jaar)",
                             "Kinderen aanwezig: ja, 2 (8 jaar, 5 jaar)"], "present")
        assertInOrder(text, ["1. 14:35 – ", "Over: partner (ca. 40), kind (8 jaar)", "2. 14:50 – beschadigd slot"], "timeline")
        XCTAssertTrue(text.contains("- \"hou je mond\" (bij: "), text)
        XCTAssertTrue(text.contains("Bron: buurvrouw"), text)
        XCTAssertTrue(text.contains("Hoe weet de bron het: hoort het door de muur"), text)
        assertInOrder(text, ["Direct benoemd bij de huurder: ja", "Reactie van de huurder: Ze zei: dat is al oud.",
                             "Gedaan, gezegd en toegezegd: Gezegd dat ik het slot donderdag vervang.",
                             "Terugkomafspraak: donderdag 26-11 om 9:00"], "actions")
        assertInOrder(text, ["6. Zorg van de medewerker (zijn interpretatie, geen waarneming)",
                             "Dit is de interpretatie van de medewerker", "Ik denk dat de vrouw bang is voor haar man."], "concern")
        XCTAssertFalse(Self.note().remarks.contains { $0.place.contains("Zorg") }, "the coach does not judge the concern")
    }

    func testByPersonLayout() {
        let text = Self.note(.persoon).plainText(width: 200)
        assertInOrder(text, ["3. Feiten per persoon", "partner (ca. 40):", "14:35", "kind (8 jaar):", "14:35",
                             "Niet aan een aanwezige gekoppeld:", "14:50"], "by person")
    }

    func testJSONCarriesPersonsTimesAndConcern() throws {
        let object = try JSONSerialization.jsonObject(with: Data(Self.note().json().utf8)) as! [String: Any]
        let persons = object["persons"] as! [[String: Any]]
        XCTAssertEqual(persons.map { $0["role"] as! String }, ["partner", "huurder", "kind", "kind"])
        XCTAssertEqual(persons.map { $0["age"] as! String }, ["ca. 40", "ca. 35", "8", "5"])
        let facts = object["facts"] as! [[String: Any]]
        XCTAssertEqual(facts.first?["time"] as? String, "14:35")
        XCTAssertEqual(facts.first?["persons"] as? [String], ["p1", "p3"])
        let concern = object["concern"] as! [String: Any]
        XCTAssertEqual(concern["text"] as? String, "Ik denk dat de vrouw bang is voor haar man.")
        XCTAssertEqual(concern["isInterpretation"] as? Bool, true)
        XCTAssertEqual((object["thirdParty"] as! [[String: Any]]).first?["howKnown"] as? String, "hoort het door de muur")
        XCTAssertEqual((object["actions"] as! [String: Any])["returnVisit"] as? String, "donderdag 26-11 om 9:00")
    }

    func testATickedSignalWithoutTextSaysItWasNotDescribed() {
        var visit = Visit(id: "20261122-1400-cafe", startedAt: HandoverTests.start)
        visit.updateObservation("woning.beschadigd-slot") { $0.ticked = true }
        let text = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: Config(), coach: Coach()).plainText()
        XCTAssertFalse(text.contains("(geen beschrijving)"), text)
        XCTAssertTrue(text.contains("alleen aangevinkt, niet beschreven"), text)
    }

    func testWithoutSettingsNoTextForTheWorkerLandsInTheNote() {
        let visit = Self.visit()
        let note = HandoverNote(visit: visit, card: CardLoader.defaultCard(), config: Config(), coach: Coach())
        for text in [note.plainText(), note.markdown(), note.flowedText()] {
            XCTAssertFalse(text.contains("toets i"), text)
            XCTAssertFalse(text.contains("vul "), text)
        }
    }

    func testAVisitOfTheOldShapeStillOpens() throws {
        let old = """
        {"schemaVersion":1,"id":"20261122-0930-abcd","startedAt":"2026-11-22T09:30:00Z","updatedAt":"2026-11-22T09:40:00Z",
         "reason":"reparatie","reasonOther":"","homeReference":"WO-1","childrenPresent":"ja",
         "observations":[{"signalID":"woning.beschadigd-slot","ticked":true,"description":"Slot los.","namedToTenant":"ja",
                          "tenantReaction":""}],
         "ownSignals":[{"id":"eigen-1","title":"t","description":"d","namedToTenant":"onbekend","tenantReaction":""}],
         "thirdParty":[{"id":"derde-1","role":"buurman","said":"x","advisedVeiligThuis":false,"advised112":false}],
         "special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},
         "status":"concept"}
        """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let visit = try decoder.decode(Visit.self, from: Data(old.utf8))
        XCTAssertEqual(visit.persons, [])
        XCTAssertEqual(visit.concern, "")
        XCTAssertEqual(visit.observations.first?.time, "")
        XCTAssertEqual(visit.thirdParty.first?.howKnown, "")
        XCTAssertEqual(visit.ownSignals.first?.personIDs, [])
    }

    func testPrintForReading() {
        if ProcessInfo.processInfo.environment["VOORDEUR_PRINT_NOTE"] == "1" { print(Self.note().plainText()); print(Self.note().email()) }
    }

    func testClockTimes() {
        XCTAssertEqual(ClockTime.normalized("14.35"), "14:35")
        XCTAssertEqual(ClockTime.normalized("9:05"), "09:05")
        XCTAssertEqual(ClockTime.normalized("1435"), "14:35")
        XCTAssertNil(ClockTime.minutes("25:00"))
        XCTAssertEqual(ClockTime.normalized(" 's middags "), "'s middags")
    }
}
