import Foundation
import VoordeurKit

extension KeyContext {
    public static let visits = KeyContext("visits")
}

extension Action {
    public static let visits = Action("visits"), newVisit = Action("newVisit")
}

/// `b`: the concepts with date, reference and number of signals; open one, or start a new visit.
public struct VisitsOverlay: OverlayComponent, Equatable {
    public var summaries: [DraftSummary] = []
    public var cursor = ListCursor()
    public var loading = true
    public var problems: [String] = []
    public init() {}

    public static let keyContext = KeyContext.visits
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.up, .down, .character("k"), .character("j")], label: "↑↓", help: tr("keys.visits.choose"), context: .visits, action: .choose, short: tr("keys.choose.short")),
         KeyBinding(keys: [.enter], label: "Enter", help: tr("keys.visits.open"), context: .visits, action: .open, short: tr("keys.visits.open.short")),
         KeyBinding(keys: [.character("n")], label: "n", help: tr("keys.visits.new"), context: .visits, action: .newVisit, short: tr("keys.visits.new.short")),
         KeyBinding(keys: [.character("o")], label: "o", help: tr("oefen.toets.oefenen"), context: .visits, action: .practise, short: tr("oefen.toets.oefenen.kort")),
         KeyBinding(keys: [.escape, .character("b"), .character("q")], label: "Esc", help: tr("keys.back"), context: .visits, action: .close, short: tr("keys.back.short"))]
    }
    public static var openers: [KeyBinding] {
        [KeyBinding(keys: [.character("b")], label: "b", help: tr("keys.visits.openlist"), context: .lists, action: .visits, short: tr("keys.visits.openlist.short"))]
    }
    public static func open(_ state: inout AppState, _ action: Action) -> [Effect] {
        state.push(VisitsOverlay())
        return [.listVisits]
    }

    /// The visits, with the one on screen first when it has no draft yet.
    static func rows(_ state: AppState, _ visits: VisitsOverlay) -> [DraftSummary] {
        var rows = visits.summaries
        if !rows.contains(where: { $0.id == state.visit.id }) { rows.insert(DraftSummary(state.visit), at: 0) }
        return rows
    }

    static func visible(_ state: AppState) -> Int { max(1, state.rows - 12) }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let rows = Self.rows(state, self)
        // Only a visit that changed gets a new time: leaving one unchanged must not make it "edited last", or the
        // next start opens it instead of the one the worker really worked in.
        let current = state.onDisk || state.dirty ? (state.dirty ? state.visit.touched(state.now) : state.visit) : nil
        switch action(for: key) {
        case .close?: return .close
        case .choose?: cursor.step(key, count: rows.count, visible: Self.visible(state))
        case .open?:
            guard rows.indices.contains(cursor.selected) else { return .stay }
            let chosen = rows[cursor.selected]
            if chosen.id == state.visit.id { return .close }
            state.dirty = false
            return .close([.openVisit(id: chosen.id, current: current)])
        case .newVisit?:
            state.dirty = false
            return .close([.newVisit(current: current)])
        case .practise?:
            state.push(PracticePickerOverlay())
            return .close
        default: break
        }
        return .stay
    }

    public func view(_ state: AppState, into screen: inout Screen) {
        let visits = self
        var lines: [String] = []
        var highlight: Set<Int> = []
        if visits.loading {
            lines.append(tr("visits.loading"))
        } else {
            let rows = Self.rows(state, visits)
            let cursor = visits.cursor.clamped(count: rows.count, visible: Self.visible(state))
            for (index, row) in rows.enumerated().dropFirst(cursor.offset).prefix(Self.visible(state)) {
                let days = DataLayout.daysLeft(retentionDays: state.config.retentionDays, changed: row.updatedAt, now: state.now)
                let reference = row.homeReference.isEmpty ? tr("visits.noreference") : DisplayWidth.truncate(row.homeReference, to: 14)
                var line = "\(index == cursor.selected ? "▸" : " ") \(DateText.format(row.startedAt, "dd-MM HH:mm")) · \(reference) · "
                    + "\(trCount("count.signals", row.signalCount)) · \(tr("status.\(row.status.rawValue)")) · "
                    + tr("chrome.daysleft.short", ["n": days])
                if row.id == state.visit.id { line += " · " + tr("visits.open") }
                if index == cursor.selected { highlight.insert(lines.count) }
                lines.append(line)
            }
            if rows.count > cursor.offset + Self.visible(state) { lines.append("  " + tr("list.more.down")) }
        }
        lines += visits.problems.map { "⚠ " + $0 }
        lines += ["", KeyBindings.dialogLine(Self.keyMap)]
        Box.draw(&screen, lines: lines, title: tr("visits.title"), rows: state.rows, columns: state.columns, highlight: highlight)
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
