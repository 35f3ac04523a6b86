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
            // The call to make stays on the status line after the overlay closes, too.
            let call = Self.callLines(state)
            if !call.isEmpty { state.status = call.joined(separator: " ") }
        default: break
        }
        return .stay
    }

    /// Acute danger or honour-related violence: whom to call now, in full, at the top of the overlay (the guide:
    /// contact the consulent as soon as possible; the program knows her number).
    static func callLines(_ state: AppState) -> [String] {
        let special = state.visit.special
        guard special.acuteDanger || special.honourRelated else { return [] }
        var lines: [String] = []
        if special.acuteDanger && !special.called112 { lines.append(AppNoteTexts.call112First) }
        lines.append(AppNoteTexts.callConsulentNow(name: TextSanitizer.singleLine(state.config.consulentName),
                                                   phone: TextSanitizer.singleLine(state.config.consulentPhone)))
        let named = state.visit.observations.contains { $0.namedToTenant == .ja }
            || state.visit.ownSignals.contains { $0.namedToTenant == .ja }
        if special.honourRelated && named { lines.append(AppNoteTexts.honourNamedShort) }
        return lines
    }

    public func view(_ state: AppState, into screen: inout Screen) {
        var lines: [String] = []
        let call = Self.callLines(state)
        if !call.isEmpty { lines += call + [""] }
        var highlight: Set<Int> = []
        // On a small screen only the selected item shows its route, so the call to make and every item fit.
        let inner = max(10, state.columns - 6)
        let full = SpecialItem.allCases.reduce(lines.count + 2) { sum, item in
            sum + TextWrap.lines(item.label, width: inner - 6).count + TextWrap.lines(item.route, width: inner - 8).count
        } + call.reduce(0) { $0 + TextWrap.lines($1, width: inner).count }
        let allRoutes = full <= state.rows - 4
        for (index, item) in SpecialItem.allCases.enumerated() {
            let mark = item.isOn(state.visit.special) ? "[x]" : "[ ]"
            if index == cursor.selected { highlight.insert(lines.count) }
            lines.append("\(index == cursor.selected ? "▸" : " ") \(mark) \(item.label)")
            if allRoutes || index == cursor.selected { lines.append("      → \(item.route)") }
        }
        lines += ["", KeyBindings.dialogLine(Self.keyMap)]
        Box.draw(&screen, lines: lines, title: tr("special.title"), rows: state.rows, columns: state.columns,
                 highlight: highlight)
    }
}
