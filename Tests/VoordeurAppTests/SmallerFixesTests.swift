import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Issue 21, item 8: the smaller ones.
final class SmallerFixesTests: UTCTestCase {
    func testTheStepPlanFollowsTheGuide() {
        let plan = HelpOverlay.stepPlan.joined(separator: " ")
        XCTAssertTrue(plan.contains("medewerker en/of sociaal consulent"), plan)
        XCTAssertFalse(plan.contains("Jouw rol eindigt"), plan)
    }

    func testLeftAndRightChangeTabsInTheLists() {
        var state = Fixture.state()
        state.press(.right)
        XCTAssertEqual(state.tab, .list(1))
        state.press(.left, .left)
        XCTAssertEqual(state.tab, .handover)
        // On a choice row of Bezoek ←→ change the choice, not the tab.
        state.tab = .visit
        state.press(.down, .right)
        XCTAssertEqual(state.tab, .visit)
        XCTAssertEqual(state.visit.reason, .reparatie)
    }

    func testTheHiddenScreenExplainsNothing() {
        var state = Fixture.state()
        state.press(.f2)
        XCTAssertTrue(Renderer.render(state).textLines().allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    func testAFailureMessageWrapsInFull() {
        let reason = "geen verzendcommando ingesteld en xdg-email niet gevonden: stel 'verzendcommando' in bij de instellingen "
            + "(toets i), bijvoorbeeld msmtp -t, of installeer xdg-utils"
        for (rows, columns) in [(24, 80), (20, 60)] {
            var state = Fixture.state(rows: rows, columns: columns)
            state.tab = .handover
            _ = App.update(&state, .sendFailed(reason))
            let text = Renderer.render(state).textLines().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(text.contains("of installeer xdg-utils"), text)
        }
    }
}

extension SmallerFixesTests {
    /// At 60×20 the remark at the cursor is on screen in full, however long its question.
    func testEveryCoachRemarkIsReadableInFullAt60x20() {
        var state = Fixture.state(rows: 20, columns: 60)
        state.press(.enter)
        state.type("Ik denk dat de man agressief is en de vrouw altijd bang, het was een chaos en heel vies.")
        let findings = state.editor?.report?.findings ?? []
        XCTAssertGreaterThan(findings.count, 2)
        for (index, finding) in findings.enumerated() {
            // Move the cursor onto the remark, as the worker does with ←.
            var probe = state
            if var editor = probe.top(EditorOverlay.self)?.editor, var buffer = editor.fields[0].buffer {
                while buffer.cursor > finding.start { buffer.left() }
                editor.fields[0].buffer = buffer
                probe.overlays[probe.overlays.count - 1] = .editor(editor)
            }
            let text = Renderer.render(probe).textLines().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            let lastWords = finding.question.split(separator: " ").suffix(2).joined(separator: " ")
            XCTAssertTrue(text.contains(lastWords), "remark \(index + 1) '\(finding.match)' ends on screen: \(lastWords)\n\(text)")
        }
    }
}
