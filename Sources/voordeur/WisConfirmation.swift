import Foundation
import VoordeurKit

/// `voordeur wis` asks before deleting when a person is at the terminal; in a script it needs `--ja`.
enum WisConfirmation {
    /// True when the worker said yes (or `skip`); false when he declined, which is no failure: exit code 0, as 1
    /// is reserved for findings.
    static func ask(_ question: String, skip: Bool, isTerminal: Bool = isatty(STDIN_FILENO) == 1) throws -> Bool {
        if skip { return true }
        guard isTerminal else {
            throw CLIFailure(message: tr("cli.wis.noterminal"))
        }
        FileHandle.standardError.write(Data((TextSanitizer.singleLine(question) + " " + tr("cli.wis.typeyes") + " ").utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        // "ja" in every language; the screen's own word for yes too ("yes" in English).
        let yes = tr("cli.wis.yes")
        return answer == "ja" || answer == "j" || answer == yes || answer == String(yes.prefix(1))
    }
}
