import Foundation
import VoordeurKit

/// The visit form: when, why, which home (by number), children, special situations, status.
extension TabID {
    public static let visit = TabID("visit")
}

struct VisitTab: TabComponent {
    var id: TabID { .visit }
    /// The rows of the form, in order.
    enum Row: CaseIterable {
        case startedAt, reason, reasonOther, homeReference, children, persons, special, agreed, returnVisit, concern, status

        var label: String { tr("visit.row.\(self)".lowercased()) }

        /// The single-field editor a text row opens.
        var field: FieldSpec? {
            switch self {
            case .startedAt: return FieldSpec(AppNoteTexts.visitTimeLabel, .dateTime, .visitStartedAt, note: AppNoteTexts.visitTimeNote)
            case .reasonOther: return FieldSpec(tr("visit.row.reasonother"), .line, .visitReasonOther)
            case .homeReference: return FieldSpec(tr("visit.field.homereference"), .line, .visitHomeReference,
                                                  note: tr("visit.field.homereference.note"))
            case .agreed: return FieldSpec(AppNoteTexts.agreedTitle, .text, .visitAgreed)
            case .returnVisit: return FieldSpec(AppNoteTexts.returnVisitTitle, .line, .visitReturnVisit)
            case .concern: return FieldSpec(AppNoteTexts.concernTitle, .text, .visitConcern, note: AppNoteTexts.concernNote)
            default: return nil
            }
        }

        static func oneLine(_ text: String) -> String {
            text.isEmpty ? AppNoteTexts.notFilled : TextSanitizer.singleLine(text.replacingOccurrences(of: "\n", with: " "))
        }

        func value(_ visit: Visit) -> String {
            switch self {
            case .startedAt: return DateText.dateTime(visit.startedAt)
            case .reason: return "‹ \(visit.reason.map { tr("reason.\($0.rawValue)") } ?? tr("visit.reason.choose")) ›"
            case .reasonOther:
                if visit.reason != .anders { return visit.reasonOther.isEmpty ? tr("visit.reasonother.only") : visit.reasonOther }
                return visit.reasonOther.isEmpty ? tr("visit.reasonother.enter") : visit.reasonOther
            case .homeReference: return visit.homeReference.isEmpty ? tr("visit.homereference.empty") : visit.homeReference
            case .children: return "‹ \(visit.childrenPresent.label) ›"
            case .persons:
                let present = visit.persons.filter { !$0.isEmpty }
                return present.isEmpty ? AppNoteTexts.noPersonsYet : present.map(\.label).joined(separator: "; ")
            case .agreed: return Self.oneLine(visit.agreed)
            case .returnVisit: return Self.oneLine(visit.returnVisit)
            case .concern: return Self.oneLine(visit.concern)
            case .special:
                let on = SpecialItem.allCases.filter { $0.isOn(visit.special) }.map(\.label)
                return on.isEmpty ? tr("visit.special.none") : on.joined(separator: "; ")
            case .status:
                return visit.status == .overgedragen ? tr("visit.status.handedover") : tr("status.concept")
            }
        }
    }

    func title(_ state: AppState, short: Bool) -> String { tr("tab.visit") }

    func heading(_ state: AppState, width: Int) -> [String] {
        [tr("tab.visit")] + TextWrap.lines(tr("visit.heading"), width: width)
    }

    func detail(_ state: AppState, width: Int) -> [String] { TextWrap.lines(tr("visit.tip") + " " + state.card.tip, width: width) }

    func rowCount(_ state: AppState) -> Int { Row.allCases.count }

    func hints(_ state: AppState) -> [Action] { [.toggle, .open] }

    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]? {
        let rows = Row.allCases
        // Two lines a row when there is room, one when not, and scrolling when even that does not fit (60×20).
        let visible = min(rows.count, regions.body.count)
        if ListView.move(&state, .visit, action, count: rows.count, visible: visible) { return [] }
        let row = rows[min(state.selected(.visit), rows.count - 1)]
        let forward = key != .left
        switch (row, key, action) {
        case (.reason, .left, _), (.reason, .right, _), (.reason, _, .toggle?):
            cycleReason(&state, forward: forward)
        case (.children, .left, _), (.children, .right, _), (.children, _, .toggle?):
            let all = Answer.allCases
            let index = all.firstIndex(of: state.visit.childrenPresent)!
            state.visit.childrenPresent = all[(index + (forward ? 1 : all.count - 1)) % all.count]
            state.touch()
        case (.reason, _, .open?), (.children, _, .open?):
            return update(&state, key: .character(" "), action: .toggle, regions: regions)
        case (.special, _, .open?), (.special, _, .toggle?):
            state.push(SpecialOverlay())
        case (.persons, _, .open?), (.persons, _, .toggle?):
            EditorOverlay.open(&state, .persons)
        case (.status, _, .toggle?), (.status, _, .open?):
            if state.visit.status == .overgedragen {
                state.visit.status = .concept
                state.visit.handedOverAt = nil
                state.status = tr("visit.backtoconcept")
            } else {
                state.visit.status = .overgedragen
                state.visit.handedOverAt = state.now
                state.status = tr("visit.markedhandedover")
            }
            state.touch()
        case (_, _, .open?), (_, _, .toggle?):
            guard let field = row.field else { return nil }
            state.push(EditorOverlay(editor: EditorState(target: .visitField(field.path), specs: [field], state: state)))
        default:
            return nil
        }
        return []
    }

    func cycleReason(_ state: inout AppState, forward: Bool) {
        let all = VisitReason.allCases
        if let current = state.visit.reason, let index = all.firstIndex(of: current) {
            let next = index + (forward ? 1 : -1)
            state.visit.reason = (next >= 0 && next < all.count) ? all[next] : nil
        } else {
            state.visit.reason = forward ? all.first : all.last
        }
        state.touch()
    }

    func view(_ state: AppState, regions: Regions, into screen: inout Screen) {
        let width = regions.textWidth
        ListView.drawHeading(&screen, heading(state, width: width), region: regions.heading, columns: state.columns, tone: .plain)
        let selected = state.selected(.visit)
        let labelWidth = 28
        // Two rows a field when there is room, one when not; scrolled so the selected row is in view.
        let step = regions.body.count >= Row.allCases.count * 2 ? 2 : 1
        let cursor = state.cursor(.visit).clamped(count: Row.allCases.count, visible: regions.body.count / step)
        for (index, field) in Row.allCases.enumerated() where index >= cursor.offset {
            let row = regions.body.lowerBound + (index - cursor.offset) * step
            guard row < regions.body.upperBound else { break }
            let isSelected = index == selected
            let style: Style = isSelected ? [.reverse, .bold] : []
            if isSelected { screen.fillRow(row, style: .reverse) }
            screen.write((isSelected ? "▸ " : "  ") + field.label, row: row, column: 0, width: labelWidth, style: style)
            // The last row leaves room for "↓ meer"; a long value ends after a whole word.
            let more = row == regions.body.upperBound - 1 && cursor.offset + regions.body.count / step < Row.allCases.count
            let room = state.columns - labelWidth - 1 - (more ? 8 : 0)
            screen.write(DisplayWidth.truncateAtWord(field.value(state.visit), to: room), row: row, column: labelWidth,
                         width: room, style: style)
        }
        if cursor.offset + regions.body.count / step < Row.allCases.count {
            screen.write("↓ meer", row: regions.body.upperBound - 1, column: state.columns - 7, style: .dim)
        }
        ListView.drawDetail(&screen, detail(state, width: width), region: regions.detail, columns: state.columns)
    }
}
