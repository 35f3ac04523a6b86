import Foundation
import VoordeurApp
import VoordeurKit

/// Benchmarks of the app layer: a frame, a keystroke in the editor, the privacy check.
enum BenchExtras {
    static func run(_ sink: inout Int) {
        // As in the program: the coach never waits for the dictionary; spelling help is on once it has loaded.
        let coach = Coach(spelling: .whenReady)
        Speller.shared.waitUntilLoaded()
        func state(rows: Int, columns: Int) -> AppState {
            var visit = Visit(id: "bench", startedAt: Date())
            for signal in CardLoader.defaultCard().allSignals.prefix(6) {
                visit.updateObservation(signal.id) { $0.ticked = true; $0.description = "Ik zie een deuk in de deur." }
            }
            return AppState(card: CardLoader.defaultCard(), config: Config(), coach: coach, visit: visit,
                            exportFolder: URL(fileURLWithPath: "/tmp"), rows: rows, columns: columns,
                            speller: Speller.shared.isReady ? .shared : nil)
        }
        var local = 0
        let checklist = state(rows: 24, columns: 80)
        _ = measure("render: checklist frame 80×24", runs: 5000) { local &+= Renderer.render(checklist).cells.count }
        let wide = state(rows: 40, columns: 120)
        _ = measure("render: checklist frame 120×40", runs: 3000) { local &+= Renderer.render(wide).cells.count }

        var editing = state(rows: 24, columns: 80)
        _ = App.update(&editing, .key(.enter))
        _ = App.update(&editing, .paste(description(length: 2000)))
        _ = measure("render: editor frame 80×24, 2,000-char description", runs: 3000) {
            local &+= Renderer.render(editing).cells.count
        }
        var typed = false
        _ = measure("keystroke in the editor, 2,000 chars: update, coach, privacy, spelling, render", runs: 2000) {
            _ = App.update(&editing, .key(typed ? .backspace : .character("x")))
            typed.toggle()
            local &+= Renderer.render(editing).cells.count
        }
        // A long visit: 10,000 characters in one description, in paragraphs of a few sentences.
        var long = state(rows: 24, columns: 80)
        _ = App.update(&long, .key(.enter))
        let tenThousand = (0..<40).map { _ in description(length: 250) }.joined(separator: "\n")
        _ = App.update(&long, .paste(tenThousand))
        var typedLong = false
        _ = measure("keystroke in the editor, 10,000 characters", runs: 1000) {
            _ = App.update(&long, .key(typedLong ? .backspace : .character("x")))
            typedLong.toggle()
            local &+= Renderer.render(long).cells.count
        }
        // Where a 10,000-character keystroke goes: each part alone, on the same text, caches warm.
        let longText = long.visit.observations.first?.description ?? ""
        _ = measure("  part: split into sentences and paragraphs", runs: 500) { local &+= TextPieces.pieces(longText).count }
        _ = measure("  part: coach, per piece from the cache", runs: 500) { local &+= long.analysis.coach(longText).findings.count }
        _ = measure("  part: personal data, per piece from the cache", runs: 500) {
            local &+= long.analysis.personalData(longText).count
        }
        _ = measure("  part: coach, personal data and spelling in one pass", runs: 500) {
            local &+= long.analysis.analyse(longText).unknownWords.count
        }
        _ = measure("  part: render the editor frame", runs: 500) { local &+= Renderer.render(long).cells.count }
        _ = App.update(&long, .key(.escape))
        long.tab = .handover
        _ = Renderer.render(long)
        var down = true
        _ = measure("Overdracht tab at 10,000 characters: j/k and render", runs: 1000) {
            _ = App.update(&long, .key(.character(down ? "j" : "k")))
            down.toggle()
            local &+= Renderer.render(long).cells.count
        }
        _ = measure("an idle tick on the Overdracht tab (update only)", runs: 1000) {
            local &+= App.update(&long, .tick(long.now)).count
        }
        let text = description(length: 2000)
        _ = measure("privacy scan: 2,000-character description", runs: 2000) { local &+= PersonalDataScanner.scan(text).count }
        _ = measure("start-up: app state (card, coach, remark counts)", runs: 200) {
            local &+= state(rows: 24, columns: 80).remarkCounts.count
        }
        sink &+= local
    }
}
