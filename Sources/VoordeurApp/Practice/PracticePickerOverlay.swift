import VoordeurKit

extension KeyContext {
    public static let practicePicker = KeyContext("practicePicker")
}

extension Action {
    public static let practise = Action("practise")
}

/// The list of practice cases (`voordeur oefen`, `o` on the visits overlay, `n` after a review): Enter starts one
/// on a new, empty practice visit.
public struct PracticePickerOverlay: OverlayComponent, Equatable {
    public var cursor = ListCursor()
    /// Opened by `voordeur oefen` before any case: leaving it ends the program.
    public var standalone: Bool
    public init(standalone: Bool = false) { self.standalone = standalone }

    public static let keyContext = KeyContext.practicePicker
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.up, .down, .character("k"), .character("j")], label: "↑↓", help: tr("oefen.toets.kies"), context: .practicePicker, action: .choose, short: tr("keys.choose.short")),
         KeyBinding(keys: [.enter], label: "Enter", help: tr("oefen.toets.begin"), context: .practicePicker, action: .open, short: tr("oefen.toets.begin.kort")),
         KeyBinding(keys: [.escape, .character("q")], label: "Esc / q", help: tr("oefen.toets.terug"), context: .practicePicker, action: .close, short: tr("keys.back.short"))]
    }

    static func visible(_ state: AppState) -> Int { max(1, state.rows - 10) }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let cases = PracticeMode.cases(state)
        switch action(for: key) {
        case .close?:
            return standalone ? .close(PracticeMode.leave(&state)) : .close
        case .choose?:
            cursor.step(key, count: cases.count, visible: Self.visible(state))
        case .open?:
            guard cases.indices.contains(cursor.selected) else { return .stay }
            return .close(PracticeMode.start(&state, cases[cursor.selected]))
        default: break
        }
        return .stay
    }

    public func view(_ state: AppState, into screen: inout Screen) {
        let cases = PracticeMode.cases(state)
        var lines = [tr("oefen.kies.uitleg"), ""]
        var highlight: Set<Int> = []
        let cursor = self.cursor.clamped(count: cases.count, visible: Self.visible(state))
        if cursor.offset > 0 { lines.append("  " + tr("list.more.up")) }
        for (index, practiceCase) in cases.enumerated().dropFirst(cursor.offset).prefix(Self.visible(state)) {
            if index == cursor.selected { highlight.insert(lines.count) }
            lines.append((index == cursor.selected ? "▸ " : "  ") + "\(index + 1). " + practiceCase.title)
        }
        if cases.count > cursor.offset + Self.visible(state) { lines.append("  " + tr("list.more.down")) }
        lines += ["", KeyBindings.dialogLine(Self.keyMap)]
        Box.draw(&screen, lines: lines, title: tr("oefen.kies.titel"), rows: state.rows, columns: state.columns, highlight: highlight)
    }
}
