import VoordeurKit

/// The special situations of the step plan, in the order the overlay shows them.
public enum SpecialItem: CaseIterable, Sendable {
    case acuteDanger, called112, recentSexualViolence, honourRelated

    public var label: String {
        switch self {
        case .acuteDanger: return "Acuut gevaar"
        case .called112: return "112 is gebeld"
        case .recentSexualViolence: return "Recent seksueel geweld (een week of korter geleden)"
        case .honourRelated: return "Eergerelateerd geweld"
        }
    }

    public var route: String {
        switch self {
        case .acuteDanger: return "Bel direct 112. Ook als je getuige bent van geweld."
        case .called112: return AppNoteTexts.called112Route
        case .recentSexualViolence: return "Direct contact met het Centrum Seksueel Geweld: 0800-0188. Sporen kunnen dan worden veiliggesteld."
        case .honourRelated: return "Ga niet zelf in gesprek met de huurder. Vraag advies aan Veilig Thuis: 0800-2000."
        }
    }

    var keyPath: WritableKeyPath<SpecialSituations, Bool> {
        switch self {
        case .acuteDanger: return \.acuteDanger
        case .called112: return \.called112
        case .recentSexualViolence: return \.recentSexualViolence
        case .honourRelated: return \.honourRelated
        }
    }

    public func isOn(_ special: SpecialSituations) -> Bool { special[keyPath: keyPath] }
    public func toggle(_ special: inout SpecialSituations) { special[keyPath: keyPath].toggle() }
}

/// `!`: the special situations with their route; choosing one records it in the visit.
enum SpecialOverlay {
    static func update(_ state: inout AppState, _ cursor: inout ListCursor, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let count = SpecialItem.allCases.count
        switch key {
        case .escape, .character("!"), .character("q"): return (false, [])
        case .up, .character("k"): cursor.move(to: cursor.selected - 1, count: count, visible: count)
        case .down, .character("j"): cursor.move(to: cursor.selected + 1, count: count, visible: count)
        case .character(" "), .enter:
            SpecialItem.allCases[cursor.selected].toggle(&state.visit.special)
            state.touch()
            // The call to make stays on the status line after the overlay closes, too.
            let call = callLines(state)
            if !call.isEmpty { state.status = call.joined(separator: " ") }
        default: break
        }
        return (true, [])
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

    static func draw(_ screen: inout Screen, _ state: AppState, _ cursor: ListCursor) {
        var lines: [String] = []
        let call = callLines(state)
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
        lines += ["", "↑↓ kies · Spatie vastleggen · Esc terug"]
        Box.draw(&screen, lines: lines, title: "Bijzondere situaties", rows: state.rows, columns: state.columns,
                 highlight: highlight)
    }
}
