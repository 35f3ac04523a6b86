import VoordeurKit

extension KeyContext {
    public static let help = KeyContext("help")
}

extension Action {
    public static let help = Action("help")
    public static let nextPage = Action("nextPage")
}

/// The help: page 1 the keys (from every component's key map), page 2 the step plan and the special situations.
public struct HelpOverlay: OverlayComponent, Equatable {
    public var page = 0
    public var scroll = 0
    public init(page: Int = 0) { self.page = page }

    public static let keyContext = KeyContext.help
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.tab, .right, .left, .backTab], label: "Tab / ← →", help: "andere pagina: toetsen of stappenplan", context: .help, action: .nextPage, short: "pagina"),
         KeyBinding(keys: [.up, .character("k")], label: "↑ / k", help: "omhoog", context: .help, action: .moveUp),
         KeyBinding(keys: [.down, .character("j")], label: "↓ / j", help: "omlaag", context: .help, action: .moveDown),
         KeyBinding(keys: [.pageUp], label: "PgUp", help: "een pagina omhoog", context: .help, action: .pageUp),
         KeyBinding(keys: [.pageDown], label: "PgDn", help: "een pagina omlaag", context: .help, action: .pageDown),
         KeyBinding(keys: [.escape, .character("?"), .character("q"), .enter], label: "Esc / ?", help: "hulp sluiten", context: .help, action: .close, short: "sluit")]
    }
    public static var openers: [KeyBinding] {
        [KeyBinding(keys: [.character("?")], label: "?", help: "hulp: toetsen en stappenplan", context: .lists, action: .help, short: "hulp")]
    }
    public static func open(_ state: inout AppState, _ action: Action) -> [Effect] {
        state.push(HelpOverlay())
        return []
    }
    public var isFullScreen: Bool { true }

    static let pageTitles = ["Toetsen", "Stappenplan"]

    static func keyLines() -> [String] {
        var out: [String] = []
        let all = KeyBindings.all
        for context in KeyBindings.contexts {
            out.append(contextLabel(context) + ":")
            for binding in all where binding.context == context {
                out.append("  " + binding.label.padded(to: 14) + binding.help)
            }
            out.append("")
        }
        out.append("In de lijsten: [x] = aangevinkt, ✎ = beschreven, ⚠ = de coach heeft nog opmerkingen.")
        return out
    }

    static func contextLabel(_ context: KeyContext) -> String {
        switch context.name {
        case "everywhere": return "Overal"
        case "lists": return "In de lijsten en tabbladen"
        case "editor": return "In een beschrijving of ander veld"
        case "handover": return "Op het tabblad Overdracht"
        case "help": return "In de hulp"
        case "special": return "In de bijzondere situaties"
        case "visits": return "In de lijst met bezoeken"
        case "spelling": return "In de spellingsuggesties"
        case "confirm": return "Bij een vraag"
        case "quitProblem": return "Als opslaan voor het stoppen mislukt"
        default: return context.name
        }
    }

    static let stepPlan = [
        "1. Signaleren – Wat zie, hoor en ruik ik? Beschrijf objectief, zonder invulling. Benoem waar mogelijk direct wat je ziet: \"Ik zie dat de container nog aan de weg staat.\"",
        "2. Intern overleg – Neem zo snel mogelijk contact op met de sociaal consulent en draag over wat je zag. Jouw rol eindigt na deze overdracht.",
        "3. Gesprek met de huurder – als dat veilig kan; de sociaal consulent spreekt af wie het voert.",
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

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let maximum = max(0, Self.lines(page, width: state.columns - 2).count - Self.visibleRows(state))
        switch action(for: key) {
        case .close?: return .close
        case .nextPage?:
            page = (page + 1) % Self.pageTitles.count
            scroll = 0
        case .moveUp?: scroll = max(0, scroll - 1)
        case .moveDown?: scroll = min(maximum, scroll + 1)
        case .pageUp?: scroll = max(0, scroll - Self.visibleRows(state))
        case .pageDown?: scroll = min(maximum, scroll + Self.visibleRows(state))
        default: break
        }
        return .stay
    }

    public func view(_ state: AppState, into screen: inout Screen) {
        Chrome.drawTitle(&screen, state, "Hulp")
        var column = 1
        for (index, title) in Self.pageTitles.enumerated() {
            let label = index == page ? "[\(index + 1) \(title)]" : " \(index + 1) \(title) "
            column += screen.write(label, row: 1, column: column, style: index == page ? [.reverse, .bold] : [])
            column += 1
        }
        let all = Self.lines(page, width: state.columns - 2)
        let visible = Self.visibleRows(state) - 1
        let first = max(0, min(scroll, all.count - visible))
        for (offset, line) in all.dropFirst(first).prefix(visible).enumerated() {
            let isHeading = line.hasSuffix(":") && !line.hasPrefix(" ")
            screen.write(line, row: 2 + offset, column: 1, width: state.columns - 2, style: isHeading ? .bold : [])
        }
        if first + visible < all.count { screen.write("↓ meer", row: 1 + visible, column: state.columns - 7, style: .dim) }
        let hints = KeyBindings.fittedHints(optional: [], required: [.nextPage, .close], in: Self.keyMap,
                                            width: state.columns - 2, prefix: ["↑↓ scroll"])
        Chrome.drawFooter(&screen, state, status: (state.rows - 3)..<(state.rows - 2), hints: hints, override: ("", .plain, []))
    }
}
