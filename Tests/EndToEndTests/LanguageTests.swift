import Foundation
import XCTest
import VoordeurKit

/// The command line in English: from the locale, from --taal and from the configuration.
final class LanguageTests: XCTestCase {
    func testTheLocaleGivesTheEnglishCard() throws {
        let sandbox = try Sandbox()
        var environment = sandbox.environment
        environment["LC_ALL"] = ""
        environment["LANG"] = "en_GB.UTF-8"
        let english = try Binary.run(["kaart"], environment: environment)
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertTrue(english.stdout.hasPrefix("Signal card for housing corporations"), english.stdout)
        XCTAssertTrue(english.stdout.contains("fist marks in walls or doors"))
        XCTAssertTrue(english.stdout.contains("Another cause"))
        let dutch = try Binary.run(["kaart"], environment: sandbox.environment)
        XCTAssertTrue(dutch.stdout.contains("vuistafdrukken in muren of deuren"), dutch.stdout)
    }

    func testHelpInEnglishHasNoDutchOfItsOwn() throws {
        let sandbox = try Sandbox()
        let help = try Binary.run(["--taal", "en", "--help"], environment: sandbox.environment)
        XCTAssertEqual(help.status, 0, help.stderr)
        for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "Start a new visit.", "--taal <taal>"] {
            XCTAssertTrue(help.stdout.contains(english), "\(english) missing:\n\(help.stdout)")
        }
        for dutch in ["Toon", "Begin een", "concepten", "OPDRACHTEN", "standaard"] {
            XCTAssertFalse(help.stdout.contains(dutch), "\(dutch) in the English help:\n\(help.stdout)")
        }
        let dutchHelp = try Binary.run(["--help"], environment: sandbox.environment)
        XCTAssertTrue(dutchHelp.stdout.contains("GEBRUIK:") && dutchHelp.stdout.contains("Begin een nieuw bezoek."), dutchHelp.stdout)
        let bad = try Binary.run(["--taal", "fr", "lijst"], environment: sandbox.environment)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("voordeur: --taal kent nl en en"), bad.stderr)
    }

    func testTheConfigurationChoosesTheLanguageAndAnUnknownOneIsAnError() throws {
        let sandbox = try Sandbox()
        try sandbox.writeConfig("[voordeur]\ntaal = en\n")
        let lijst = try Binary.run(["lijst"], environment: sandbox.environment)
        XCTAssertTrue(lijst.stdout.hasPrefix("No drafts in"), lijst.stdout + lijst.stderr)
        let option = try Binary.run(["--taal", "nl", "lijst"], environment: sandbox.environment)
        XCTAssertTrue(option.stdout.hasPrefix("Geen concepten in"), "--taal wins: " + option.stdout)
        try sandbox.writeConfig("[voordeur]\ntaal = fr\n")
        let broken = try Binary.run(["lijst"], environment: sandbox.environment)
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("'taal' moet nl of en zijn"), broken.stderr)
    }

    func testTheCoachSaysItReadsDutch() throws {
        guard Speller.shared.dictionaryInstalled else { throw XCTSkip("no Dutch dictionary (hunspell-nl)") }
        let sandbox = try Sandbox()
        let sentence = "I saw that the front door had been forced and the lock was broken.\n"
        let english = try Binary.run(["--taal", "en", "coach"], input: sentence, environment: sandbox.environment)
        XCTAssertTrue(english.stdout.contains("The coach reads Dutch"), english.stdout)
        let dutch = try Binary.run(["coach"], input: sentence, environment: sandbox.environment)
        XCTAssertTrue(dutch.stdout.contains("De coach leest Nederlands"), dutch.stdout)
        let plain = try Binary.run(["coach"], input: "Ik zie een gat van 10 cm in de voordeur.\n", environment: sandbox.environment)
        XCTAssertFalse(plain.stdout.contains("leest Nederlands"), plain.stdout)
    }
}
