import Foundation
import VoordeurKit

enum TerminalLauncher {
    static func launch(context: AppContext, forceNew: Bool) throws {
        throw CLIFailure(message: "de schermversie is nog niet beschikbaar", code: 1)
    }
}
