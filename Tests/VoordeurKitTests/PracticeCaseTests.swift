import XCTest
@testable import VoordeurKit

/// The practice cases: the built-in file covers what issue 24 asks, the parser names the line of every problem,
/// and the review counts what was found, missed and ticked without reason.
final class PracticeCaseTests: XCTestCase {
    let card = CardLoader.defaultCard()

    func testTheBuiltInCasesCoverBothListsAndHoldCasesWithoutASignal() throws {
        let cases = try PracticeCases.builtIn(card: card)
        XCTAssertGreaterThanOrEqual(cases.count, 12)
        XCTAssertEqual(Set(cases.map(\.id)).count, cases.count, "ids are unique")
        XCTAssertGreaterThanOrEqual(cases.filter { $0.signals.isEmpty && $0.freeSignals.isEmpty }.count, 2,
                                    "at least two cases with no signal at all")
        let used = Set(cases.flatMap(\.signals))
        for list in card.lists {
            XCTAssertTrue(used.contains { $0.hasPrefix(list.id + ".") }, "a case uses the list \(list.id)")
        }
        for practiceCase in cases {
            XCTAssertFalse(practiceCase.nextStep.isEmpty, practiceCase.id)
            XCTAssertFalse(practiceCase.situation.isEmpty, practiceCase.id)
            if !practiceCase.signals.isEmpty { XCTAssertFalse(practiceCase.models.isEmpty, "\(practiceCase.id) has a model") }
        }
        // Acute danger names 112 in its next step; the honour-related case says not to talk about it yourself.
        XCTAssertTrue(cases.contains { $0.nextStep.contains("112") && $0.nextStep.lowercased().contains("acuut") })
        XCTAssertTrue(cases.contains { $0.nextStep.contains("eergerelateerd") && $0.nextStep.contains("niet zelf") })
    }

    func testEveryModelDescriptionPassesTheCoach() throws {
        let coach = Coach()
        for practiceCase in try PracticeCases.builtIn(card: card) {
            for model in practiceCase.models {
                let findings = coach.analyse(model).findings
                XCTAssertEqual(findings.map(\.match), [], "\(practiceCase.id): \(model)")
            }
        }
    }

    func testAnUnknownSignalIsNamedWithItsLine() {
        let text = "[casus een]\ntitel = Een\nsituatie = Iets.\nsignalen = woning.vuistafdrukken;\n    woning.bestaat-niet\nvolgende-stap = Bel.\n"
        XCTAssertThrowsError(try PracticeCaseParser.parse(text, source: "eigen.kaart", card: card, base: nil)) { error in
            let problem = error as? FileProblem
            XCTAssertEqual(problem?.line, 4)
            XCTAssertTrue(problem?.description.contains("woning.bestaat-niet") ?? false, "\(error)")
            XCTAssertTrue(problem?.description.hasPrefix("eigen.kaart, regel 4:") ?? false, "\(error)")
        }
    }

    func testOtherProblemsAreNamedWithTheirLine() {
        func line(_ text: String) -> Int? {
            do { _ = try PracticeCaseParser.parse(text, source: "f", card: card, base: nil); return nil } catch {
                return (error as? FileProblem)?.line ?? -1
            }
        }
        let good = "titel = T\nsituatie = S\nsignalen =\nvolgende-stap = V\n"
        XCTAssertNil(line("[casus a]\n" + good))
        XCTAssertEqual(line("[casus a]\n" + good + "\n[casus a]\n" + good), 7, "a second case with the same id")
        XCTAssertEqual(line("[casus a]\n" + good + "kleur = rood\n"), 6, "an unknown key")
        XCTAssertEqual(line("[casus A!]\n" + good), 1, "an id with capitals")
        XCTAssertEqual(line("[casus a]\nsituatie = S\nsignalen =\nvolgende-stap = V\n"), 1, "no title")
        XCTAssertEqual(line("[casus a]\ntitel = T\nsituatie = S\nvolgende-stap = V\n"), 1, "no signals line")
        XCTAssertEqual(line("[casussen]\nmodus = half\n[casus a]\n" + good), 2, "an unknown mode")
        XCTAssertEqual(line("titel = T\n"), 1, "a key outside a heading")
        XCTAssertEqual(line("[kaart]\nnaam = x\n"), 1, "an unknown heading")
    }

    func testACorporationsFileAddsOrReplaces() throws {
        let builtIn = try PracticeCases.builtIn(card: card)
        let own = "[casus eigen-galerij]\ntitel = Op de galerij\nsituatie = Je hoort iets.\nsignalen = huurder.geluidsoverlast\nvolgende-stap = Bel de consulent.\n"
        let added = try PracticeCaseParser.parse(own, source: "f", card: card, base: builtIn)
        XCTAssertEqual(added.count, builtIn.count + 1)
        XCTAssertEqual(added.last?.title, "Op de galerij")
        let replaced = try PracticeCaseParser.parse("[casussen]\nmodus = vervangen\n" + own, source: "f", card: card, base: builtIn)
        XCTAssertEqual(replaced.map(\.id), ["eigen-galerij"])
        // A case with a built-in id takes its place.
        let first = try XCTUnwrap(builtIn.first)
        let changed = try PracticeCaseParser.parse(own.replacingOccurrences(of: "eigen-galerij", with: first.id), source: "f",
                                                   card: card, base: builtIn)
        XCTAssertEqual(changed.count, builtIn.count)
        XCTAssertEqual(changed.first?.title, "Op de galerij")
    }

    func testTheReviewCountsFoundMissedExtraAndRemarks() {
        let practiceCase = PracticeCase(id: "t", title: "T", situation: ["S"],
                                        signals: ["woning.beschadigd-slot", "huurder.dominant"], nextStep: "Bel.")
        var visit = Visit(id: "oefening", startedAt: Date())
        visit.updateObservation("woning.beschadigd-slot") {
            $0.ticked = true
            $0.description = "De man is agressief."
        }
        visit.updateObservation("woning.kinderen-schooltijd") { $0.ticked = true }
        visit.ownSignals = [OwnSignal(id: "eigen-1", title: "rookmelder afgeplakt", description: "Ik zie tape over de rookmelder.")]
        let coach = Coach()
        let review = PracticeReview(practiceCase: practiceCase, visit: visit, card: card) { coach.analyse($0).findings }
        XCTAssertEqual(review.found.map(\.id), ["woning.beschadigd-slot"])
        XCTAssertEqual(review.missed.map(\.id), ["huurder.dominant"])
        XCTAssertEqual(review.extra.map(\.id), ["woning.kinderen-schooltijd"])
        XCTAssertEqual(review.ownSignals, ["rookmelder afgeplakt"])
        XCTAssertEqual(review.described.map(\.text), ["De man is agressief.", "Ik zie tape over de rookmelder."])
        XCTAssertEqual(review.described.first?.remarks.map(\.match), ["agressief"])
        XCTAssertEqual(review.remarkCount, 1)
    }
}
