import Foundation
import VoordeurKit

/// `update(state, message) -> effects`: the only place state changes. Side effects leave as `Effect` values.
public enum App {
    public static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            return handleKey(&state, key)
        case .paste(let text):
            if case .editor(var editor) = state.mode, editor.focusedField.isText {
                let complete = editor.buffers[editor.focus].insert(text)
                if !complete { editor.truncated = true }
                apply(&state, editor)
                return []
            }
            // Not a text field (a toggle, a list): the characters are keys, typed quickly.
            var effects: [Effect] = []
            for ch in text.prefix(256) {
                effects += handleKey(&state, ch == "\n" ? .enter : ch == "\t" ? .tab : .character(ch))
                if case .editor(let editor) = state.mode, editor.focusedField.isText { break }
            }
            return effects
        case .resize(let rows, let columns):
            state.rows = rows
            state.columns = columns
            return []
        case .tick(let now):
            state.now = now
            guard state.dirty else { return [] }
            state.dirty = false
            state.visit.updatedAt = now
            return [.save(state.visit)]
        case .saved(let date):
            state.lastSaved = date
            state.saveProblem = nil
            state.onDisk = true
            return []
        case .saveFailed(let reason):
            state.dirty = true
            state.saveProblem = "NIET OPGESLAGEN: \(reason). Je tekst blijft bewaard in het geheugen; opnieuw proberen…"
            return []
        case .exported(let path):
            state.status = "Notitie geschreven: \(path). Druk o om het bezoek als overgedragen te markeren."
            return []
        case .exportFailed(let reason):
            state.status = "Exporteren mislukt: \(reason)"
            return []
        case .copied:
            state.status = "Notitie naar het klembord gestuurd (als je terminal dat toestaat)."
            return []
        case .draftDeleted:
            state.visit = Visit.new(now: state.now)
            state.onDisk = false
            state.lastSaved = nil
            state.dirty = false
            state.tab = .list(0)
            state.selection = [:]
            state.handoverScroll = 0
            state.recountRemarks()
            state.status = "Concept gewist. Dit is een nieuw, leeg bezoek; q stopt."
            return []
        case .draftDeleteFailed(let reason):
            state.status = "Wissen mislukt: \(reason)"
            return []
        }
    }

    // MARK: Keys

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let global = KeyBindings.action(for: key, in: [.everywhere])
        if global == .forceQuit { return quit(&state) }
        if global == .discreet {
            if case .discreet(let previous) = state.mode { state.mode = previous } else { state.mode = .discreet(previous: state.mode) }
            return []
        }
        if state.isTooSmall { return key == .character("q") ? quit(&state) : [] }
        switch state.mode {
        case .discreet:
            return []
        case .help(let scroll):
            switch key {
            case .escape, .character("?"), .character("q"), .enter: state.mode = .browse
            case .up, .character("k"): state.mode = .help(scroll: max(0, scroll - 1))
            case .down, .character("j"): state.mode = .help(scroll: scroll + 1)
            case .pageUp: state.mode = .help(scroll: max(0, scroll - 10))
            case .pageDown: state.mode = .help(scroll: scroll + 10)
            default: break
            }
            return []
        case .special(let selected):
            return handleSpecial(&state, key, selected: selected)
        case .confirm(let confirmation):
            return handleConfirm(&state, key, confirmation)
        case .editor(let editor):
            return handleEditor(&state, key, editor)
        case .browse:
            return handleBrowse(&state, key)
        }
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        if case .editor(let editor) = state.mode { close(&state, editor) }
        state.quitting = true
        state.visit.updatedAt = state.now
        let needsSave = state.dirty || state.onDisk
        state.dirty = false
        return (needsSave ? [.save(state.visit)] : []) + [.quit]
    }

    /// Number of rows the current tab has.
    static func rowCount(_ state: AppState, _ tab: Tab) -> Int {
        switch tab {
        case .list(let index): return state.card.lists[index].signals.count
        case .own: return state.visit.ownSignals.count + 1
        case .thirdParty: return state.visit.thirdParty.count + 1
        case .visit: return VisitField.allCases.count
        case .handover: return 0
        }
    }

    static func handleBrowse(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.status = state.notices.isEmpty ? nil : state.notices.removeFirst()
        let tab = state.tab
        let count = rowCount(state, tab)
        let page = max(1, Layout.listRows(rows: state.rows) - 1)
        let contexts: [KeyContext] = tab == .handover ? [.handover, .lists] : [.lists]
        // On the visit form, ←/→ change the reason.
        if tab == .visit, key == .left || key == .right, state.selected(.visit) == VisitField.reason.rawValue {
            cycleReason(&state, forward: key == .right)
            return []
        }
        guard let action = KeyBindings.action(for: key, in: contexts) else { return [] }
        func select(_ index: Int) { state.selection[tab] = max(0, min(count - 1, index)) }
        switch action {
        case .moveUp:
            if tab == .handover { state.handoverScroll = max(0, state.handoverScroll - 1) } else { select(state.selected(tab) - 1) }
        case .moveDown:
            if tab == .handover { state.handoverScroll = min(HandoverView.maximumScroll(state), state.handoverScroll + 1) }
            else { select(state.selected(tab) + 1) }
        case .pageUp:
            if tab == .handover { state.handoverScroll = max(0, state.handoverScroll - page) } else { select(state.selected(tab) - page) }
        case .pageDown:
            if tab == .handover { state.handoverScroll = min(HandoverView.maximumScroll(state), state.handoverScroll + page) }
            else { select(state.selected(tab) + page) }
        case .first:
            if tab == .handover { state.handoverScroll = 0 } else { select(0) }
        case .last:
            if tab == .handover { state.handoverScroll = HandoverView.maximumScroll(state) } else { select(count - 1) }
        case .nextTab, .previousTab:
            let tabs = state.tabs
            let index = tabs.firstIndex(of: tab) ?? 0
            let next = (index + (action == .nextTab ? 1 : tabs.count - 1)) % tabs.count
            state.tab = tabs[next]
        case .toggle:
            toggle(&state)
        case .open:
            open(&state)
        case .remove:
            let row = state.selected(tab)
            if tab == .own, row < state.visit.ownSignals.count {
                state.mode = .confirm(.removeOwnSignal(state.visit.ownSignals[row].id))
            } else if tab == .thirdParty, row < state.visit.thirdParty.count {
                state.mode = .confirm(.removeThirdParty(state.visit.thirdParty[row].id))
            }
        case .help: state.mode = .help(scroll: 0)
        case .special: state.mode = .special(selected: 0)
        case .quit: return quit(&state)
        case .export:
            let note = handoverNote(state)
            if note.itemsWithRemarks.isEmpty { return exportEffects(state, state.exportFormat) }
            state.mode = .confirm(.exportWithRemarks(state.exportFormat))
        case .cycleFormat:
            let all = NoteFormat.allCases
            state.exportFormat = all[((all.firstIndex(of: state.exportFormat) ?? 0) + 1) % all.count]
            state.status = "Formaat: \(state.exportFormat.label)."
        case .copy:
            return [.copyToClipboard(handoverNote(state).plainText())]
        case .markHandedOver:
            state.visit.status = .overgedragen
            state.visit.handedOverAt = state.now
            state.dirty = true
            state.mode = .confirm(.deleteAfterHandover)
        case .forceQuit, .discreet, .closeEditor, .nextField, .previousField:
            break
        }
        return []
    }

    public static func handoverNote(_ state: AppState) -> HandoverNote {
        HandoverNote(visit: state.visit, card: state.card, config: state.config, coach: state.coach, now: state.now)
    }

    static func exportEffects(_ state: AppState, _ format: NoteFormat) -> [Effect] {
        let content = handoverNote(state).rendered(as: format)
        return [.writeExport(folder: state.exportFolder, fileName: "overdracht-\(state.visit.id).\(format.fileExtension)",
                             content: content)]
    }

    static func cycleReason(_ state: inout AppState, forward: Bool) {
        let all = VisitReason.allCases
        if let current = state.visit.reason, let index = all.firstIndex(of: current) {
            let next = index + (forward ? 1 : -1)
            state.visit.reason = (next >= 0 && next < all.count) ? all[next] : nil
        } else {
            state.visit.reason = forward ? all.first : all.last
        }
        state.dirty = true
    }

    static func toggle(_ state: inout AppState) {
        let row = state.selected(state.tab)
        switch state.tab {
        case .list(let index):
            let signal = state.card.lists[index].signals[row]
            state.visit.updateObservation(signal.id) { $0.ticked.toggle() }
            state.dirty = true
        case .visit:
            switch VisitField(rawValue: row) {
            case .reason: cycleReason(&state, forward: true)
            case .children:
                state.visit.childrenPresent = state.visit.childrenPresent.next
                state.dirty = true
            case .special: state.mode = .special(selected: 0)
            case .reasonOther, .homeReference: open(&state)
            default: break
            }
        case .own, .thirdParty:
            open(&state)
        case .handover:
            break
        }
    }

    // MARK: Editor

    static func open(_ state: inout AppState) {
        let row = state.selected(state.tab)
        switch state.tab {
        case .list(let index):
            let signal = state.card.lists[index].signals[row]
            state.visit.updateObservation(signal.id) { $0.ticked = true }
            state.dirty = true
            let observation = state.visit.observation(for: signal.id)!
            var editor = EditorState(target: .signal(signal.id), fields: [.description, .namedToTenant, .reaction], focus: 0,
                                     buffers: [TextBuffer(observation.description, multiline: true), TextBuffer(multiline: false),
                                               TextBuffer(observation.tenantReaction, multiline: false)])
            editor.answer = observation.namedToTenant
            refresh(&editor, state.coach)
            state.mode = .editor(editor)
        case .own:
            var own: OwnSignal
            if row < state.visit.ownSignals.count {
                own = state.visit.ownSignals[row]
            } else {
                own = OwnSignal(id: newID(state, prefix: "eigen"), title: "")
                state.visit.ownSignals.append(own)
                state.selection[.own] = state.visit.ownSignals.count - 1
                state.dirty = true
            }
            var editor = EditorState(target: .own(own.id), fields: [.title, .description, .namedToTenant, .reaction], focus: 0,
                                     buffers: [TextBuffer(own.title, multiline: false), TextBuffer(own.description, multiline: true),
                                               TextBuffer(multiline: false), TextBuffer(own.tenantReaction, multiline: false)])
            editor.answer = own.namedToTenant
            refresh(&editor, state.coach)
            state.mode = .editor(editor)
        case .thirdParty:
            var report: ThirdPartyReport
            if row < state.visit.thirdParty.count {
                report = state.visit.thirdParty[row]
            } else {
                report = ThirdPartyReport(id: newID(state, prefix: "derde"))
                state.visit.thirdParty.append(report)
                state.selection[.thirdParty] = state.visit.thirdParty.count - 1
                state.dirty = true
            }
            var editor = EditorState(target: .thirdParty(report.id), fields: [.role, .said, .advisedVeiligThuis, .advised112],
                                     focus: 0, buffers: [TextBuffer(report.role, multiline: false), TextBuffer(report.said, multiline: true),
                                                         TextBuffer(multiline: false), TextBuffer(multiline: false)])
            editor.flagA = report.advisedVeiligThuis
            editor.flagB = report.advised112
            refresh(&editor, state.coach)
            state.mode = .editor(editor)
        case .visit:
            guard let field = VisitField(rawValue: row) else { return }
            switch field {
            case .reasonOther, .homeReference:
                let value = field == .reasonOther ? state.visit.reasonOther : state.visit.homeReference
                var editor = EditorState(target: .visitField(field), fields: [.value], focus: 0,
                                         buffers: [TextBuffer(value, multiline: false)])
                refresh(&editor, state.coach)
                state.mode = .editor(editor)
            case .special:
                state.mode = .special(selected: 0)
            case .reason, .children:
                toggle(&state)
            case .status:
                break
            }
        case .handover:
            break
        }
    }

    static func newID(_ state: AppState, prefix: String) -> String {
        let used = Set(state.visit.ownSignals.map(\.id) + state.visit.thirdParty.map(\.id))
        var number = used.count + 1
        while used.contains("\(prefix)-\(number)") { number += 1 }
        return "\(prefix)-\(number)"
    }

    static func handleEditor(_ state: inout AppState, _ key: Key, _ current: EditorState) -> [Effect] {
        var editor = current
        let field = editor.focusedField
        let width = Layout.editorTextWidth(columns: state.columns)
        if let action = KeyBindings.action(for: key, in: [.editor]) {
            switch action {
            case .closeEditor:
                close(&state, editor)
                return []
            case .nextField:
                editor.focus = (editor.focus + 1) % editor.fields.count
            case .previousField:
                editor.focus = (editor.focus + editor.fields.count - 1) % editor.fields.count
            default:
                break
            }
            state.mode = .editor(editor)
            return []
        }
        if field.isText {
            var buffer = editor.buffers[editor.focus]
            switch key {
            case .character(let ch): buffer.insert(String(ch))
            case .enter:
                if field.isMultiline { buffer.insert("\n") } else { editor.focus = (editor.focus + 1) % editor.fields.count }
            case .backspace: buffer.backspace()
            case .delete: buffer.deleteForward()
            case .left: buffer.left()
            case .right: buffer.right()
            case .up:
                if field.isMultiline && buffer.cursorPosition(width: width).line > 0 { buffer.up(width: width) }
                else if editor.focus > 0 { editor.focus -= 1 }
            case .down:
                let lines = buffer.layout(width: width).count
                if field.isMultiline && buffer.cursorPosition(width: width).line < lines - 1 { buffer.down(width: width) }
                else if editor.focus < editor.fields.count - 1 { editor.focus += 1 }
            case .home: buffer.home(width: width)
            case .end: buffer.end(width: width)
            case .pageUp: for _ in 0..<5 { buffer.up(width: width) }
            case .pageDown: for _ in 0..<5 { buffer.down(width: width) }
            default: break
            }
            let focusBefore = current.focus
            if editor.focus == focusBefore { editor.buffers[focusBefore] = buffer }
        } else {
            switch key {
            case .character(" "), .enter:
                switch field {
                case .namedToTenant: editor.answer = editor.answer.next
                case .advisedVeiligThuis: editor.flagA.toggle()
                case .advised112: editor.flagB.toggle()
                default: break
                }
            case .character("j"), .character("J"):
                if field == .namedToTenant { editor.answer = .ja }
                if field == .advisedVeiligThuis { editor.flagA = true }
                if field == .advised112 { editor.flagB = true }
            case .character("n"), .character("N"):
                if field == .namedToTenant { editor.answer = .nee }
                if field == .advisedVeiligThuis { editor.flagA = false }
                if field == .advised112 { editor.flagB = false }
            case .up: editor.focus = max(0, editor.focus - 1)
            case .down: editor.focus = min(editor.fields.count - 1, editor.focus + 1)
            default: break
            }
        }
        apply(&state, editor)
        return []
    }

    /// Re-runs the coach and the personal-data check on the editor's text.
    static func refresh(_ editor: inout EditorState, _ coach: Coach) {
        if let description = editor.buffer(.description) {
            editor.report = coach.analyse(description.text)
        } else {
            editor.report = nil
        }
        let texts = editor.buffers.map(\.text).filter { !$0.isEmpty }
        editor.personalData = texts.flatMap(PersonalDataScanner.scan)
    }

    /// Writes the editor's fields into the visit (so autosave keeps every keystroke) and refreshes the coach.
    static func apply(_ state: inout AppState, _ current: EditorState) {
        var editor = current
        let before = state.visit
        switch editor.target {
        case .signal(let id):
            state.visit.updateObservation(id) { observation in
                observation.description = editor.buffer(.description)?.text ?? ""
                observation.namedToTenant = editor.answer
                observation.tenantReaction = editor.buffer(.reaction)?.text ?? ""
            }
        case .own(let id):
            if let index = state.visit.ownSignals.firstIndex(where: { $0.id == id }) {
                state.visit.ownSignals[index].title = editor.buffer(.title)?.text ?? ""
                state.visit.ownSignals[index].description = editor.buffer(.description)?.text ?? ""
                state.visit.ownSignals[index].namedToTenant = editor.answer
                state.visit.ownSignals[index].tenantReaction = editor.buffer(.reaction)?.text ?? ""
            }
        case .thirdParty(let id):
            if let index = state.visit.thirdParty.firstIndex(where: { $0.id == id }) {
                state.visit.thirdParty[index].role = editor.buffer(.role)?.text ?? ""
                state.visit.thirdParty[index].said = editor.buffer(.said)?.text ?? ""
                state.visit.thirdParty[index].advisedVeiligThuis = editor.flagA
                state.visit.thirdParty[index].advised112 = editor.flagB
            }
        case .visitField(let field):
            let value = editor.buffer(.value)?.text ?? ""
            if field == .reasonOther { state.visit.reasonOther = value } else { state.visit.homeReference = value }
        }
        if state.visit != before { state.dirty = true }
        refresh(&editor, state.coach)
        state.mode = .editor(editor)
    }

    /// Closes the editor. An own signal or third-party report left completely empty is dropped.
    static func close(_ state: inout AppState, _ editor: EditorState) {
        apply(&state, editor)
        switch editor.target {
        case .own(let id):
            if let own = state.visit.ownSignals.first(where: { $0.id == id }), own.title.isEmpty, own.description.isEmpty,
               own.tenantReaction.isEmpty {
                state.visit.ownSignals.removeAll { $0.id == id }
                state.selection[.own] = max(0, min(state.selected(.own), state.visit.ownSignals.count))
            } else if let own = state.visit.ownSignals.first(where: { $0.id == id }), own.title.isEmpty {
                let index = state.visit.ownSignals.firstIndex(where: { $0.id == id })!
                state.visit.ownSignals[index].title = "eigen signaal \(index + 1)"
            }
        case .thirdParty(let id):
            if let report = state.visit.thirdParty.first(where: { $0.id == id }), report.role.isEmpty, report.said.isEmpty,
               !report.advised112, !report.advisedVeiligThuis {
                state.visit.thirdParty.removeAll { $0.id == id }
            }
        default:
            break
        }
        state.recountRemarks()
        state.mode = .browse
        state.dirty = true
    }

    // MARK: Overlays

    static func handleSpecial(_ state: inout AppState, _ key: Key, selected: Int) -> [Effect] {
        let count = SpecialItem.allCases.count
        switch key {
        case .escape, .character("!"), .character("q"): state.mode = .browse
        case .up, .character("k"): state.mode = .special(selected: max(0, selected - 1))
        case .down, .character("j"): state.mode = .special(selected: min(count - 1, selected + 1))
        case .character(" "), .enter:
            let item = SpecialItem.allCases[selected]
            item.toggle(&state.visit.special)
            state.dirty = true
        default: break
        }
        return []
    }

    static func handleConfirm(_ state: inout AppState, _ key: Key, _ confirmation: Confirmation) -> [Effect] {
        let yes = key == .character("j") || key == .character("J") || key == .character("y")
        let no = key == .character("n") || key == .character("N") || key == .escape
        guard yes || no else { return [] }
        state.mode = .browse
        guard yes else {
            if confirmation == .deleteAfterHandover {
                state.status = "Het concept blijft bewaard tot de bewaartermijn (\(state.config.retentionDays) dagen) voorbij is."
            }
            return []
        }
        switch confirmation {
        case .exportWithRemarks(let format):
            return exportEffects(state, format)
        case .deleteAfterHandover:
            return [.deleteDraft(id: state.visit.id)]
        case .removeOwnSignal(let id):
            state.visit.ownSignals.removeAll { $0.id == id }
            state.selection[.own] = max(0, min(state.selected(.own), state.visit.ownSignals.count))
            state.dirty = true
            state.recountRemarks()
        case .removeThirdParty(let id):
            state.visit.thirdParty.removeAll { $0.id == id }
            state.selection[.thirdParty] = max(0, min(state.selected(.thirdParty), state.visit.thirdParty.count))
            state.dirty = true
        }
        return []
    }
}

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
        case .called112: return "Noteer het; de sociaal consulent ziet het in de overdracht."
        case .recentSexualViolence: return "Direct contact met het Centrum Seksueel Geweld: 0800-0188. Sporen kunnen dan worden veiliggesteld."
        case .honourRelated: return "Ga niet zelf in gesprek met de huurder. Vraag advies aan Veilig Thuis: 0800-2000."
        }
    }

    public func isOn(_ special: SpecialSituations) -> Bool {
        switch self {
        case .acuteDanger: return special.acuteDanger
        case .called112: return special.called112
        case .recentSexualViolence: return special.recentSexualViolence
        case .honourRelated: return special.honourRelated
        }
    }

    public func toggle(_ special: inout SpecialSituations) {
        switch self {
        case .acuteDanger: special.acuteDanger.toggle()
        case .called112: special.called112.toggle()
        case .recentSexualViolence: special.recentSexualViolence.toggle()
        case .honourRelated: special.honourRelated.toggle()
        }
    }
}
