import Foundation
import VoordeurKit

/// The handover to the sociaal consulent: warnings, the note as it will be written, and export, copy, handed over.
extension TabID {
    public static let handover = TabID("handover")
}

extension KeyContext {
    public static let handover = KeyContext("handover")
}

extension Action {
    public static let export = Action("export"), cycleFormat = Action("cycleFormat"), copy = Action("copy")
    public static let markHandedOver = Action("markHandedOver"), send = Action("send"), redact = Action("redact")
}

struct HandoverTab: TabComponent {
    var id: TabID { .handover }
    var keyContext: KeyContext { .handover }
    var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.character("e")], label: "e", help: tr("keys.handover.export"), context: .handover, action: .export, short: tr("keys.handover.export.short")),
         KeyBinding(keys: [.character("f")], label: "f", help: tr("keys.handover.format"), context: .handover, action: .cycleFormat, short: tr("keys.handover.format.short")),
         KeyBinding(keys: [.character("c")], label: "c", help: tr("keys.handover.copy"), context: .handover, action: .copy, short: tr("keys.handover.copy.short")),
         KeyBinding(keys: [.character("v")], label: "v", help: tr("keys.handover.send"), context: .handover, action: .send, short: tr("keys.handover.send.short")),
         KeyBinding(keys: [.character("a")], label: "a", help: tr("keys.handover.redact"), context: .handover, action: .redact, short: tr("keys.handover.redact.short")),
         KeyBinding(keys: [.character("o")], label: "o", help: tr("keys.handover.handedover"), context: .handover, action: .markHandedOver, short: tr("keys.handover.handedover.short"))]
    }
    func title(_ state: AppState, short: Bool) -> String { tr("tab.handover") }

    func heading(_ state: AppState, width: Int) -> [String] {
        [tr("handover.heading")]
            + TextWrap.lines(tr("handover.format", ["formaat": tr("format.\(state.exportFormat.rawValue)")])
                             + (state.redacted ? " · " + tr("handover.redacted") : "")
                             + " · " + tr("handover.folder", ["pad": state.exportFolder.path]), width: width)
    }

    /// The preview scrolls by its offset; it has no rows to select.
    func rowCount(_ state: AppState) -> Int { 0 }

    func hints(_ state: AppState) -> [Action] { [.export, .send, .copy, .cycleFormat, .markHandedOver, .redact] }

    /// The preview: warnings, then the note as plain text. Built once per change (HandoverMemo).
    static func lines(_ state: AppState, width: Int) -> [(String, Style, Tone)] {
        state.memo.lines(state, width: width) { note in
            var lines: [(String, Style, Tone)] = note.warnings.flatMap { warning in
                TextWrap.hanging(warning, width: width, first: "⚠ ", rest: "  ").map { ($0, Style.bold, Tone.warning) }
            }
            if !lines.isEmpty { lines.append(("", [], .plain)) }
            lines += note.plainText(width: min(72, width)).split(separator: "\n", omittingEmptySubsequences: false)
                .map { (String($0), [], .plain) }
            return lines
        }
    }

    static func maximumScroll(_ state: AppState, _ regions: Regions) -> Int {
        max(0, lines(state, width: regions.textWidth).count - regions.body.count)
    }

    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]? {
        let maximum = Self.maximumScroll(state, regions)
        let page = max(1, regions.body.count - 1)
        var cursor = state.cursor(.handover)
        // A key typed while a send runs is not a second send, nor "handed over" (which may delete the draft): it
        // is refused now and never waits to run once the send is done. Export and copy may run beside it.
        if let busy = state.busy, [.send, .markHandedOver].contains(action) {
            state.status = tr("handover.busy", ["bezig": busy])
            return []
        }
        switch action {
        case .moveUp?: cursor.offset -= 1
        case .moveDown?: cursor.offset += 1
        case .pageUp?: cursor.offset -= page
        case .pageDown?: cursor.offset += page
        case .first?: cursor.offset = 0
        case .last?: cursor.offset = maximum
        case .export?:
            return ReviewOverlay.open(&state, .export(state.exportFormat))
        case .cycleFormat?:
            let all = NoteFormat.allCases
            state.exportFormat = all[((all.firstIndex(of: state.exportFormat) ?? 0) + 1) % all.count]
            state.status = tr("handover.format", ["formaat": tr("format.\(state.exportFormat.rawValue)")]) + "."
            return []
        case .copy?:
            return ReviewOverlay.open(&state, .copy)
        case .send?:
            return ReviewOverlay.open(&state, .send)
        case .redact?:
            if state.redacted {
                state.redacted = false
                state.status = tr("handover.unredacted")
                return []
            }
            let changes = Redactor.changes(in: state.visit)
            guard !changes.isEmpty else {
                state.status = tr("handover.nothingtoredact")
                return []
            }
            state.push(ConfirmOverlay(.redact(Redactor.preview(changes))))
            return []
        case .markHandedOver?:
            // Nothing changes before an explicit yes: a failed send is not a handover.
            if state.visit.status == .overgedragen {
                if state.handedOverCopies.isEmpty { state.status = AppNoteTexts.handedOverNoDeletion }
                else { state.push(ConfirmOverlay(.deleteAfterHandover)) }
                return []
            }
            state.push(ConfirmOverlay(.markHandedOver))
            return []
        default:
            return nil
        }
        cursor.offset = max(0, min(maximum, cursor.offset))
        state.cursors[.handover] = cursor
        return []
    }

    /// "overdracht-20261201-1015-beef.txt": the visit's time as corrected on Bezoek (the id keeps the time it was
    /// started), with the id's own suffix, so two notes of one morning differ and the name matches the note.
    static func fileName(_ visit: Visit, _ format: NoteFormat) -> String {
        let suffix = visit.id.split(separator: "-").last.map(String.init) ?? visit.id
        let time = DateText.format(visit.startedAt, "yyyyMMdd-HHmm")
        let base = visit.id.hasPrefix(time) ? visit.id : "\(time)-\(suffix)"
        return "overdracht-\(base).\(format.fileExtension)"
    }

    static func exportEffects(_ state: AppState, _ format: NoteFormat) -> [Effect] {
        let content = state.memo.note(state).rendered(as: format)
        return [.writeExport(folder: state.exportFolder, fileName: fileName(state.visit, format), content: content,
                             visitID: state.visit.id)]
    }

    func view(_ state: AppState, regions: Regions, into screen: inout Screen) {
        let width = regions.textWidth
        ListView.drawHeading(&screen, heading(state, width: width), region: regions.heading, columns: state.columns, tone: .plain)
        let lines = Self.lines(state, width: width)
        let first = max(0, min(state.cursor(.handover).offset, lines.count - regions.body.count))
        for (offset, line) in lines.dropFirst(first).prefix(regions.body.count).enumerated() {
            screen.write(line.0, row: regions.body.lowerBound + offset, column: 1, width: width, style: line.1, tone: line.2)
        }
        if first + regions.body.count < lines.count {
            screen.write(tr("list.more.down"), row: regions.body.upperBound - 1, column: state.columns - 7, style: .dim)
        }
    }
}
