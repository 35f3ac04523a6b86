import Foundation
import VoordeurKit

/// `update(state, message) -> effects`: the only place state changes. Side effects leave as `Effect` values and
/// come back as messages from the effect runner.
public enum App {
    public static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
        if case .key = message { state.lastInput = state.now } else if case .paste = message { state.lastInput = state.now }
        let effects = PracticeMode.guarded(&state, handle(&state, message))
        if let label = effects.lazy.compactMap(\.busyLabel).first { state.busy = label }
        return effects
    }

    static func handle(_ state: inout AppState, _ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            return handleKey(&state, key)
        case .paste(let text):
            return handlePaste(&state, text)
        case .resize(let rows, let columns):
            state.rows = rows
            state.columns = columns
            let regions = Regions.main(state)
            for tab in state.tabs {
                let count = TabRegistry.component(tab).rowCount(state)
                if count > 0 { state.cursors[tab]?.clamp(count: count, visible: regions.body.count) }
            }
            return []
        case .tick(let now):
            state.now = now
            if PinOverlay.shouldLock(state) { PinOverlay.lock(&state) }
            // The dictionary finished loading (or suggestions arrived): the open editor's marks are computed anew.
            if var editor = state.editor, let speller = state.speller, speller.generation != editor.spellingGeneration {
                EditorOverlay.refresh(&editor, state)
                state.replaceTop(EditorOverlay(editor: editor))
            }
            guard state.dirty, !state.quitting else { return [] }
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
            state.saveProblem = tr("status.savefailed", ["reden": reason])
            return []
        case .finalSaved:
            return [.quit]
        case .finalSaveFailed(let reason):
            state.saveProblem = tr("status.finalsavefailed", ["reden": reason])
            if var quit = state.top(QuitOverlay.self) {
                quit.reason = reason
                quit.message = tr("quit.failedagain")
                state.replaceTop(quit)
            } else {
                state.push(QuitOverlay(reason: reason))
            }
            return []
        case .deletedElsewhere:
            // Deletion wins: nothing is written until the worker chooses (issue 23, item 2).
            state.dirty = false
            state.saveProblem = nil
            state.onDisk = false
            if state.top != .confirm(.deletedElsewhere) { state.push(ConfirmOverlay(.deletedElsewhere)) }
            return []
        case .copySaved(let path):
            state.status = tr("status.copysaved", ["pad": path])
            return [.quit]
        case .copySaveFailed(let reason):
            if var quit = state.top(QuitOverlay.self) {
                quit.message = tr("quit.copyfailed", ["reden": reason])
                state.replaceTop(quit)
            }
            return []
        case .exported(let path):
            state.handoverLog.append(HandoverAttempt(.written, succeeded: true, detail: path))
            state.status = tr("status.exported", ["pad": path]) + " " + tr("status.presso")
            return []
        case .exportFailed(let reason):
            state.handoverLog.append(HandoverAttempt(.written, succeeded: false, detail: reason))
            state.status = tr("status.exportfailed", ["reden": reason])
            return []
        case .copied(let line):
            state.handoverLog.append(HandoverAttempt(.copied, succeeded: true, detail: line))
            state.status = line + " " + tr("status.presso")
            return []
        case .sent(let line):
            state.busy = nil
            state.handoverLog.append(HandoverAttempt(.sent, succeeded: true, detail: ""))
            state.status = line + " " + tr("status.presso")
            return []
        case .sendFailed(let reason):
            state.busy = nil
            state.handoverLog.append(HandoverAttempt(.sent, succeeded: false, detail: reason))
            state.status = tr("status.sendfailed", ["reden": reason])
            return []
        case .testSent(let line):
            state.busy = nil
            state.status = AppNoteTexts.sendTestSent(line)
            clearEditorHint(&state)
            return []
        case .testSendFailed(let reason):
            state.busy = nil
            state.status = AppNoteTexts.sendTestFailed(reason)
            clearEditorHint(&state)
            return []
        case .copyFailed(let reason):
            state.handoverLog.append(HandoverAttempt(.copied, succeeded: false, detail: reason))
            state.status = tr("status.copyfailed", ["reden": reason])
            return []
        case .visitDeleted(let removed, let remaining):
            startNewVisit(&state)
            var text = removed > 0 ? trCount("status.deleted.withnotes", removed) : tr("status.deleted")
            if !remaining.isEmpty { text += " " + tr("status.deleted.remaining", ["bestanden": remaining.joined(separator: ", ")]) }
            state.status = text + " " + tr("status.newvisit.empty")
            return []
        case .deleteFailed(let reason):
            state.status = tr("status.deletefailed", ["reden": reason])
            return []
        case .configWritten(let path):
            state.status = tr("status.configwritten", ["pad": path])
            return []
        case .configWriteFailed(let reason):
            state.status = tr("status.configfailed", ["reden": reason])
            return []
        case .visitsListed(let summaries, let problems):
            if var visits = state.top(VisitsOverlay.self) {
                visits.summaries = summaries
                visits.problems = problems
                visits.loading = false
                if let current = VisitsOverlay.rows(state, visits).firstIndex(where: { $0.id == state.visit.id }) {
                    visits.cursor = ListCursor(selected: current)
                }
                state.replaceTop(visits)
            }
            return []
        case .visitOpened(let visit):
            replaceVisit(&state, with: visit, onDisk: true)
            state.status = tr("status.visitopened", ["tijd": DateText.dateTime(visit.startedAt)])
            return []
        case .visitOpenFailed(let reason):
            state.status = reason
            state.dirty = true
            return []
        case .newVisitStarted:
            startNewVisit(&state)
            state.status = tr("status.newvisit")
            return []
        case .pin(let result):
            return PinOverlay.receive(&state, result)
        }
    }

    // MARK: Keys

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let global = KeyBindings.action(for: key, in: KeyBindings.global)
        if global == .forceQuit { return quit(&state) }
        // Esc on the tabs stops a send that is running (in a text, Esc first closes the editor).
        if key == .escape, state.busy != nil, state.top == nil {
            state.status = tr("status.cancelling")
            return [.cancelBackground]
        }
        if global == .discreet {
            if state.top == .discreet { state.overlays.removeLast() } else { state.push(DiscreetOverlay()) }
            return []
        }
        if state.isTooSmall { return key == .character("q") && state.top == nil ? quit(&state) : [] }
        if state.top != nil { return OverlayRegistry.update(&state, key) }
        if let effects = PracticeMode.handleKey(&state, key) { return effects }
        return handleTab(&state, key)
    }

    static func handlePaste(_ state: inout AppState, _ text: String) -> [Effect] {
        if var editor = state.editor {
            EditorOverlay.paste(&state, &editor, text)
            state.replaceTop(EditorOverlay(editor: editor))
            return []
        }
        // Outside a text field a paste is not a string of commands: it is set aside with a word of explanation.
        if state.top == nil || state.top == .discreet {
            state.status = tr("status.pasteoutside")
        } else if var quit = state.top(QuitOverlay.self), var folder = quit.folder {
            folder.insert(text)
            quit.folder = folder
            state.replaceTop(quit)
        }
        return []
    }

    static func handleTab(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.status = state.notices.isEmpty ? nil : state.notices.removeFirst()
        let tab = state.tab
        let component = TabRegistry.component(tab)
        let action = KeyBindings.action(for: key, in: KeyBindings.tabMap(component))
        if let effects = component.update(&state, key: key, action: action, regions: Regions.main(state)) {
            return effects
        }
        if let action, let effects = OverlayRegistry.open(&state, action) { return effects }
        switch action {
        case .nextTab?, .previousTab?:
            let tabs = state.tabs
            let index = tabs.firstIndex(of: tab) ?? 0
            state.tab = tabs[(index + (action == .nextTab ? 1 : tabs.count - 1)) % tabs.count]
        case .quit?: return quit(&state)
        default: break
        }
        return []
    }

    /// Quitting: close what is open, then a final save whose outcome decides (see `.finalSaved`, `.finalSaveFailed`).
    static func quit(_ state: inout AppState) -> [Effect] {
        if state.quitting, state.top(QuitOverlay.self) != nil { return [] }
        var effects: [Effect] = []
        while let top = state.overlays.last {
            state.overlays.removeLast()
            if let editor = top.as(EditorOverlay.self)?.editor { effects += EditorOverlay.close(&state, editor).filter { if case .writeConfig = $0 { return true }; return false } }
        }
        state.quitting = true
        // Only what changed is written: opening a draft and quitting must not renew its retention period.
        let needsSave = state.dirty || state.saveProblem != nil
        if needsSave { state.visit.updatedAt = state.now }
        state.dirty = false
        return effects + (needsSave ? [.finalSave(state.visit)] : [.quit])
    }

    /// The open editor's one-off hint gives way to a result that arrived (a test message's outcome).
    static func clearEditorHint(_ state: inout AppState) {
        if var editor = state.top(EditorOverlay.self) {
            editor.editor.hint = nil
            state.overlays[state.overlays.count - 1] = Overlay(editor)
        }
    }

    static func replaceVisit(_ state: inout AppState, with visit: Visit, onDisk: Bool) {
        state.visit = visit
        state.onDisk = onDisk
        state.lastSaved = nil
        state.dirty = false
        state.saveProblem = nil
        state.tab = .list(0)
        state.cursors = [:]
        state.overlays = []
        state.handoverLog = []
        state.recountRemarks()
    }

    static func startNewVisit(_ state: inout AppState) {
        replaceVisit(&state, with: Visit.new(now: state.now), onDisk: false)
    }
}
