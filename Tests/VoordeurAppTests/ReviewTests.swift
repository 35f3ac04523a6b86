import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Issue 21, item 4: one review before export, send or copy.
final class ReviewTests: UTCTestCase {
    func reviewed(_ prepare: (inout AppState) -> Void, key: Character = "e") -> (AppState, ReviewOverlay?) {
        var state = GoldenScreenTests.filledVisit(rows: 24, columns: 80)
        prepare(&state)
        state.tab = .handover
        state.press(.character(key))
        if let review = state.top(ReviewOverlay.self) { return (state, review) }
        return (state, nil)
    }

    func testEveryOpenPointIsListedOnce() {
        let (_, review) = reviewed { state in
            state.visit.updateObservation("woning.vuistafdrukken") {
                $0.ticked = true
                $0.description = "De woning is vies."
                $0.tenantReaction = "Ze was duidelijk bang."
            }
            state.visit.thirdParty = [ThirdPartyReport(id: "derde-1", role: "buurvrouw",
                                                       said: "Bel Piet de Vries op 06-12345678, hij weet alles.")]
            state.visit.concern = "Ik denk dat zij bang is; bel haar zus op 06-87654321."
            state.visit.reason = .reparatie
        }
        let texts = (review?.points ?? []).map(\.text)
        XCTAssertTrue(texts.contains { $0.hasPrefix("Coach bij ") && $0.contains("vies") }, "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("Coach bij reactie") && $0.contains("bang") }, "the reaction is coached: \(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("Persoonsgegeven in van derden") && $0.contains("06-12345678") }, "\(texts)")
        XCTAssertTrue(texts.contains { $0.contains("jouw zorg") && $0.contains("06-87654321") }, "the concern is checked for personal data: \(texts)")
        XCTAssertFalse(texts.contains { $0.hasPrefix("Coach bij jouw zorg") }, "the coach does not judge the concern")
        XCTAssertTrue(texts.contains(AppNoteTexts.missingHowKnown("buurvrouw")), "\(texts)")
        XCTAssertFalse(texts.contains(AppNoteTexts.missingPersons), "persons were entered")
    }

    func testEnterOpensTheFieldAndJGoesOnOnce() {
        var (state, review) = reviewed({ state in
            state.visit.reason = .reparatie
            state.visit.thirdParty = [ThirdPartyReport(id: "derde-1", role: "buurvrouw", said: "Ze hoort geschreeuw.")]
        }, key: "c")
        let index = try! XCTUnwrap(review?.points.firstIndex { $0.text == AppNoteTexts.missingHowKnown("buurvrouw") })
        for _ in 0..<index { state.press(.down) }
        XCTAssertEqual(state.press(.enter), [])
        XCTAssertEqual(state.editor?.target, .thirdParty("derde-1"))
        XCTAssertEqual(state.editor?.focused.spec.path, .thirdParty("derde-1", .howKnown))
        state.press(.escape)
        state.tab = .handover
        state.press(.character("c"))
        guard case .copyToClipboard? = state.press(.character("j")).first else { return XCTFail("j copies") }
        XCTAssertNil(state.top)
    }

    func testNothingOpenNeedsNoReview() {
        var state = Fixture.state(config: Fixture.config)
        state.visit = NoteSectionsTests_visit()
        state.tab = .handover
        guard case .writeExport? = state.press(.character("e")).first else { return XCTFail("exports at once: \(String(describing: state.top))") }
    }

    func testAnonymisingKeepsTheWorkOrderReference() {
        var visit = Visit(id: "20261122-0930-abcd", startedAt: Fixture.start)
        visit.homeReference = "Kerkstraat 12, 1234 AB"
        visit.updateObservation("woning.vuistafdrukken") { $0.ticked = true; $0.description = "Buurman Jan belde 06-12345678." }
        let redacted = Redactor.redacted(visit)
        XCTAssertEqual(redacted.homeReference, "Kerkstraat 12, 1234 AB")
        XCTAssertFalse(redacted.observations[0].description.contains("06-12345678"))
    }
}

/// A visit with nothing open: every field the consulent needs, objective wording, no personal data.
func NoteSectionsTests_visit() -> Visit {
    var visit = Visit(id: "20261122-0930-abcd", startedAt: Fixture.start)
    visit.reason = .reparatie
    visit.homeReference = "WO-2026-0413"
    visit.persons = [PresentPerson(id: "p1", role: .huurder, age: "ca. 35")]
    visit.agreed = "Lekkage verholpen."
    visit.updateObservation("woning.vuistafdrukken") {
        $0.ticked = true
        $0.description = "Ik zie een gat in de slaapkamerdeur, op 1,5 meter hoogte."
        $0.personIDs = ["p1"]
    }
    return visit
}
