import VoordeurKit

/// The checklist tabs: the card's lists, own signals and third parties.
enum ChecklistView {
    static let caution = "Let op: kan ook een andere oorzaak hebben · één signaal staat zelden alleen"

    /// The first visible row so that `selected` stays in view.
    static func firstVisible(selected: Int, count: Int, visible: Int) -> Int {
        guard count > visible else { return 0 }
        return max(0, min(count - visible, selected - visible + 1))
    }

    /// Draws rows of a list between row 3 and the detail area.
    static func drawRows(_ screen: inout Screen, _ state: AppState, rows: [(box: String, text: String, marks: String)],
                         selected: Int) {
        let visible = Layout.listRows(rows: state.rows) - 2
        let first = firstVisible(selected: selected, count: rows.count, visible: visible)
        let markWidth = 6
        for (offset, item) in rows[first..<min(rows.count, first + visible)].enumerated() {
            let index = first + offset
            let row = 3 + offset
            let isSelected = index == selected
            let style: Style = isSelected ? [.reverse, .bold] : []
            if isSelected { screen.fillRow(row, style: .reverse) }
            var column = screen.write(isSelected ? "▸ " : "  ", row: row, column: 0, style: style)
            if !item.box.isEmpty { column += screen.write(item.box + " ", row: row, column: column, style: style) }
            let textWidth = state.columns - column - markWidth - 1
            screen.write(DisplayWidth.truncate(item.text, to: textWidth), row: row, column: column, style: style)
            if !item.marks.isEmpty {
                screen.write(item.marks, row: row, column: state.columns - markWidth, width: markWidth, style: style,
                             tone: item.marks.contains("⚠") ? .warning : .ok)
            }
        }
        if first > 0 { screen.write("↑ meer", row: 3, column: state.columns - 7, style: .dim) }
        if first + visible < rows.count {
            screen.write("↓ meer", row: 3 + visible - 1, column: state.columns - 7, style: .dim)
        }
    }

    static func marks(description: String, id: String, state: AppState) -> String {
        var marks = description.isEmpty ? "" : "✎"
        if let count = state.remarkCounts[id], count > 0 { marks += (marks.isEmpty ? "" : " ") + "⚠\(count)" }
        return marks
    }

    /// Two wrapped lines under the list.
    static func drawDetail(_ screen: inout Screen, _ state: AppState, _ text: String) {
        let top = state.rows - 5
        screen.write(String(repeating: "─", count: state.columns), row: top - 1, column: 0, style: .dim)
        let lines = TextWrap.lines(text, width: state.columns - 2)
        for (index, line) in lines.prefix(2).enumerated() {
            let shown = index == 1 && lines.count > 2 ? DisplayWidth.truncate(line + " …", to: state.columns - 2) : line
            screen.write(shown, row: top + index, column: 1, tone: .accent)
        }
    }

    static func drawCard(_ screen: inout Screen, _ state: AppState, list index: Int) {
        let list = state.card.lists[index]
        screen.write(caution, row: 2, column: 1, width: state.columns - 2, style: .dim, tone: .warning)
        let selected = min(state.selected(.list(index)), max(0, list.signals.count - 1))
        let rows = list.signals.map { signal -> (String, String, String) in
            let observation = state.visit.observation(for: signal.id)
            return ((observation?.ticked ?? false) ? "[x]" : "[ ]", signal.text,
                    marks(description: observation?.description ?? "", id: signal.id, state: state))
        }
        drawRows(&screen, state, rows: rows, selected: selected)
        if list.signals.indices.contains(selected) {
            drawDetail(&screen, state, "Vraag: " + list.signals[selected].hint)
        }
    }

