import ArgumentParser

/// `voordeur help TOPIC`: argument-parser prints the general help for a topic it does not know and exits 0.
/// Here an unknown topic is a usage error (exit code 2), like any other.
enum HelpTopics {
    /// The Dutch error line for `arguments` (without the program name) when they ask help for an unknown topic.
    static func problem(in arguments: [String], root: ParsableCommand.Type) -> String? {
        guard arguments.first == "help" else { return nil }
        var command = root
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { name(of: $0) == word }) else {
                return "onbekend onderwerp '\(word)' voor help. Zie 'voordeur --help'."
            }
            command = next
        }
        return nil
    }

    static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }
}
