import VoordeurKit

/// The help: page 1 the keys (from the key table), page 2 the step plan and the special situations.
public struct HelpState: Equatable, Sendable {
    public var page = 0
    public var scroll = 0
    public init(page: Int = 0) { self.page = page }
}

enum HelpOverlay {
    static let pageTitles = ["Toetsen", "Stappenplan"]

    static func keyLines() -> [String] {
        var out: [String] = []
        for context in KeyContext.allCases {
            out.append(context.rawValue + ":")
            for binding in KeyBindings.all where binding.context == context {
                out.append("  " + binding.label.padded(to: 14) + binding.help)
            }
            out.append("")
        }
        out.append("In de lijsten: [x] = aangevinkt, ✎ = beschreven, ⚠ = de coach heeft nog opmerkingen.")
        return out
    }

    static let stepPlan = [
        "1. Signaleren – Wat zie, hoor en ruik ik? Beschrijf objectief, zonder invulling. Benoem waar mogelijk direct wat je ziet: \"Ik zie dat de container nog aan de weg staat.\"",
        "2. Intern overleg – medewerker en sociaal consulent: neem zo snel mogelijk contact op met de sociaal consulent, bespreek de signalen objectief en maak afspraken over de vervolgstappen.",
        "3. Gesprek met de huurder – medewerker en/of sociaal consulent, indien mogelijk: signalen benoemen, de huurder uitnodigen te reageren, samenvatten, afspraken maken. Spreek samen af wie het gesprek het beste kan voeren.",
        "4. Delen van zorgen – de sociaal consulent deelt de signalen met het sociaal wijkteam of Veilig Thuis.",
        "",
        "Bij elke stap: advies van Veilig Thuis 0800-2000 (ook anoniem).",
        "Acuut of levensbedreigend, of getuige van geweld: bel direct 112.",
        "Recent seksueel geweld (een week of korter geleden): Centrum Seksueel Geweld 0800-0188.",
        "Eergerelateerd geweld: ga niet zelf in gesprek met de huurder; vraag advies aan Veilig Thuis.",
    ]

    static func lines(_ page: Int, width: Int) -> [String] {
        let source = page == 0 ? keyLines() : stepPlan
        return source.flatMap { line -> [String] in
            if line.isEmpty { return [""] }
            let indent = line.hasPrefix("  ") ? String(repeating: " ", count: 16) : "   "
            return TextWrap.hanging(line, width: width, first: "", rest: indent)
        }
    }

    static func visibleRows(_ state: AppState) -> Int { max(1, state.rows - 5) }

    static func update(_ state: inout AppState, _ help: inout HelpState, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let maximum = max(0, lines(help.page, width: state.columns - 2).count - visibleRows(state))
        switch KeyBindings.action(for: key, in: [.help]) ?? (key == .enter ? .closeEditor : nil) {
        case .closeEditor?: return (false, [])
        case .nextPage?:
            help.page = (help.page + 1) % pageTitles.count
            help.scroll = 0
        case .moveUp?: help.scroll = max(0, help.scroll - 1)
        case .moveDown?: help.scroll = min(maximum, help.scroll + 1)
        default:
            switch key {
            case .pageUp: help.scroll = max(0, help.scroll - visibleRows(state))
            case .pageDown: help.scroll = min(maximum, help.scroll + visibleRows(state))
            default: break
            }
        }
        return (true, [])
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ help: HelpState) {
        Chrome.drawTitle(&screen, state, "Hulp")
        var column = 1
        for (index, title) in pageTitles.enumerated() {
            let label = index == help.page ? "[\(index + 1) \(title)]" : " \(index + 1) \(title) "
            column += screen.write(label, row: 1, column: column, style: index == help.page ? [.reverse, .bold] : [])
            column += 1
        }
        let all = lines(help.page, width: state.columns - 2)
        let visible = visibleRows(state) - 1
        let first = max(0, min(help.scroll, all.count - visible))
        for (offset, line) in all.dropFirst(first).prefix(visible).enumerated() {
            let isHeading = line.hasSuffix(":") && !line.hasPrefix(" ")
            screen.write(line, row: 2 + offset, column: 1, width: state.columns - 2, style: isHeading ? .bold : [])
        }
        if first + visible < all.count { screen.write("↓ meer", row: 1 + visible, column: state.columns - 7, style: .dim) }
        let hints = KeyBindings.fittedHints(optional: [], required: [.nextPage, .closeEditor], in: [.help],
                                            width: state.columns - 2, prefix: ["↑↓ scroll"])
        Chrome.drawFooter(&screen, state, status: (state.rows - 3)..<(state.rows - 2), hints: hints, override: ("", .plain, []))
    }
}