    static func drawOwn(_ screen: inout Screen, _ state: AppState) {
        screen.write("Wat je zag dat niet op de kaart staat: de kaart is nooit volledig.", row: 2, column: 1,
                     width: state.columns - 2, style: .dim)
        var rows = state.visit.ownSignals.map { own in
            ("•", own.title.isEmpty ? "(zonder titel)" : own.title, marks(description: own.description, id: own.id, state: state))
        }
        rows.append(("+", "Nieuw eigen signaal toevoegen", ""))
        drawRows(&screen, state, rows: rows, selected: state.selected(.own))
        drawDetail(&screen, state, "Vertrouw ook op je eigen waarneming. Beschrijf wat je zag, hoorde of rook, zonder invulling.")
    }

    static func drawThirdParty(_ screen: inout Screen, _ state: AppState) {
        screen.write("Wat buren of collega's vertelden: NIET zelf waargenomen.", row: 2, column: 1, width: state.columns - 2,
                     style: .bold, tone: .warning)
        var rows = state.visit.thirdParty.map { report -> (String, String, String) in
            let role = report.role.isEmpty ? "(rol onbekend)" : report.role
            let said = report.said.replacingOccurrences(of: "\n", with: " ")
            let advice = (report.advisedVeiligThuis ? "VT" : "") + (report.advised112 ? " 112" : "")
            return ("•", "\(role): \(said)", advice)
        }
        rows.append(("+", "Nieuwe melding van derden toevoegen", ""))
        drawRows(&screen, state, rows: rows, selected: state.selected(.thirdParty))
        drawDetail(&screen, state, "Adviseer de melder zelf Veilig Thuis te bellen (0800-2000) en bij acuut gevaar 112. Noem een rol, geen naam.")
    }
}

/// The visit form (tab "Bezoek").
enum VisitView {
    static func value(_ field: VisitField, _ visit: Visit) -> String {
        switch field {
        case .reason: return "‹ \(visit.reason?.rawValue ?? "kies met Spatie of ←→") ›"
        case .reasonOther: return visit.reasonOther.isEmpty ? "—" : visit.reasonOther
        case .homeReference: return visit.homeReference.isEmpty ? "— (geen naam of adres)" : visit.homeReference
        case .children: return "‹ \(visit.childrenPresent.label) ›"
        case .special:
            let on = SpecialItem.allCases.filter { $0.isOn(visit.special) }.map(\.label)
            return on.isEmpty ? "geen (Enter of ! om te wijzigen)" : on.joined(separator: "; ")
        case .status: return visit.status.rawValue
        }
    }

    static func draw(_ screen: inout Screen, _ state: AppState) {
        screen.write(DisplayWidth.truncate("Verwijs naar de woning met een werkorder- of complexnummer, nooit met een naam.",
                                           to: state.columns - 2), row: 2, column: 1, style: .dim)
        let selected = state.selected(.visit)
        for field in VisitField.allCases {
            let row = 4 + field.rawValue * 2
            let isSelected = field.rawValue == selected
            let style: Style = isSelected ? [.reverse, .bold] : []
            if isSelected { screen.fillRow(row, style: .reverse) }
            screen.write((isSelected ? "▸ " : "  ") + field.label, row: row, column: 0, style: style)
            screen.write(value(field, state.visit), row: row, column: 32, width: state.columns - 33, style: style)
        }
        let tip = "Tip! " + state.card.tip
        ChecklistView.drawDetail(&screen, state, tip)
    }
}

/// The special situations (`!`): choosing one records it in the visit.
enum SpecialView {
    static func draw(_ screen: inout Screen, _ state: AppState, selected: Int) {
        var lines: [String] = []
        for (index, item) in SpecialItem.allCases.enumerated() {
            let mark = item.isOn(state.visit.special) ? "[x]" : "[ ]"
            lines.append("\(index == selected ? "▸" : " ") \(mark) \(item.label)")
            lines.append("      → \(item.route)")
        }
        lines += ["", "↑↓ kies · Spatie vastleggen · Esc terug"]
        Box.draw(&screen, lines: lines, title: "Bijzondere situaties", rows: state.rows, columns: state.columns)
    }
}
