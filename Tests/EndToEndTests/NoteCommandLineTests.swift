import Foundation
import XCTest

/// Issue 21 on the real binary: the note's fields in JSON, urgency in the .eml, the work order in `lijst`, and a
/// mistyped command.
final class NoteCommandLineTests: XCTestCase {
    func draft(id: String, acute: Bool) -> String {
        """
        {"schemaVersion":1,"id":"\(id)","startedAt":"2026-11-22T14:00:00Z","updatedAt":"\(ISO8601DateFormatter().string(from: Date()))",
         "reason":"reparatie","reasonOther":"","homeReference":"WO-2026-0413","childrenPresent":"ja",
         "persons":[{"id":"p1","role":"partner","age":"ca. 40"},{"id":"p2","role":"huurder","age":"ca. 35"},
                    {"id":"p3","role":"kind","age":"8"},{"id":"p4","role":"kind","age":"5"}],
         "observations":[{"signalID":"huurder.onderdanig","ticked":true,"description":"Het kind van 8 ging achter de vrouw staan.",
                          "namedToTenant":"ja","tenantReaction":"","personIDs":["p2","p3"],"time":"14:35"}],
         "ownSignals":[],
         "thirdParty":[{"id":"derde-1","role":"buurvrouw","said":"Hoort geschreeuw.","advisedVeiligThuis":true,"advised112":false,
                        "howKnown":"hoort het door de muur"}],
         "special":{"acuteDanger":\(acute),"called112":\(acute),"recentSexualViolence":false,"honourRelated":false},
         "agreed":"Gezegd dat ik donderdag terugkom.","returnVisit":"do 26-11 9:00","concern":"Ik denk dat zij bang is.",
         "status":"concept"}
        """
    }

    func sandbox(acute: Bool) throws -> Sandbox {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        try draft(id: "20261122-1400-cafe", acute: acute)
            .write(to: sandbox.data.appendingPathComponent("bezoek-20261122-1400-cafe.json"), atomically: true, encoding: .utf8)
        return sandbox
    }

    func testJSONCarriesPersonsTimesAndConcern() throws {
        let ordinary = try sandbox(acute: false)
        let result = try Binary.run(["export", "--format", "json"], environment: ordinary.environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["persons"] as? [[String: Any]])?.count, 4)
        let fact = try XCTUnwrap((object["facts"] as? [[String: Any]])?.first)
        XCTAssertEqual(fact["time"] as? String, "14:35")
        XCTAssertEqual(fact["persons"] as? [String], ["p2", "p3"])
        XCTAssertEqual((object["concern"] as? [String: Any])?["text"] as? String, "Ik denk dat zij bang is.")
        let text = try Binary.run(["export"], environment: ordinary.environment).stdout
        let order = ["1. Urgentie", "2. Aanwezig", "3. Feiten", "4. Letterlijk", "5. Wat de medewerker", "6. Zorg"]
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        XCTAssertEqual(positions.count, order.count, text)
        XCTAssertEqual(positions, positions.sorted(), text)
    }

    func testUrgencyInTheEmailSubjectAndHeaders() throws {
        // Each sandbox is kept while it is used: it removes its folder when it goes.
        let urgentSandbox = try sandbox(acute: true), ordinarySandbox = try sandbox(acute: false)
        let urgent = try Binary.run(["export", "--format", "eml"], environment: urgentSandbox.environment).stdout
        let subject = try decodedSubject(urgent)
        XCTAssertTrue(subject.hasPrefix("SPOED"), subject)
        XCTAssertTrue(subject.contains("WO-2026-0413"), subject)
        XCTAssertTrue(urgent.contains("X-Priority: 1"))
        let ordinary = try Binary.run(["export", "--format", "eml"], environment: ordinarySandbox.environment).stdout
        XCTAssertFalse(try decodedSubject(ordinary).contains("SPOED"))
        XCTAssertFalse(ordinary.contains("X-Priority"))
        XCTAssertFalse(ordinary.contains("Importance"))
    }

    func decodedSubject(_ mail: String) throws -> String {
        var lines = mail.components(separatedBy: "\r\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Subject: ") }) else { return "" }
        var words = [String(lines[start].dropFirst("Subject: ".count))]
        lines = Array(lines[(start + 1)...])
        for line in lines { if line.hasPrefix(" ") { words.append(String(line.dropFirst())) } else { break } }
        return words.map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return word }
            let base64 = String(word.dropFirst(10).dropLast(2))
            return String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
        }.joined()
    }

    func testListShowsTheWorkOrder() throws {
        let sandbox = try sandbox(acute: false)
        let result = try Binary.run(["lijst"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("WERKORDER"), result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("WO-2026-0413"), result.stdout)
    }

    func testAMistypedCommandIsNoDraftID() throws {
        let sandbox = try sandbox(acute: false)
        let result = try Binary.run(["lijts"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "voordeur: onbekende opdracht 'lijts' (bedoel je 'lijst'?)\n")
        let before = try Binary.run(["--data-dir", sandbox.data.path, "exprot"], environment: sandbox.environment)
        XCTAssertEqual(before.status, 2)
        XCTAssertTrue(before.stderr.contains("onbekende opdracht 'exprot' (bedoel je 'export'?)"), before.stderr)
        let open = try Binary.run(["open", "lijts"], environment: sandbox.environment)
        XCTAssertEqual(open.status, 2)
        XCTAssertTrue(open.stderr.contains("is geen concept-ID"), open.stderr)
    }
}
