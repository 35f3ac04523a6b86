import Foundation
import VoordeurKit

/// A tab of the main screen: its own title, heading, rows, detail, keys and view. Each tab lives in one file in
/// this folder; this registry is the one place that lists them.
/// A tab of the main screen.
public enum TabID: Hashable, Sendable {
    /// A list of the card ("In en rond de woning", "De huurder", ...), by index.
    case list(Int)
    case own, thirdParty, visit, handover
}

public protocol TabComponent: Sendable {
    /// Rows in the tab's list (for keeping its cursor inside after a resize).
    func rowCount(_ state: AppState) -> Int
    func title(_ state: AppState, short: Bool) -> String
    /// The section's full name and its caution (wrapped to `width`), shown above the body.
    func heading(_ state: AppState, width: Int) -> [String]
    /// Wrapped lines under the body: the selected signal's question, a tip.
    func detail(_ state: AppState, width: Int) -> [String]
    /// Rows the detail region takes; the same for every row of the tab, so moving never resizes the list.
    func detailRows(_ state: AppState, width: Int) -> Int
    /// The footer hints for this tab (dropped from the end when the screen is narrow).
    func hints(_ state: AppState) -> [Action]
    /// Handles a key first; nil lets the common list keys (↑↓, Tab, q, ? …) handle it.
    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]?
    func view(_ state: AppState, regions: Regions, into screen: inout Screen)
}

extension TabComponent {
    public func heading(_ state: AppState, width: Int) -> [String] { [] }
    public func detail(_ state: AppState, width: Int) -> [String] { [] }
    public func detailRows(_ state: AppState, width: Int) -> Int { detail(state, width: width).count }
}

public enum TabRegistry {
    /// The tabs in order: the card's lists, then the fixed ones.
    public static func tabs(_ card: Signalenkaart) -> [TabID] {
        card.lists.indices.map(TabID.list) + [.own, .thirdParty, .visit, .handover]
    }

    public static func component(_ tab: TabID) -> any TabComponent {
        switch tab {
        case .list(let index): return CardListTab(index: index)
        case .own: return OwnSignalsTab()
        case .thirdParty: return ThirdPartyTab()
        case .visit: return VisitTab()
        case .handover: return HandoverTab()
        }
    }
}

/// A few values that depend only on their key (layout sizes per width), computed once.
final class SmallCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    func value(key: String, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        if values.count > 256 { values = [:] }
        let value = make()
        values[key] = value
        return value
    }
}

/// The scrolling list that the checklist tabs share: one row per item, a mark column, "↑ meer"/"↓ meer".
struct ListRow {
    var box: String
    var text: String
    var marks: String = ""
}

enum ListView {
    /// Moves a tab's cursor for a list action; returns false when the action is not a movement.
    static func move(_ state: inout AppState, _ tab: TabID, _ action: Action?, count: Int, visible: Int) -> Bool {
        var cursor = state.cursor(tab)
        let page = max(1, visible - 1)
        switch action {
        case .moveUp?: cursor.move(to: cursor.selected - 1, count: count, visible: visible)
        case .moveDown?: cursor.move(to: cursor.selected + 1, count: count, visible: visible)
        case .pageUp?: cursor.move(to: cursor.selected - page, count: count, visible: visible)
        case .pageDown?: cursor.move(to: cursor.selected + page, count: count, visible: visible)
        case .first?: cursor.move(to: 0, count: count, visible: visible)
        case .last?: cursor.move(to: count - 1, count: count, visible: visible)
        default: return false
        }
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
        if cursor.offset > 0 { screen.write("↑ meer", row: region.lowerBound, column: columns - 7, style: .dim) }
        if cursor.offset + visible < rows.count {
            screen.write("↓ meer", row: region.upperBound - 1, column: columns - 7, style: .dim)
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
