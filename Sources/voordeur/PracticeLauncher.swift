import Foundation
import VoordeurApp
import VoordeurKit
import VoordeurTerminal

/// `voordeur oefen` on the screen: practice only. No draft is read (so no PIN is asked) and the practice visit is
/// never written: the effect runner gets only what `PracticeMode.guarded` lets through (settings, never the visit).
enum PracticeLauncher {
    static func launch(context: AppContext, cases: [PracticeCase]) throws {
        if isatty(0) == 1, isatty(1) == 1, let problem = TerminalDriver.checkTerminal() {
            throw CLIFailure(message: problem)
        }
        let coach = try CoachCommand.makePendingCoach(config: context.config, card: context.card)
        let store = context.store
        var state = AppState(card: context.card, config: context.config, pendingCoach: coach, visit: Visit.new(),
                             exportFolder: ExportFolder.resolve(context),
                             configLocation: context.config.source.map { URL(fileURLWithPath: $0) }, speller: .shared)
        state.practiceCases = cases
        PracticeMode.standalone(&state)
        let runner = EffectRunner(store: store, defaultExportFolder: store.folder.appendingPathComponent(ExportFolder.defaultName))
        let status: Int32
        do {
            status = try TerminalDriver.run(state: state, runner: runner)
        } catch let failure as TerminalDriver.Failure {
            throw CLIFailure(message: failure.description)
        }
        if status != 0 { throw CLIFailure(message: tr("launch.signalled"), code: status) }
    }
}
