import Foundation
import VoordeurKit

/// The parts every screen shares: the title bar, the tab bar, the status lines, the emergency line and the hints.
public enum Chrome {
    public static var emergencyLine: String { tr("chrome.emergency") }
    static var emergencyShort: String { tr("chrome.emergency.short") }

    /// The save state as the title bar shows it (right side), long and short.
    static func saveLabel(_ state: AppState) -> (long: String, short: String) {
        if state.saveProblem != nil { return (tr("chrome.notsaved"), tr("chrome.notsaved")) }
        if let saved = state.lastSaved, !state.dirty {
            return (tr("chrome.saved", ["tijd": DateText.format(saved, "HH:mm:ss")]), tr("chrome.saved.short"))
        }
        if state.dirty { return (tr("chrome.changes"), "…") }
        return ("", "")
    }

    /// The visit in the title bar; `level` 0 is the full label, 1 and 2 are shorter ones for narrow screens.
    public static func visitLabel(_ state: AppState, level: Int) -> String {
        let visit = state.visit
        var parts = level == 0 ? ["Voordeur"] : []
        parts.append(tr("chrome.visit", ["tijd": DateText.format(visit.startedAt, "dd-MM HH:mm")]))
        // The work order tells two visits of the same morning apart: it stays at every width.
        let reference = TextSanitizer.singleLine(visit.homeReference)
        if !reference.isEmpty { parts.append(reference) }
        parts.append(tr("status.\(visit.status.rawValue)"))
        parts.append(trCount("count.signals", visit.signalCount))
        if state.onDisk || state.dirty {
            parts.append(level == 0 ? trCount("chrome.daysleft", state.daysLeft) : tr("chrome.daysleft.short", ["n": state.daysLeft]))
        }
        if level == 2 { parts.removeFirst() }
        return parts.joined(separator: " · ")
    }

    /// The title bar; `text` nil shows the visit.
    static func drawTitle(_ screen: inout Screen, _ state: AppState, _ text: String? = nil) {
        screen.fillRow(0, style: .reverse)
        let save = saveLabel(state)
        var left = text ?? visitLabel(state, level: 0)
        var right = save.long
        func fits() -> Bool { DisplayWidth.of(left) + DisplayWidth.of(right) + 4 <= state.columns }
        if !fits(), text == nil { left = visitLabel(state, level: 1) }
        if !fits() { right = save.short }
        if !fits(), text == nil { left = visitLabel(state, level: 2) }
        let rightWidth = DisplayWidth.of(right)
        // A title ends after a whole word ("Beschrijf: … huurder …"), never mid-word.
        screen.write(" " + DisplayWidth.truncateAtWord(left, to: state.columns - rightWidth - 3), row: 0, column: 0,
                     style: [.reverse, .bold])
        if !right.isEmpty {
            screen.write(right + " ", row: 0, column: state.columns - rightWidth - 1, style: [.reverse, .bold],
                         tone: state.saveProblem != nil ? .danger : .plain)
        }
    }

    static func drawTabs(_ screen: inout Screen, _ state: AppState) {
        let components = state.tabs.map(TabRegistry.component)
        let full = components.map { $0.title(state, short: false) }
        let fullWidth = full.reduce(0) { $0 + DisplayWidth.of($1) + 3 }
        let short = fullWidth > state.columns - 1
        var column = 0
        for (tab, component) in zip(state.tabs, components) {
            let title = component.title(state, short: short)
            if tab == state.tab {
                column += screen.write("[\(title)]", row: 1, column: column, style: [.reverse, .bold], tone: .accent)
            } else {
                column += screen.write(" \(title) ", row: 1, column: column)
            }
            if !short { column += screen.write(" ", row: 1, column: column) }
        }
        let hint = tr("chrome.tabhint")
        if column + DisplayWidth.of(hint) + 2 <= state.columns {
            screen.write(hint, row: 1, column: state.columns - DisplayWidth.of(hint) - 1, style: .dim)
        }
    }

    /// What the status rows say: a save problem first (in full), else work running in the background, else the
    /// status or the hint.
    static func statusText(_ state: AppState) -> (String, Tone, Style)? {
        if let problem = state.saveProblem { return (problem, .danger, .bold) }
        if let busy = state.busy {
            return (tr("chrome.busy", ["bezig": busy]) + (state.status.map { " · " + $0 } ?? ""), .accent, .bold)
        }
        if let status = state.status { return (status, .plain, []) }
        return nil
    }

    static func statusLines(_ state: AppState, width: Int) -> [String] {
        guard let (text, _, _) = statusText(state) else { return [] }
        return TextWrap.lines(text, width: width)
    }

