import XCTest
@testable import VoordeurApp
import VoordeurKit

/// `--taal en`: every screen in English. Names may stay Dutch (Veilig Thuis, sociaal consulent, Centrum Seksueel
/// Geweld, the configuration's keys such as verzendcommando), and so do the examples of what to write, which are
/// Dutch on purpose: the note is written in Dutch.
final class EnglishScreenTests: UTCTestCase {
    override func invokeTest() { Strings.$scoped.withValue(.for(.en)) { super.invokeTest() } }

    /// Words that are Dutch and never English; one of them on an English screen is a text that was not moved.
    static let dutchWords: Set<String> = ["het", "een", "niet", "van", "en", "de", "je", "wat", "bij", "naar", "voor",
                                          "met", "op", "zijn", "wordt", "ook", "als", "geen", "nog", "stop",
                                          "hulp", "vink", "beschrijf", "sluit", "signalen", "bezoek", "overdracht",
                                          "opgeslagen", "verberg", "instellingen", "bezoeken", "bijzonder", "kies",
                                          "terug", "gevaar", "bel", "advies", "spatie", "wisselt", "kiezen"]
    static let names = ["Veilig Thuis", "sociaal consulent", "Centrum Seksueel Geweld", "verzendcommando",
                        "\"Ik zie dat …\"", "\"Ik hoorde … toen ik bij u op de stoep stond\"", "\"Ik zie …\"",
                        "\"Ik hoor …\"", "\"Ik ruik …\"", "voordeur wis", "J. de Vries"]

    func englishState(rows: Int = 24, columns: Int = 80) -> AppState {
        Fixture.state(rows: rows, columns: columns, config: Fixture.config, card: CardLoader.defaultCard(.en))
    }

    /// `rows` limits the check (the Handover tab's preview is the note, in the consulent's language).
    func assertEnglish(_ screen: Screen, _ what: String, rows: [Int]? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let lines = screen.textLines()
        // Wrapped lines joined, so a name broken over two lines is still a name.
        var text = (rows ?? Array(lines.indices)).map { lines[$0] }.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for name in Self.names { text = text.replacingOccurrences(of: name, with: " ") }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        let dutch = words.filter(Self.dutchWords.contains)
        XCTAssertEqual(dutch, [], "Dutch on the English \(what):\n\(screen.text)", file: file, line: line)
    }

    func testEveryTabAndOverlayIsInEnglish() {
        for (rows, columns) in [(24, 80), (20, 60)] {
            var state = englishState(rows: rows, columns: columns)
            for tab in state.tabs {
                state.tab = tab
                // The body's last row is the note too (its sections, in the consulent's language): the status line and keys are checked.
                let preview = tab == .handover ? Array(0..<4) + [rows - 2, rows - 1] : nil
                assertEnglish(Renderer.render(state), "tab \(tab) at \(columns)x\(rows)", rows: preview)
            }
            state.tab = .list(0)
            let opened: [(String, [Key])] = [("editor", [.enter]), ("help", [.character("?")]), ("step plan", [.character("?"), .tab]),
                                             ("special situations", [.character("!")]), ("settings", [.character("i")]),
                                             ("visits", [.character("b")])]
            for (name, keys) in opened {
                var copy = state
                copy.press(keys)
                assertEnglish(Renderer.render(copy), "\(name) at \(columns)x\(rows)")
            }
            var own = state
            own.tab = .own
            own.press(.enter)
            assertEnglish(Renderer.render(own), "own signal editor")
            var third = state
            third.tab = .thirdParty
            third.press(.enter)
            assertEnglish(Renderer.render(third), "third-party editor")
            var handover = state
            handover.tab = .handover
            handover.press(.character("o"))
            let box = Renderer.render(handover).textLines().indices.filter { Renderer.render(handover).textLines()[$0].contains("│") }
            assertEnglish(Renderer.render(handover), "handover confirmation", rows: box)
        }
    }

    func testTheEnglishGoldenScreens() {
        assertGolden(Renderer.render(englishState()), "en-woning-80x24")
        var help = englishState()
        help.press(.character("?"))
        assertGolden(Renderer.render(help), "en-hulp-80x24")
        var editor = englishState()
        editor.press(.down, .enter)
        editor.type("I see two dents in the bedroom door, at 1.5 metres.")
        assertGolden(Renderer.render(editor), "en-beschrijving-80x24")
        var pin = englishState()
        pin.overlays = [.pin(PinState(mode: .choose, allowWithoutPin: true))]
        assertGolden(Renderer.render(pin), "en-pincode-kiezen-80x24")
    }

    func testThePinScreenIsInEnglish() {
        for mode in [PinState.Mode.unlock, .choose, .relock, .change] {
            var state = englishState()
            state.overlays = [.pin(PinState(mode: mode, allowWithoutPin: true))]
            assertEnglish(Renderer.render(state), "PIN screen (\(mode))")
            state.type("12")
            state.press(.enter)
            assertEnglish(Renderer.render(state), "PIN screen after a short PIN (\(mode))")
        }
        var confirm = englishState()
        confirm.overlays = [.pin(PinState(mode: .choose, allowWithoutPin: true))]
        confirm.press(.character("z"))
        assertEnglish(Renderer.render(confirm), "PIN screen's question about the disk")
    }
}

extension AppState {
    mutating func press(_ keys: [Key]) { for key in keys { _ = App.update(&self, .key(key)) } }
}
