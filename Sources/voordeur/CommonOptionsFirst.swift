/// `voordeur --data-dir D lijst`: the top-level help lists the common options, so they may come before the
/// command too. argument-parser only reads them after it (before, `lijst` would be the draft id of the default
/// command), so they are moved behind the command name before parsing.
enum CommonOptionsFirst {
    /// The options every draft command takes, each with a value.
    static let options: Set<String> = ["--data-dir", "--kaart", "--config"]

    static func reordered(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if options.contains(word), index + 1 < arguments.count {
                leading += [word, arguments[index + 1]]
                index += 2
            } else if let name = word.split(separator: "=", maxSplits: 1).first, word.contains("="),
                      options.contains(String(name)) {
                leading.append(word)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, subcommands.contains(arguments[index]) else { return arguments }
        return [arguments[index]] + leading + arguments[(index + 1)...]
    }
}
