import XCTest

/// `voordeur oefen` (issue 24) as a trainer and a worker use it: the list, the check of a corporation's case file,
/// and a practice run in a real terminal that leaves nothing behind.
final class PracticeEndToEndTests: XCTestCase {
    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    func testTheListPrintsAtLeastTwelveCases() throws {
        let sandbox = try Sandbox()
        let result = try Binary.run(["oefen", "--lijst"], environment: sandbox.environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertGreaterThanOrEqual(lines(result.stdout).count, 12, result.stdout)
        XCTAssertTrue(result.stdout.contains("badkamerdeur"), result.stdout)
        XCTAssertEqual(result.stderr, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.data.path), "listing cases writes no data folder")
    }

    func testTheCheckNamesTheLineOfAnUnknownSignal() throws {
        let sandbox = try Sandbox()
        let file = sandbox.root.appendingPathComponent("eigen.kaart")
        try "# eigen casussen\n[casus galerij]\ntitel = Op de galerij\nsituatie = Je hoort iets.\nsignalen = woning.bestaat-niet\nvolgende-stap = Bel.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let bad = try Binary.run(["oefen", "--controleer", file.path], environment: sandbox.environment)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("voordeur: "), bad.stderr)
        XCTAssertTrue(bad.stderr.contains("\(file.path), regel 5"), bad.stderr)
        XCTAssertTrue(bad.stderr.contains("woning.bestaat-niet"), bad.stderr)
        XCTAssertEqual(bad.stdout, "")
        try String(contentsOf: file).replacingOccurrences(of: "woning.bestaat-niet", with: "huurder.geluidsoverlast")
            .write(to: file, atomically: true, encoding: .utf8)
        let good = try Binary.run(["oefen", "--controleer", file.path], environment: sandbox.environment)
        XCTAssertEqual(good.status, 0, good.stderr)
        XCTAssertTrue(good.stdout.contains("1 casus, in orde"), good.stdout)
    }

    func testACorporationsCaseFileAddsACase() throws {
        let sandbox = try Sandbox()
        let builtIn = try Binary.run(["oefen", "--lijst"], environment: sandbox.environment)
        let file = sandbox.root.appendingPathComponent("corporatie.kaart")
        try "[casus galerij]\ntitel = Geschreeuw op de galerij\nsituatie = Je hoort iets.\nsignalen = huurder.geluidsoverlast\nvolgende-stap = Bel.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        // With --casussen, and with 'casussen =' in the configuration.
        let option = try Binary.run(["oefen", "--lijst", "--casussen", file.path], environment: sandbox.environment)
        XCTAssertEqual(option.status, 0, option.stderr)
        try sandbox.writeConfig("[voordeur]\ncasussen = \(file.path)\n")
        let configured = try Binary.run(["oefen", "--lijst"], environment: sandbox.environment)
        XCTAssertEqual(configured.status, 0, configured.stderr)
        for result in [option, configured] {
            XCTAssertEqual(lines(result.stdout).count, lines(builtIn.stdout).count + 1, result.stdout)
            XCTAssertTrue(lines(result.stdout).last?.contains("Geschreeuw op de galerij") ?? false, result.stdout)
        }
        // modus = vervangen: the corporation's case only.
        try ("[casussen]\nmodus = vervangen\n" + String(contentsOf: file)).write(to: file, atomically: true, encoding: .utf8)
        let replaced = try Binary.run(["oefen", "--lijst"], environment: sandbox.environment)
        XCTAssertEqual(lines(replaced.stdout).count, 1, replaced.stdout)
    }

    func testAPracticeRunShowsTheReviewAndLeavesNothingBehind() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed")
        let sandbox = try Sandbox()
        let sentence = "De man is agressief en zijn vrouw is bang voor hem."
        let tmux = try Tmux(arguments: ["oefen"], sandbox: sandbox)
        try tmux.waitFor("Cv-ketel, en een badkamerdeur zonder slot")
        try tmux.keys("Enter")
        try tmux.waitFor("OEFENING")
        try tmux.waitFor("[Casus]")
        try tmux.keys("Tab", "Down", "Down", "Down", "Space")      // the broken lock: in the case
        try tmux.waitFor("[x] beschadigd slot in wc of badkamerdeur")
        for _ in 0..<6 { try tmux.keys("Down") }
        try tmux.keys("Space")                                       // children at home: not in the case
        try tmux.waitFor("[x] kinderen thuis onder schooltijd")
        for _ in 0..<6 { try tmux.keys("Up") }
        try tmux.keys("Enter")
        try tmux.waitFor("Beschrijf: beschadigd slot")
        try tmux.type(sentence)
        try tmux.waitFor("oordeel \"agressief\"")
        try tmux.keys("Escape")
        try tmux.waitFor("Enter beschrijf")
        try tmux.keys("q")
        let review = try tmux.waitFor("Gemist (4):")
        XCTAssertTrue(review.contains("OEFENING"), review)
        XCTAssertTrue(review.contains("vuistafdrukken in muren of deuren"), review)
        // The rest of the review, a page at a time.
        var all = review
        for _ in 0..<4 {
            try tmux.keys("PageDown")
            Thread.sleep(forTimeInterval: 0.3)
            all += try tmux.screen()
        }
        XCTAssertTrue(all.contains("Aangevinkt, maar niet in deze casus (1):"), all)
        XCTAssertTrue(all.contains("kinderen thuis onder schooltijd"), all)
        XCTAssertTrue(all.contains("Opmerkingen van de coach die bleven (2):"), all)
        XCTAssertTrue(all.contains("Voorbeeld: Ik zie"), all)
        XCTAssertTrue(all.contains("De volgende stap:"), all)
        XCTAssertTrue(all.contains("sociaal consulent"), all)
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)

        // No file the program could have written holds the sentence, and no draft was made.
        for folder in [sandbox.data, sandbox.config, sandbox.runtime] {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files {
                let data = (try? Data(contentsOf: file)) ?? Data()
                XCTAssertNil(data.range(of: Data("agressief".utf8)), "\(file.path) holds the typed sentence")
            }
        }
        XCTAssertEqual(try sandbox.drafts().count, 0)
        let list = try Binary.run(["lijst"], environment: sandbox.environment)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.hasPrefix("Geen concepten"), list.stdout)
    }
}
