import VoordeurKit

extension KeyContext {
    public static let special = KeyContext("special")
}

extension Action {
    public static let special = Action("special")
    /// ↑↓ in a dialog's list: the key says which way.
    public static let choose = Action("choose")
}

/// `!`: the special situations with their route; choosing one records it in the visit.
public struct SpecialOverlay: OverlayComponent, Equatable {
    public var cursor = ListCursor()
    public init(cursor: ListCursor = ListCursor()) { self.cursor = cursor }

    public static let keyContext = KeyContext.special
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.up, .down, .character("k"), .character("j")], label: "↑↓", help: tr("keys.special.choose"), context: .special, action: .choose, short: tr("keys.choose.short")),
         KeyBinding(keys: [.character(" "), .enter], label: tr("key.space"), help: tr("keys.special.toggle"), context: .special, action: .toggle, short: tr("keys.special.toggle.short")),
         KeyBinding(keys: [.escape, .character("!"), .character("q")], label: "Esc", help: tr("keys.back"), context: .special, action: .close, short: tr("keys.back.short"))]
    }
    public static var openers: [KeyBinding] {
        [KeyBinding(keys: [.character("!")], label: "!", help: tr("keys.special.open"), context: .lists, action: .special, short: tr("keys.special.open.short"))]
    }
    public static func open(_ state: inout AppState, _ action: Action) -> [Effect] {
        state.push(SpecialOverlay())
        return []
    }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let count = SpecialItem.allCases.count
        switch action(for: key) {
        case .close?: return .close
        case .choose?: cursor.step(key, count: count, visible: count)
        case .toggle?:
            SpecialItem.allCases[cursor.selected].toggle(&state.visit.special)
            state.touch()
        default: break
        }
        return .stay
    }

    public func view(_ state: AppState, into screen: inout Screen) {
        var lines: [String] = []
        var highlight: Set<Int> = []
        for (index, item) in SpecialItem.allCases.enumerated() {
            let mark = item.isOn(state.visit.special) ? "[x]" : "[ ]"
            if index == cursor.selected { highlight.insert(lines.count) }
            lines.append("\(index == cursor.selected ? "▸" : " ") \(mark) \(item.label)")
            lines.append("      → \(item.route)")
        }
        lines += ["", KeyBindings.dialogLine(Self.keyMap)]
        Box.draw(&screen, lines: lines, title: tr("special.title"), rows: state.rows, columns: state.columns,
                 highlight: highlight)
    }
}
