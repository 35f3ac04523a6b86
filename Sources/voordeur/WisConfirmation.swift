import Foundation
import VoordeurKit

/// `voordeur wis` asks before deleting when a person is at the terminal; in a script it needs `--ja`.
enum WisConfirmation {
    static func ask(_ question: String, skip: Bool, isTerminal: Bool = isatty(STDIN_FILENO) == 1) throws {
        if skip { return }
        guard isTerminal else {
            throw CLIFailure(message: "wissen vraagt om bevestiging, maar er is geen terminal; geef --ja om zonder vraag te wissen")
        }
        FileHandle.standardError.write(Data("\(TextSanitizer.singleLine(question)) Typ 'ja' om te wissen: ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "ja" || answer == "j" else { throw CLIFailure(message: "niets gewist", code: 1) }
    }
}
