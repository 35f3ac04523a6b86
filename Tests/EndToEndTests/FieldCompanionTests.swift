import Foundation
import XCTest

/// The real binary in tmux at 80×24, as a worker would use it.
final class FieldCompanionTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed (.ci/run installs it)")
    }

    func testTickDescribeSeeTheCoachQuitAndFindItSaved() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken in muren of deuren")
        try tmux.keys("Space")                       // tick "vreemd reparatieverzoek"
        try tmux.waitFor("▸ [x] vreemd reparatieverzoek")
        try tmux.keys("Down", "Enter")               // open "vuistafdrukken" (writing will tick it)
        try tmux.waitFor("Wat zie ik? Wat hoor ik? Wat ruik ik?")
        try tmux.type("De woning is vies.")
        let editor = try tmux.waitFor("oordeel \"vies\"")
        XCTAssertTrue(editor.contains("Acuut gevaar? Bel 112"))
        try tmux.keys("Escape")
        try tmux.waitFor("[x] vuistafdrukken in muren of deuren")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)

        let drafts = try sandbox.drafts()
        XCTAssertEqual(drafts.count, 1)
        let observations = try XCTUnwrap(drafts[0]["observations"] as? [[String: Any]])
        XCTAssertEqual(Set(observations.compactMap { $0["signalID"] as? String }),
                       ["woning.vreemd-reparatieverzoek", "woning.vuistafdrukken"])
        XCTAssertEqual(observations.first { $0["signalID"] as? String == "woning.vuistafdrukken" }?["description"] as? String,
                       "De woning is vies.")
        XCTAssertTrue(observations.allSatisfy { $0["ticked"] as? Bool == true })

        // Starting again opens the same concept.
        let again = try Tmux(sandbox: sandbox)
        try again.waitFor("· concept · 2 signalen")
        try again.keys("Down", "Enter")
        try again.waitFor("De woning is vies.")
        try again.keys("C-c")
        XCTAssertEqual(try again.waitForExit(), 0)
    }

    func testResizeAndTooSmallTerminal() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.run(["resize-window", "-t", tmux.session, "-x", "50", "-y", "15"])
        try tmux.waitFor("Venster te klein")
        try tmux.run(["resize-window", "-t", tmux.session, "-x", "120", "-y", "40"])
        let wide = try tmux.waitFor("In en rond de woning")
        XCTAssertTrue(wide.contains("Eigen signalen"), "full tab names at 120 columns")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testHelpSpecialSituationsAndDiscretion() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.type("?")
        try tmux.waitFor("[1 Toetsen]")
        try tmux.keys("Tab")
        try tmux.waitFor("2. Intern overleg")
        try tmux.keys("Escape")
        try tmux.type("!")
        try tmux.waitFor("Centrum Seksueel Geweld: 0800-0188")
        try tmux.keys("Space", "Escape")
        try tmux.keys("F2")
        try tmux.waitUntil("the screen hides everything", { let s = try tmux.screen(); return !s.contains("vuistafdrukken") && !s.contains("Voordeur") })
        try tmux.keys("F2")
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let special = try XCTUnwrap(sandbox.drafts().first?["special"] as? [String: Any])
        XCTAssertEqual(special["acuteDanger"] as? Bool, true)
    }

    /// The flow issue's done-when: ↓ at the end of a description stays in it; a bracketed paste with a tab and CR LF
    /// arrives as text.
    func testDownStaysInTheTextAndAPasteKeepsItsTabAndNewline() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken in muren of deuren")
        try tmux.keys("Down", "Enter")
        try tmux.waitFor("welke hoogte?")
        try tmux.type("regel een")
        try tmux.keys("Down", "Down")
        try tmux.type(" en verder")
        try tmux.waitFor("regel een en verder")
        // A paste through tmux's bracketed paste (-p), unchanged (-r): a tab and CR LF inside.
        try tmux.run(["set-buffer", "-b", "plak", " ik zag een jas\tjij nee ja\r\njawel"])
        try tmux.run(["paste-buffer", "-p", "-r", "-b", "plak", "-t", tmux.session])
        try tmux.waitFor("jawel")
        try tmux.keys("Escape")
        try tmux.waitFor("[x] vuistafdrukken")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let observations = try XCTUnwrap(sandbox.drafts().first?["observations"] as? [[String: Any]])
        let observation = try XCTUnwrap(observations.first { $0["signalID"] as? String == "woning.vuistafdrukken" })
        XCTAssertEqual(observation["description"] as? String, "regel een en verder ik zag een jas\tjij nee ja\njawel")
        XCTAssertEqual(observation["namedToTenant"] as? String, "onbekend")
        XCTAssertEqual(observation["tenantReaction"] as? String, "")
    }

    /// Any visit can be reopened: `voordeur open ID`, and the visits overlay (b) inside the program.
    func testOpenAnOlderVisitByIDAndThroughTheVisitsOverlay() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        let iso = ISO8601DateFormatter()
        // The older one changed an hour before the newer one: the overlay lists the newer first.
        for (id, reference, age) in [("20261120-0800-0001", "WO-OUD-1", 3600.0), ("20261121-0800-0002", "WO-NIEUW-2", 0)] {
            let now = iso.string(from: Date().addingTimeInterval(-age))
            let draft = """
            {"schemaVersion":1,"id":"\(id)","startedAt":"\(now)","updatedAt":"\(now)","reasonOther":"","homeReference":"\(reference)",
             "childrenPresent":"onbekend","observations":[],"ownSignals":[],"thirdParty":[],
             "special":{"acuteDanger":false,"called112":false,"recentSexualViolence":false,"honourRelated":false},"status":"concept"}
            """
            try draft.write(to: sandbox.data.appendingPathComponent("bezoek-\(id).json"), atomically: true, encoding: .utf8)
        }
        let tmux = try Tmux(arguments: ["open", "20261120-0800-0001"], sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("BTab", "BTab")
        try tmux.waitFor("WO-OUD-1")
        try tmux.type("b")
        try tmux.waitFor("WO-NIEUW-2")
        try tmux.keys("Up")
        try tmux.waitFor("▸ ")
        try tmux.keys("Enter")
        try tmux.waitFor("geopend")
        try tmux.keys("BTab", "BTab")
        try tmux.waitFor("WO-NIEUW-2")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    /// Inside tmux with its default settings the copy arrives in tmux's own buffer (load-buffer), and the status line
    /// says so.
    func testCopyInsideTmuxArrivesInTmuxsBuffer() throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux(sandbox: sandbox)
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.type("Ik zie een gat in de deur.")
        try tmux.keys("Escape", "BTab")
        try tmux.waitFor("Overdracht aan de sociaal consulent")
        try tmux.type("c")
        // The review lists what is still open (no work order, no persons, …); j copies anyway.
        try tmux.waitFor("Controle voor het kopi")
        try tmux.type("j")
        try tmux.waitFor("tmux")
        let buffer = try tmux.run(["show-buffer"])
        XCTAssertTrue(buffer.contains("Ik zie een gat in de deur."), buffer)
        XCTAssertTrue(buffer.hasPrefix("Overdracht signalen"), buffer)
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
