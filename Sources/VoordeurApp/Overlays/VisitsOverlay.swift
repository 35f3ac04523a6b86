import Foundation
import VoordeurKit

/// `b`: the concepts with date, reference and number of signals; open one, or start a new visit.
public struct VisitsState: Equatable, Sendable {
    public var summaries: [VisitSummary] = []
    public var cursor = ListCursor()
    public var loading = true
    public var problems: [String] = []
    public init() {}
}

enum VisitsOverlay {
    static func open(_ state: inout AppState) -> [Effect] {
        state.overlays.append(.visits(VisitsState()))
        return [.listVisits]
    }

    /// The visits, with the one on screen first when it has no draft yet.
    static func rows(_ state: AppState, _ visits: VisitsState) -> [VisitSummary] {
        var rows = visits.summaries
        if !rows.contains(where: { $0.id == state.visit.id }) { rows.insert(VisitSummary(state.visit), at: 0) }
        return rows
    }

    static func visible(_ state: AppState) -> Int { max(1, state.rows - 12) }

    static func update(_ state: inout AppState, _ visits: inout VisitsState, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let rows = rows(state, visits)
        // Only a visit that changed gets a new time: leaving one unchanged must not make it "edited last", or the
        // next start opens it instead of the one the worker really worked in.
        let current = state.onDisk || state.dirty ? (state.dirty ? state.visit.touched(state.now) : state.visit) : nil
        switch key {
        case .escape, .character("b"), .character("q"): return (false, [])
        case .up, .character("k"): visits.cursor.move(to: visits.cursor.selected - 1, count: rows.count, visible: visible(state))
        case .down, .character("j"): visits.cursor.move(to: visits.cursor.selected + 1, count: rows.count, visible: visible(state))
        case .enter:
            guard rows.indices.contains(visits.cursor.selected) else { return (true, []) }
            let chosen = rows[visits.cursor.selected]
            if chosen.id == state.visit.id { return (false, []) }
            state.dirty = false
            return (false, [.openVisit(id: chosen.id, current: current)])
        case .character("n"):
            state.dirty = false
            return (false, [.newVisit(current: current)])
        default: break
        }
        return (true, [])
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ visits: VisitsState) {
        var lines: [String] = []
        var highlight: Set<Int> = []
        if visits.loading {
            lines.append("Concepten worden gelezen…")
        } else {
            let rows = rows(state, visits)
            let cursor = visits.cursor.clamped(count: rows.count, visible: visible(state))
            for (index, row) in rows.enumerated().dropFirst(cursor.offset).prefix(visible(state)) {
                let days = DataLayout.daysLeft(retentionDays: state.config.retentionDays, changed: row.updatedAt, now: state.now)
                let reference = row.homeReference.isEmpty ? "geen nr." : DisplayWidth.truncate(row.homeReference, to: 14)
                var line = "\(index == cursor.selected ? "▸" : " ") \(DateText.format(row.startedAt, "dd-MM HH:mm")) · \(reference) · "
                    + "\(Dutch.signals(row.signalCount)) · \(row.status.rawValue) · nog \(days) d."
                if row.id == state.visit.id { line += " · nu open" }
                if index == cursor.selected { highlight.insert(lines.count) }
                lines.append(line)
            }
            if rows.count > cursor.offset + visible(state) { lines.append("  ↓ meer") }
        }
        lines += visits.problems.map { "⚠ " + $0 }
        lines += ["", "↑↓ kies · Enter openen · n nieuw bezoek · Esc terug"]
        Box.draw(&screen, lines: lines, title: "Bezoeken", rows: state.rows, columns: state.columns, highlight: highlight)
    }
}

extension Visit {
    /// A copy with `updatedAt` set, for the save before another visit is opened.
    func touched(_ now: Date) -> Visit {
        var copy = self
        copy.updatedAt = now
        return copy
    }
}
