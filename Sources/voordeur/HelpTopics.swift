import ArgumentParser
import Foundation
import VoordeurKit

/// `voordeur help TOPIC`: argument-parser prints the general help for a topic it does not know and exits 0.
/// Here an unknown topic is a usage error (exit code 2), like any other.
enum HelpTopics {
    /// The Dutch error line for `arguments` (without the program name) when they ask help for an unknown topic.
    static func problem(in arguments: [String], root: ParsableCommand.Type) -> String? {
        guard arguments.first == "help" else { return nil }
        var command = root
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { name(of: $0) == word }) else {
                return tr("cli.unknowntopic", ["onderwerp": word])
            }
            command = next
        }
        return nil
    }

    /// `voordeur --help`, `-h` or `help` alone.
    static func asksTopLevelHelp(_ arguments: [String]) -> Bool {
        arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"]
    }

    /// The top-level help with the common options under OPTIONS. The root command declares none itself (a root
    /// option would take `--config` away from a command that declares its own, such as `coach`), so they are
    /// taken, as argument-parser formats them, from the help of a command that has only those: `kaart`.
    static func topLevelHelp() -> String {
        var lines = Voordeur.helpMessage().components(separatedBy: "\n")
        let kaart = Voordeur.helpMessage(for: Kaart.self).components(separatedBy: "\n")
        guard let start = kaart.firstIndex(of: "OPTIONS:"), let end = kaart.firstIndex(where: { $0.hasPrefix("  -h, --help") }),
              start < end, let at = lines.firstIndex(of: "OPTIONS:") else {
            return lines.joined(separator: "\n")
        }
        // Only the option lines the root's help lacks (kaart's help repeats --version).
        var common = kaart[(start + 1)..<end].filter { !$0.hasPrefix("  --version") }
        // --taal is read before argument-parser sees the arguments (ScreenLanguage): listed here, in its style, with
        // its text in the column the other options' texts start in.
        let column = common.compactMap { line -> Int? in
            guard line.hasPrefix("  -"), let gap = line.dropFirst(2).range(of: "  "),
                  let text = line[gap.lowerBound...].firstIndex(where: { $0 != " " }) else { return nil }
            return line.distance(from: line.startIndex, to: text)
        }.max() ?? 26
        let option = "  --taal <taal>".padding(toLength: column, withPad: " ", startingAt: 0)
        common += TextWrap.hanging(tr("cli.option.taal"), width: 80, first: option, rest: String(repeating: " ", count: column))
        lines.insert(contentsOf: common, at: at + 1)
        return lines.joined(separator: "\n")
    }

    static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }
}
