import VoordeurKit

/// The scrolling list that the checklist tabs share: one row per item, a mark column, "↑ meer"/"↓ meer".
enum ListView {
    /// Moves a tab's cursor for a list action; returns false when the action is not a movement.
    static func move(_ state: inout AppState, _ tab: TabID, _ action: Action?, count: Int, visible: Int) -> Bool {
        var cursor = state.cursor(tab)
        guard cursor.apply(action, count: count, visible: visible) else { return false }
        state.cursors[tab] = cursor
        return true
    }

    static func draw(_ screen: inout Screen, _ rows: [ListRow], cursor: ListCursor, region: Range<Int>, columns: Int) {
        let visible = region.count
        let cursor = cursor.clamped(count: rows.count, visible: visible)
        let markWidth = 6
        for (offset, item) in rows.dropFirst(cursor.offset).prefix(visible).enumerated() {
            let index = cursor.offset + offset
            let row = region.lowerBound + offset
            let isSelected = index == cursor.selected
            let style: Style = isSelected ? [.reverse, .bold] : []
            if isSelected { screen.fillRow(row, style: .reverse) }
            var column = screen.write(isSelected ? "▸ " : "  ", row: row, column: 0, style: style)
            if !item.box.isEmpty { column += screen.write(item.box + " ", row: row, column: column, style: style) }
            let textWidth = columns - column - markWidth - 1
            screen.write(DisplayWidth.truncate(item.text, to: textWidth), row: row, column: column, style: style)
            if !item.marks.isEmpty {
                screen.write(item.marks, row: row, column: columns - markWidth, width: markWidth, style: style,
                             tone: item.marks.contains("⚠") ? .warning : .ok)
            }
        }
        if cursor.offset > 0 { screen.write(tr("list.more.up"), row: region.lowerBound, column: columns - 7, style: .dim) }
        if cursor.offset + visible < rows.count {
            screen.write(tr("list.more.down"), row: region.upperBound - 1, column: columns - 7, style: .dim)
        }
    }

    static func marks(description: String, id: String, state: AppState) -> String {
        var marks = description.isEmpty ? "" : "✎"
        if let count = state.remarkCounts[id], count > 0 { marks += (marks.isEmpty ? "" : " ") + "⚠\(count)" }
        return marks
    }

    /// The usual tab: heading, the list, and the detail under a rule.
    static func drawListTab(_ screen: inout Screen, _ tab: any TabComponent, _ id: TabID, _ state: AppState, _ regions: Regions,
                            rows: [ListRow], headingTone: Tone = .warning) {
        let width = regions.textWidth
        drawHeading(&screen, tab.heading(state, width: width), region: regions.heading, columns: state.columns, tone: headingTone)
        draw(&screen, rows, cursor: state.cursor(id), region: regions.body, columns: state.columns)
        drawDetail(&screen, tab.detail(state, width: width), region: regions.detail, columns: state.columns)
    }

    /// Enter on a list of own items: edit row `row`, or on the last row ("+ nieuw") add one with a new id and edit it.
    static func openOrAdd(_ state: inout AppState, _ tab: TabID, row: Int, ids: [String], prefix: String, visible: Int,
                          add: (inout AppState, String) -> Void, target: (String) -> EditorTarget) {
        if row < ids.count {
            EditorOverlay.open(&state, target(ids[row]))
            return
        }
        let id = EditorOverlay.newID(state, prefix: prefix)
        add(&state, id)
        var cursor = ListCursor(selected: ids.count)
        cursor.clamp(count: ids.count + 2, visible: visible)
        state.cursors[tab] = cursor
        EditorOverlay.open(&state, target(id))
    }

    /// The heading lines: a bold title, then dim explanation lines.
    static func drawHeading(_ screen: inout Screen, _ lines: [String], region: Range<Int>, columns: Int, tone: Tone = .warning) {
        for (offset, row) in region.enumerated() where offset < lines.count {
            screen.write(lines[offset], row: row, column: 1, width: columns - 2, style: offset == 0 ? .bold : .dim,
                         tone: offset == 0 ? .plain : tone)
        }
    }

    /// The detail lines under a rule.
    static func drawDetail(_ screen: inout Screen, _ lines: [String], region: Range<Int>, columns: Int) {
        guard !region.isEmpty else { return }
        screen.write(String(repeating: "─", count: columns), row: region.lowerBound - 1, column: 0, style: .dim)
        for (offset, row) in region.enumerated() where offset < lines.count {
            screen.write(lines[offset], row: row, column: 1, width: columns - 2, tone: .accent)
        }
    }
}
