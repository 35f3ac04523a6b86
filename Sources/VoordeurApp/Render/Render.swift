import Foundation
import VoordeurKit

/// `render(state) -> Screen`: a pure function from state to a grid of cells.
public enum Renderer {
    public static let emergencyLine = "Acuut gevaar? Bel 112 · Advies: Veilig Thuis 0800-2000"

    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(rows: state.rows, columns: state.columns)
        if state.isTooSmall {
            drawTooSmall(&screen, state)
            return screen
        }
        switch state.mode {
        case .discreet:
            let line = "F2"
            screen.write(line, row: state.rows / 2, column: (state.columns - line.count) / 2, style: .dim, tone: .muted)
            return screen
        case .editor(let editor):
            EditorView.draw(&screen, state, editor)
        case .help(let scroll):
            HelpView.draw(&screen, state, scroll: scroll)
        default:
            drawMain(&screen, state)
        }
        if case .special(let selected) = state.mode { SpecialView.draw(&screen, state, selected: selected) }
        if case .confirm(let confirmation) = state.mode { drawConfirm(&screen, confirmation, state) }
        return screen
    }

    // MARK: Frame parts

    static func drawTitle(_ screen: inout Screen, _ state: AppState, _ text: String) {
        screen.fillRow(0, style: .reverse)
        var right: String
        if state.saveProblem != nil {
            right = "⚠ niet opgeslagen"
        } else if let saved = state.lastSaved, !state.dirty {
            right = "opgeslagen \(clock(saved))"
        } else if state.dirty {
            right = "wijzigingen…"
        } else {
            right = ""
        }
        let rightWidth = DisplayWidth.of(right)
        screen.write(" " + text, row: 0, column: 0, width: state.columns - rightWidth - 2, style: [.reverse, .bold])
        if !right.isEmpty {
            screen.write(right + " ", row: 0, column: state.columns - rightWidth - 1, style: [.reverse, .bold],
                         tone: state.saveProblem != nil ? .danger : .plain)
        }
    }

    static func clock(_ date: Date) -> String { DateText.format(date, "HH:mm:ss") }

    static func visitLabel(_ visit: Visit) -> String {
        "Voordeur · bezoek \(DateText.format(visit.startedAt, "dd-MM HH:mm")) · \(visit.status.rawValue) · \(visit.signalCount) signalen"
    }

    /// The two bottom rows: the emergency line and the key hints, plus the status row above them.
    static func drawFooter(_ screen: inout Screen, _ state: AppState, hints: String, status: String?, statusTone: Tone = .plain) {
        let rows = state.rows
        if let problem = state.saveProblem {
            screen.write(problem, row: rows - 3, column: 1, width: state.columns - 2, style: .bold, tone: .danger)
        } else if let status {
            screen.write(status, row: rows - 3, column: 1, width: state.columns - 2, tone: statusTone)
        }
        screen.fillRow(rows - 2, style: [.reverse, .bold], tone: .danger)
        screen.write(" " + emergencyLine, row: rows - 2, column: 0, style: [.reverse, .bold], tone: .danger)
        screen.write(hints, row: rows - 1, column: 1, width: state.columns - 2, tone: .muted)
    }

    static func drawTabs(_ screen: inout Screen, _ state: AppState) {
        let full = state.tabs.map { state.tabTitle($0, short: false) }
        let fullWidth = full.reduce(0) { $0 + DisplayWidth.of($1) + 3 }
        let short = fullWidth > state.columns - 1
        var column = 0
        for tab in state.tabs {
            let title = state.tabTitle(tab, short: short)
            if tab == state.tab {
                column += screen.write("[\(title)]", row: 1, column: column, style: [.reverse, .bold], tone: .accent)
            } else {
                column += screen.write(" \(title) ", row: 1, column: column)
            }
            column += screen.write(short ? "" : " ", row: 1, column: column)
        }
        let hint = "Tab ⇄"
        if column + DisplayWidth.of(hint) + 2 <= state.columns {
            screen.write(hint, row: 1, column: state.columns - DisplayWidth.of(hint) - 1, style: .dim)
        }
    }

    static func drawMain(_ screen: inout Screen, _ state: AppState) {
        drawTitle(&screen, state, visitLabel(state.visit))
        drawTabs(&screen, state)
        let hints: String
        let common: [Action] = [.help, .special, .discreet, .quit]
        let contexts: [KeyContext] = [.lists, .everywhere]
        var status = state.status
        switch state.tab {
        case .list(let index):
            ChecklistView.drawCard(&screen, state, list: index)
            hints = KeyBindings.hints([.toggle, .open] + common, in: contexts)
            if status == nil { status = "✎ = beschreven · ⚠ = opmerkingen van de coach" }
        case .own:
            ChecklistView.drawOwn(&screen, state)
            hints = KeyBindings.hints([.open, .remove] + common, in: contexts)
        case .thirdParty:
            ChecklistView.drawThirdParty(&screen, state)
            hints = KeyBindings.hints([.open, .remove] + common, in: contexts)
        case .visit:
            VisitView.draw(&screen, state)
            hints = "Spatie/←→ wissel · Enter bewerk · " + KeyBindings.hints(common, in: contexts)
        case .handover:
            HandoverView.draw(&screen, state)
            hints = KeyBindings.hints([.export, .cycleFormat, .copy, .markHandedOver, .help, .quit], in: [.handover] + contexts)
        }
        drawFooter(&screen, state, hints: hints, status: status)
    }

    static func drawTooSmall(_ screen: inout Screen, _ state: AppState) {
        let lines = [
            "Venster te klein",
            "Nodig: minstens \(AppState.minimumColumns) × \(AppState.minimumRows), nu \(state.columns) × \(state.rows).",
            "Maak het venster groter.",
            "Je werk is bewaard. Ctrl-C stopt.",
            "Acuut gevaar? Bel 112",
            "Veilig Thuis 0800-2000",
        ]
        for (index, line) in lines.enumerated() where index < state.rows {
            let width = DisplayWidth.of(line)
            let column = max(0, (state.columns - width) / 2)
            screen.write(line, row: index, column: column, style: index == 0 || index >= 4 ? .bold : [],
                         tone: index >= 4 ? .danger : .plain)
        }
    }

    /// A box with a question; j/n answer it.
    static func drawConfirm(_ screen: inout Screen, _ confirmation: Confirmation, _ state: AppState) {
        let question: [String]
        switch confirmation {
        case .exportWithRemarks:
            question = ["De coach heeft nog opmerkingen bij een of meer beschrijvingen.",
                        "Een huurder kan zich aangevallen voelen door een oordeel.", "Toch exporteren?"]
        case .deleteAfterHandover:
            question = ["Het bezoek is gemarkeerd als overgedragen.",
                        "Er is geen wettelijke basis om deze signalen te bewaren.", "Concept nu wissen?"]
        case .removeOwnSignal:
            question = ["Dit eigen signaal en de beschrijving verwijderen?"]
        case .removeThirdParty:
            question = ["Deze melding van derden verwijderen?"]
        }
        Box.draw(&screen, lines: question + ["", "j = ja   ·   n = nee"], title: "Bevestigen", rows: state.rows, columns: state.columns)
    }
}

/// A centred box drawn over the screen.
enum Box {
    static func draw(_ screen: inout Screen, lines: [String], title: String, rows: Int, columns: Int, style: Style = []) {
        let inner = min(columns - 6, max(DisplayWidth.of(title) + 4, lines.map(DisplayWidth.of).max() ?? 0))
        // Wrap each line, keeping its own indentation on the lines it wraps onto.
        let wrapped = lines.flatMap { line -> [String] in
            if line.isEmpty { return [""] }
            let indent = String(line.prefix { $0 == " " })
            return TextWrap.hanging(String(line.dropFirst(indent.count)), width: inner, first: indent, rest: indent)
        }
        let height = min(rows - 2, wrapped.count + 2)
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
            screen.write(line, row: row, column: left + 2, width: inner, style: style)
        }
        screen.write("└" + horizontal + "┘", row: top + height - 1, column: left, style: .bold)
    }
}
