import XCTest
@testable import VoordeurKit

/// The hand-written draft reader (`VisitReader.swift`) gives what JSONDecoder gives, or nothing (issue 13).
final class VisitReaderTests: XCTestCase {
    func fast(_ data: Data) -> Visit? {
        data.withUnsafeBytes { raw in
            var reader = JSONSkimmer(raw.bindMemory(to: UInt8.self))
            return reader.visit()
        }
    }

    func slow(_ data: Data) -> Visit? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Visit.self, from: data)
    }

    /// Visits with every field varied, from a fixed seed.
    func visits() -> [Visit] {
        var generator = SplitMix64(seed: 13)
        let texts = ["", "Ik zie een gat in de deur.", "regel \"een\"\\ met é, \u{1F600} en\ttab\nen een tweede",
                     "/ slash \u{0001} control", "ü\u{0308} combining", "\u{FEFF}bom", String(repeating: "lang ", count: 400)]
        func text() -> String { texts[Int(generator.next() % UInt64(texts.count))] }
        func flag() -> Bool { generator.next() % 2 == 0 }
        func pick<T>(_ all: [T]) -> T { all[Int(generator.next() % UInt64(all.count))] }
        var out: [Visit] = [Visit(id: "20261202-0900-0000", startedAt: Date(timeIntervalSince1970: 0))]
        for n in 0..<60 {
            var visit = Visit(id: "20261202-0900-\(String(format: "%04x", n))",
                              startedAt: Date(timeIntervalSince1970: Double(generator.next() % 4_000_000_000)))
            visit.updatedAt = visit.startedAt.addingTimeInterval(Double(generator.next() % 100_000))
            visit.reason = flag() ? nil : pick(VisitReason.allCases)
            visit.reasonOther = text()
            visit.homeReference = text()
            visit.childrenPresent = pick(Answer.allCases)
            for k in 0..<Int(generator.next() % 4) {
                visit.observations.append(Observation(signalID: "s\(k)", ticked: flag(), description: text(),
                                                      namedToTenant: pick(Answer.allCases), tenantReaction: text(),
                                                      concerns: pick(Person.allCases)))
            }
            for k in 0..<Int(generator.next() % 3) {
                visit.ownSignals.append(OwnSignal(id: "o\(k)", title: text(), description: text(),
                                                  namedToTenant: pick(Answer.allCases), tenantReaction: text(),
                                                  concerns: pick(Person.allCases)))
            }
            for k in 0..<Int(generator.next() % 3) {
                visit.thirdParty.append(ThirdPartyReport(id: "d\(k)", role: text(), said: text(),
                                                         advisedVeiligThuis: flag(), advised112: flag()))
            }
            visit.special.acuteDanger = flag()
            visit.special.called112 = flag()
            visit.special.recentSexualViolence = flag()
            visit.special.honourRelated = flag()
            visit.status = flag() ? .concept : .overgedragen
            visit.handedOverAt = visit.status == .overgedragen ? visit.updatedAt : nil
            out.append(visit)
        }
        return out
    }

    func testWhatTheProgramWritesIsReadByHandExactlyAsByJSONDecoder() throws {
        for visit in visits() {
            let data = try DraftStore.encode(visit)
            let read = try XCTUnwrap(fast(data), visit.id)
            XCTAssertEqual(read, slow(data), visit.id)
            XCTAssertEqual(read, visit, visit.id)
            XCTAssertEqual(try DraftStore.decode(data), visit)
        }
    }

    func testAnythingElseIsEitherReadTheSameOrLeftToJSONDecoder() throws {
        let base = try XCTUnwrap(String(data: DraftStore.encode(visits()[7]), encoding: .utf8))
        var variants: [String] = []
        // Other writers: other key order, compact, escaped slashes.
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(base.utf8)) as? [String: Any])
        variants.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        variants.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        // Edits: each one makes a document JSONDecoder reads differently or refuses.
        let edits: [(String, String)] = [
            ("\"status\" : \"concept\"", "\"status\" : \"klaar\""),
            ("\"status\" : \"overgedragen\"", "\"status\" : null"),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1.0"),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 01"),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"schemaVersion\" : 2"),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"extra\" : [1, {\"a\" : null}]"),
            ("\"schemaVersion\" : 1", "\"schema\\u0056ersion\" : 1"),
            ("\"id\" :", "\"i\\u0064\" :"),
            ("\"childrenPresent\"", "\"childrenpresent\""),
            ("Z\"", ".5Z\""),
            ("Z\"", "+00:00\""),
            ("\"acuteDanger\" : false", "\"acuteDanger\" : 0"),
            ("\"acuteDanger\" : true", "\"acuteDanger\" : \"true\""),
            ("\"thirdParty\" : [", "\"thirdParty\" : [null, "),
            ("\"special\" : {", "\"special\" : {\"acuteDanger\" : false, "),
            ("\"concerns\" : \"onbekend\"", "\"concerns\" : null"),
            ("\"concerns\" : \"kind\"", "\"concerns\" : \"buurman\""),
            ("\"reason\" : \"", "\"reason\" : null, \"x\" : \""),
            ("}", "} "),
            ("{", "\u{FEFF}{"),
        ]
        for (old, new) in edits where base.contains(old) {
            variants.append(base.replacingOccurrences(of: old, with: new))
        }
        variants.append(base.replacingOccurrences(of: "\"handedOverAt\" : \"[^\"]*\",\n", with: "", options: .regularExpression))
        variants.append(String(base.dropLast(2)))
        XCTAssertGreaterThan(variants.count, 15)
        for variant in variants {
            let data = Data(variant.utf8)
            let expected = slow(data)
            if let read = fast(data) {
                XCTAssertEqual(read, expected, variant)
            } else {
                XCTAssertEqual((try? DraftStore.decode(data)), expected, "the fallback is JSONDecoder: \(variant)")
            }
        }
        // Bytes that are not UTF-8 are left to JSONDecoder too.
        var bytes = Data(base.utf8)
        bytes[bytes.count / 2] = 0xFF
        XCTAssertEqual(try? DraftStore.decode(bytes), slow(bytes))
    }
}

/// A small seeded generator (SplitMix64), so the visits are the same in every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