    /// The status rows (wrapped), the emergency line and the hints.
    static func drawFooter(_ screen: inout Screen, _ state: AppState, status: Range<Int>, hints: String,
                           override: (String, Tone, Style)? = nil) {
        let rows = state.rows
        if let (text, tone, style) = override ?? statusText(state) {
            let lines = TextWrap.lines(text, width: state.columns - 2)
            for (offset, row) in status.enumerated() where offset < lines.count {
                let last = offset == status.count - 1 && lines.count > status.count
                screen.write(last ? DisplayWidth.truncate(lines[offset] + " …", to: state.columns - 2) : lines[offset],
                             row: row, column: 1, width: state.columns - 2, style: style, tone: tone)
            }
        }
        drawEmergency(&screen, state)
        screen.write(hints, row: rows - 1, column: 1, width: state.columns - 2, tone: .muted)
    }

    /// The way to 112 and to advice, on the row above the hints: on every screen but the hidden one (F2).
    static func drawEmergency(_ screen: inout Screen, _ state: AppState) {
        screen.fillRow(state.rows - 2, style: [.reverse, .bold], tone: .danger)
        let emergency = DisplayWidth.of(emergencyLine) + 1 <= state.columns ? emergencyLine : emergencyShort
        screen.write(" " + emergency, row: state.rows - 2, column: 0, style: [.reverse, .bold], tone: .danger)
    }

    /// The hints for a tab: its own actions first (dropped from the end when the line is too narrow), then the ones
    /// that always stay (help, F2, quit).
    static func tabHints(_ state: AppState, _ component: any TabComponent) -> String {
        KeyBindings.fittedHints(optional: component.hints(state) + [.settings, .visits, .special],
                                required: [.help, .discreet, .quit], in: PracticeMode.footerMap(state, KeyBindings.tabMap(component)), width: state.columns - 2)
    }

    static func drawTooSmall(_ screen: inout Screen, _ state: AppState) {
        let lines = [
            tr("toosmall.title"),
            tr("toosmall.needed", ["kolommen": AppState.minimumColumns, "regels": AppState.minimumRows,
                                   "nukolommen": state.columns, "nuregels": state.rows]),
            tr("toosmall.bigger"),
            tr("toosmall.saved"),
            tr("toosmall.emergency"),
            "Veilig Thuis 0800-2000",
        ]
        for (index, line) in lines.enumerated() where index < state.rows {
            let width = DisplayWidth.of(line)
            let column = max(0, (state.columns - width) / 2)
            screen.write(line, row: index, column: column, style: index == 0 || index >= 4 ? .bold : [],
                         tone: index >= 4 ? .danger : .plain)
        }
    }
}

/// A centred box drawn over the screen.
enum Box {
    static func draw(_ screen: inout Screen, lines: [String], title: String, rows: Int, columns: Int, style: Style = [],
                     highlight: Set<Int> = []) {
        let inner = min(columns - 6, max(DisplayWidth.of(title) + 4, lines.map(DisplayWidth.of).max() ?? 0))
        // Wrap each line, keeping its own indentation on the lines it wraps onto.
        var wrapped: [(String, Bool)] = []
        var lastLineParts = 1
        for (index, line) in lines.enumerated() {
            if line.isEmpty { wrapped.append(("", false)); lastLineParts = 1; continue }
            let before = wrapped.count
            defer { lastLineParts = wrapped.count - before }
            let indent = String(line.prefix { $0 == " " })
            for part in TextWrap.hanging(String(line.dropFirst(indent.count)), width: inner, first: indent, rest: indent) {
                wrapped.append((part, highlight.contains(index)))
            }
        }
        // The title row above and the emergency and footer rows below stay visible, whatever the box holds.
        let height = min(rows - 3, wrapped.count + 2)
        // Too tall: the last line (a dialog's keys) is kept, the lines before it are cut.
        let keep = min(lastLineParts, max(0, height - 3))
        if wrapped.count > height - 2, height >= 4 {
            wrapped = Array(wrapped.prefix(height - 2 - keep)) + wrapped.suffix(keep)
        }
        let top = max(1, (rows - height) / 2)
        let left = max(0, (columns - inner - 4) / 2)
        let horizontal = String(repeating: "─", count: inner + 2)
        for row in top..<(top + height) {
            screen.write(String(repeating: " ", count: min(columns, inner + 6)), row: row, column: max(0, left - 1))
        }
        screen.write("┌" + horizontal + "┐", row: top, column: left, style: .bold)
        screen.write(" \(title) ", row: top, column: left + 2, style: [.bold, .reverse])
        for (index, line) in wrapped.prefix(height - 2).enumerated() {
            let row = top + 1 + index
            screen.write("│ " + String(repeating: " ", count: inner) + " │", row: row, column: left, style: .bold)
            screen.write(line.0, row: row, column: left + 2, width: inner, style: line.1 ? style.union(.bold) : style)
        }
        screen.write("└" + horizontal + "┘", row: top + height - 1, column: left, style: .bold)
    }
}
