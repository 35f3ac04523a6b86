import Foundation
import XCTest
@testable import VoordeurApp
import VoordeurKit

/// Random keys, pastes, resizes, ticks and effect results through `update` and `render`, in process. The seed is
/// printed; `VOORDEUR_FUZZ_SEED=<seed> swift test --filter FuzzTests` replays the same run, step for step.
final class FuzzTests: UTCTestCase {
    static let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab,
                              .backspace, .delete, .escape, .f2, .f3, .other(265), .character(" ")]
    static let characters: [Character] = ["j", "n", "k", "x", "q", "e", "f", "c", "o", "a", "b", "i", "v", "?", "!",
                                          "ë", "漢", "✓", "y", "s", "\u{1B}", "\u{7F}"]
    static let pastes = ["Ik zie een gat in de deur.", "De woning is vies.\nHij is agressief.", "\t\u{1B}[2J漢字", "",
                         "Bel 06-12345678 of jan@example.nl", String(repeating: "woord ", count: 300)]
    static let sizes = [(24, 80), (20, 60), (40, 120), (19, 59), (15, 40), (50, 200), (1, 1)]

    func testRandomMessagesKeepEveryFrameWhole() {
        let seed = ProcessInfo.processInfo.environment["VOORDEUR_FUZZ_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
        print("fuzz seed: \(seed) (replay: VOORDEUR_FUZZ_SEED=\(seed) swift test --filter FuzzTests)")
        for language in Language.allCases {
            Strings.$scoped.withValue(.for(language)) { run(seed: seed, steps: 4_000, language: language) }
        }
    }

    /// The same seed gives the same screens: a failure found once can be replayed.
    func testTheSameSeedReplaysTheSameRun() {
        XCTAssertEqual(trace(seed: 42, steps: 300), trace(seed: 42, steps: 300))
        XCTAssertNotEqual(trace(seed: 42, steps: 300), trace(seed: 43, steps: 300))
    }

    func trace(seed: UInt64, steps: Int) -> [String] {
        var screens: [String] = []
        run(seed: seed, steps: steps, language: .nl) { screens.append($0.text) }
        return screens
    }

    func run(seed: UInt64, steps: Int, language: Language, observe: (Screen) -> Void = { _ in }) {
        var random = SeededGenerator(seed: seed)
        var state = Fixture.state(card: CardLoader.defaultCard(language))
        var now = state.now
        var pending: [Effect] = []
        for step in 0..<steps {
            let message: Message
            if let effect = pending.first {
                pending.removeFirst()
                guard let answer = Self.answer(effect, now: now, random: &random) else { continue }
                if case .quit = effect {
                    // The program would end here; the fuzz goes on with a fresh one.
                    state = Fixture.state(card: CardLoader.defaultCard(language))
                    continue
                }
                message = answer
            } else {
                message = Self.message(&random, now: &now)
            }
            pending += App.update(&state, message)
            let screen = Renderer.render(state)
            observe(screen)
            let context = "seed \(seed), \(language), step \(step), after \(message)"
            XCTAssertEqual(screen.rows, state.rows, context)
            let lines = screen.textLines()
            for line in lines where DisplayWidth.of(line) > state.columns {
                XCTFail("a line wider than the screen: \(context)\n\(line)")
                return
            }
            if !state.isTooSmall, !state.overlays.contains(.discreet), !lines.contains(where: { $0.contains("112") }) {
                XCTFail("no emergency line: \(context)\n\(screen.text)")
                return
            }
            if let editor = state.editor, !editor.fields.indices.contains(editor.focus) {
                XCTFail("the editor's focus left its fields: \(context)")
                return
            }
        }
    }

    static func message(_ random: inout SeededGenerator, now: inout Date) -> Message {
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<9: return .key(keys.randomElement(using: &random)!)
        case 9..<15: return .key(.character(characters.randomElement(using: &random)!))
        case 15: return .paste(pastes.randomElement(using: &random)!)
        case 16:
            let size = sizes.randomElement(using: &random)!
            return .resize(rows: size.0, columns: size.1)
        default:
            now = now.addingTimeInterval(Double.random(in: 0.1...3_600, using: &random))
            return .tick(now)
        }
    }

    /// What the effect runner could answer: success or failure, chosen at random.
    static func answer(_ effect: Effect, now: Date, random: inout SeededGenerator) -> Message? {
        let fails = Bool.random(using: &random)
        switch effect {
        case .save: return fails ? .saveFailed("geen ruimte meer op het apparaat") : .saved(now)
        case .finalSave: return fails ? .finalSaveFailed("alleen-lezen") : .finalSaved
        case .saveCopy: return fails ? .copySaveFailed("geen map") : .copySaved(path: "/tmp/kopie.json")
        case .writeExport: return fails ? .exportFailed("vol") : .exported(path: "/tmp/overdracht.txt")
        case .copyToClipboard: return fails ? .copyFailed("geen klembord") : .copied(method: "Gekopieerd naar tmux.")
        case .send: return fails ? .sendFailed("exit 1") : .sent("Verstuurd.")
        case .deleteVisit: return fails ? .deleteFailed("bezet") : .visitDeleted(removed: 1, remaining: ["/usb/x.txt"])
        case .writeConfig: return fails ? .configWriteFailed("alleen-lezen") : .configWritten(path: "/tmp/voordeur.conf")
        case .listVisits: return .visitsListed([], problems: fails ? ["kapot.json: geen JSON"] : [])
        case .openVisit: return fails ? .visitOpenFailed("vergrendeld") : .visitOpened(Visit(id: "20261101-0800-0001", startedAt: now))
        case .newVisit: return .newVisitStarted
        case .pin: return .pin(fails ? .rejected : .accepted)
        case .cancelBackground: return fails ? .sendFailed("afgebroken") : nil
        case .quit: return .finalSaved
        }
    }
}
