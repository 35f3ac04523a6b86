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
        [KeyBinding(keys: [.tab, .right, .left, .backTab], label: "Tab / ← →", help: tr("keys.help.nextpage"), context: .help, action: .nextPage, short: tr("keys.help.nextpage.short")),
         KeyBinding(keys: [.up, .character("k")], label: "↑ / k", help: tr("keys.up"), context: .help, action: .moveUp),
         KeyBinding(keys: [.down, .character("j")], label: "↓ / j", help: tr("keys.down"), context: .help, action: .moveDown),
         KeyBinding(keys: [.pageUp], label: "PgUp", help: tr("keys.pageup"), context: .help, action: .pageUp),
         KeyBinding(keys: [.pageDown], label: "PgDn", help: tr("keys.pagedown"), context: .help, action: .pageDown),
         KeyBinding(keys: [.escape, .character("?"), .character("q"), .enter], label: "Esc / ?", help: tr("keys.help.close"), context: .help, action: .close, short: tr("keys.close.short"))]
    }
    public static var openers: [KeyBinding] {
        [KeyBinding(keys: [.character("?")], label: "?", help: tr("keys.help.open"), context: .lists, action: .help, short: tr("keys.help.open.short"))]
    }
    public static func open(_ state: inout AppState, _ action: Action) -> [Effect] {
        state.push(HelpOverlay())
        return []
    }
    public var isFullScreen: Bool { true }

    static var pageTitles: [String] { [tr("help.page.keys"), tr("help.page.steps")] }

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
        out.append(tr("help.marks"))
        return out
    }

    static func contextLabel(_ context: KeyContext) -> String {
        let key = "context.\(context.name.lowercased())"
        return Strings.shared.has(key) ? tr(key) : context.name
    }

    static var stepPlan: [String] {
        (1...4).map { tr("help.step.\($0)") } + [""] + (1...4).map { tr("help.route.\($0)") }
    }

    static func lines(_ page: Int, width: Int) -> [String] {
        let source = page == 0 ? keyLines() : stepPlan
        return source.flatMap { line -> [String] in
            if line.isEmpty { return [""] }
            // A key line keeps its column: the label padded to 16, the help wrapped under itself.
            if line.hasPrefix("  "), line.count > 16 {
                let indent = String(repeating: " ", count: 16)
                return TextWrap.hanging(String(line.dropFirst(16)), width: width, first: String(line.prefix(16)), rest: indent)
            }
            return TextWrap.hanging(line, width: width, first: "", rest: "   ")
        }
    }

    static func visibleRows(_ state: AppState) -> Int { max(1, state.rows - 5) }

    /// The text's width: the last columns stay free for "↓ meer".
    static func textWidth(_ state: AppState) -> Int { max(10, state.columns - 9) }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let maximum = max(0, Self.lines(page, width: Self.textWidth(state)).count - Self.visibleRows(state))
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
        Chrome.drawTitle(&screen, state, tr("help.title"))
        var column = 1
        for (index, title) in Self.pageTitles.enumerated() {
            let label = index == page ? "[\(index + 1) \(title)]" : " \(index + 1) \(title) "
            column += screen.write(label, row: 1, column: column, style: index == page ? [.reverse, .bold] : [])
            column += 1
        }
        let all = Self.lines(page, width: Self.textWidth(state))
        let visible = Self.visibleRows(state) - 1
        let first = max(0, min(scroll, all.count - visible))
        for (offset, line) in all.dropFirst(first).prefix(visible).enumerated() {
            let isHeading = line.hasSuffix(":") && !line.hasPrefix(" ")
            screen.write(line, row: 2 + offset, column: 1, width: state.columns - 2, style: isHeading ? .bold : [])
        }
        if first + visible < all.count { screen.write(tr("list.more.down"), row: 1 + visible, column: state.columns - 7, style: .dim) }
        let hints = KeyBindings.fittedHints(optional: [], required: [.nextPage, .close], in: Self.keyMap,
                                            width: state.columns - 2, prefix: [tr("help.scroll")])
        Chrome.drawFooter(&screen, state, status: (state.rows - 3)..<(state.rows - 2), hints: hints, override: ("", .plain, []))
    }
}
