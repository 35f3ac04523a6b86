import Foundation
import VoordeurKit

/// `update(state, message) -> effects`: the only place state changes. Side effects leave as `Effect` values and
/// come back as messages from the effect runner.
public enum App {
    public static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
        let effects = handle(&state, message)
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
            for tab in state.tabs where tab != .handover {
                let count = TabRegistry.component(tab).rowCount(state)
                state.cursors[tab]?.clamp(count: count, visible: regions.body.count)
            }
            return []
        case .tick(let now):
            state.now = now
            // The dictionary finished loading (or suggestions arrived): the open editor's marks are computed anew.
            if case .editor(var editor)? = state.top, let speller = state.speller, speller.generation != editor.spellingGeneration {
                EditorOverlay.refresh(&editor, state)
                state.overlays[state.overlays.count - 1] = .editor(editor)
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
            state.saveProblem = "NIET OPGESLAGEN: \(reason). Je tekst blijft op het scherm; opslaan wordt steeds opnieuw geprobeerd."
            return []
        case .finalSaved:
            return [.quit]
        case .finalSaveFailed(let reason):
            state.saveProblem = "NIET OPGESLAGEN: \(reason)."
            if case .quitProblem(var quit)? = state.top {
                quit.reason = reason
                quit.message = "Opnieuw mislukt."
                state.overlays[state.overlays.count - 1] = .quitProblem(quit)
            } else {
                state.overlays.append(.quitProblem(QuitProblemState(reason: reason)))
            }
            return []
        case .deletedElsewhere:
            // Deletion wins: nothing is written until the worker chooses (issue 23, item 2).
            state.dirty = false
            state.saveProblem = nil
            state.onDisk = false
            if state.top != .confirm(.deletedElsewhere) { state.overlays.append(.confirm(.deletedElsewhere)) }
            return []
        case .copySaved(let path):
            state.status = "Kopie opgeslagen: \(path)"
            return [.quit]
        case .copySaveFailed(let reason):
            if case .quitProblem(var quit)? = state.top {
                quit.message = "Ook dat lukte niet: \(reason)"
                state.overlays[state.overlays.count - 1] = .quitProblem(quit)
            }
            return []
        case .exported(let path):
            state.handoverLog.append(HandoverAttempt(.written, succeeded: true, detail: path))
            state.status = "Notitie geschreven: \(path). Druk o als de overdracht gedaan is."
            return []
        case .exportFailed(let reason):
            state.handoverLog.append(HandoverAttempt(.written, succeeded: false, detail: reason))
            state.status = "Exporteren mislukt: \(reason)"
            return []
        case .copied(let line):
            state.handoverLog.append(HandoverAttempt(.copied, succeeded: true, detail: line))
            state.status = line + " Druk o als de overdracht gedaan is."
            return []
        case .sent(let line):
            state.busy = nil
            state.handoverLog.append(HandoverAttempt(.sent, succeeded: true, detail: ""))
            state.status = line + " Druk o als de overdracht gedaan is."
            return []
        case .sendFailed(let reason):
            state.busy = nil
            state.handoverLog.append(HandoverAttempt(.sent, succeeded: false, detail: reason))
            state.status = "Versturen mislukt: \(reason)"
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
            state.status = "Kopiëren mislukt: \(reason)"
            return []
        case .visitDeleted(let removed, let remaining):
            startNewVisit(&state)
            var text = "Concept gewist" + (removed > 0 ? ", met \(Dutch.count(removed, "notitie", "notities")) uit de standaardmap." : ".")
            if !remaining.isEmpty {
                text += " Nog aanwezig buiten de standaardmap (zelf wissen): " + remaining.joined(separator: ", ") + "."
            }
            state.status = text + " Dit is een nieuw, leeg bezoek."
            return []
        case .deleteFailed(let reason):
            state.status = "Wissen mislukt: \(reason)"
            return []
        case .configWritten(let path):
            state.status = "Instellingen opgeslagen in \(path)."
            return []
        case .configWriteFailed(let reason):
            state.status = "Instellingen NIET opgeslagen: \(reason)"
            return []
        case .visitsListed(let summaries, let problems):
            if case .visits(var visits)? = state.top {
                visits.summaries = summaries
                visits.problems = problems
                visits.loading = false
                if let current = VisitsOverlay.rows(state, visits).firstIndex(where: { $0.id == state.visit.id }) {
                    visits.cursor = ListCursor(selected: current)
                }
                state.overlays[state.overlays.count - 1] = .visits(visits)
            }
            return []
        case .visitOpened(let visit):
            replaceVisit(&state, with: visit, onDisk: true)
            state.status = "Bezoek van \(DateText.dateTime(visit.startedAt)) geopend."
            return []
        case .visitOpenFailed(let reason):
            state.status = reason
            state.dirty = true
            return []
        case .newVisitStarted:
            startNewVisit(&state)
            state.status = "Nieuw bezoek begonnen. Het vorige staat onder b (bezoeken)."
            return []
        }
    }

    // MARK: Keys

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let global = KeyBindings.action(for: key, in: [.everywhere])
        if global == .forceQuit { return quit(&state) }
        // Esc on the tabs stops a send that is running (in a text, Esc first closes the editor).
        if key == .escape, state.busy != nil, state.top == nil {
            state.status = "Afbreken…"
            return [.cancelBackground]
        }
        if global == .discreet {
            if state.top == .discreet { state.overlays.removeLast() } else { state.overlays.append(.discreet) }
            return []
        }
        if state.isTooSmall { return key == .character("q") && state.top == nil ? quit(&state) : [] }
        if state.top != nil { return OverlayRegistry.update(&state, key) }
        return handleTab(&state, key)
    }

    static func handlePaste(_ state: inout AppState, _ text: String) -> [Effect] {
        if case .editor(var editor)? = state.top {
            EditorOverlay.paste(&state, &editor, text)
            state.overlays[state.overlays.count - 1] = .editor(editor)
            return []
        }
        // Outside a text field a paste is not a string of commands: it is set aside with a word of explanation.
        if state.top == nil || state.top == .discreet {
            state.status = "Plakken kan alleen in een beschrijving of ander tekstveld: open er een met Enter."
        } else if case .quitProblem(var quit)? = state.top, var folder = quit.folder {
            folder.insert(text)
            quit.folder = folder
            state.overlays[state.overlays.count - 1] = .quitProblem(quit)
        }
        return []
    }

    static func handleTab(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.status = state.notices.isEmpty ? nil : state.notices.removeFirst()
        let tab = state.tab
        let component = TabRegistry.component(tab)
        let contexts: [KeyContext] = tab == .handover ? [.handover, .lists] : [.lists]
        let action = KeyBindings.action(for: key, in: contexts)
        if let effects = component.update(&state, key: key, action: action, regions: Regions.main(state)) {
            return effects
        }
        switch action {
        case .nextTab?, .previousTab?:
            let tabs = state.tabs
            let index = tabs.firstIndex(of: tab) ?? 0
            state.tab = tabs[(index + (action == .nextTab ? 1 : tabs.count - 1)) % tabs.count]
        case .help?: state.overlays.append(.help(HelpState()))
        case .special?: state.overlays.append(.special(ListCursor()))
        case .settings?: EditorOverlay.open(&state, .settings)
        case .visits?: return VisitsOverlay.open(&state)
        case .quit?: return quit(&state)
        default: break
        }
        return []
    }

    /// Quitting: close what is open, then a final save whose outcome decides (see `.finalSaved`, `.finalSaveFailed`).
    static func quit(_ state: inout AppState) -> [Effect] {
        if state.quitting, case .quitProblem? = state.top { return [] }
        var effects: [Effect] = []
        while let top = state.overlays.last {
            state.overlays.removeLast()
            if case .editor(let editor) = top { effects += EditorOverlay.close(&state, editor).filter { if case .writeConfig = $0 { return true }; return false } }
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
        if case .editor(var editor)? = state.top {
            editor.hint = nil
            state.overlays[state.overlays.count - 1] = .editor(editor)
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

/// The one place that knows every overlay: it hands the key to the active one and puts it back if it stays.
enum OverlayRegistry {
    static func update(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let top = state.overlays.popLast() else { return [] }
        let depth = state.overlays.count
        var result: (keep: Bool, effects: [Effect])
        var kept = top
        switch top {
        case .editor(var editor):
            result = EditorOverlay.update(&state, &editor, key)
            kept = .editor(editor)
        case .help(var help):
            result = HelpOverlay.update(&state, &help, key)
            kept = .help(help)
        case .special(var cursor):
            result = SpecialOverlay.update(&state, &cursor, key)
            kept = .special(cursor)
        case .confirm(let confirmation):
            result = ConfirmOverlay.update(&state, confirmation, key)
        case .visits(var visits):
            result = VisitsOverlay.update(&state, &visits, key)
            kept = .visits(visits)
        case .quitProblem(var quit):
            result = QuitOverlay.update(&state, &quit, key)
            kept = .quitProblem(quit)
        case .spelling(var spelling):
            result = SpellingOverlay.update(&state, &spelling, key)
            kept = .spelling(spelling)
        case .review(var review):
            result = ReviewOverlay.update(&state, &review, key)
            kept = .review(review)
        case .discreet:
            result = (true, [])
        }
        // An overlay that stays goes back under anything it opened itself (a confirmation).
        if result.keep { state.overlays.insert(kept, at: min(depth, state.overlays.count)) }
        return result.effects
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ overlay: Overlay) {
        switch overlay {
        case .editor(let editor): EditorView.draw(&screen, state, editor)
        case .help(let help): HelpOverlay.draw(&screen, state, help)
        case .special(let cursor): SpecialOverlay.draw(&screen, state, cursor)
        case .confirm(let confirmation): ConfirmOverlay.draw(&screen, state, confirmation)
        case .visits(let visits): VisitsOverlay.draw(&screen, state, visits)
        case .quitProblem(let quit): QuitOverlay.draw(&screen, state, quit)
        case .spelling(let spelling): SpellingOverlay.draw(&screen, state, spelling)
        case .review(let review): ReviewOverlay.draw(&screen, state, review)
        case .discreet: break
        }
    }

    /// Whether an overlay covers the whole screen (the rest is not drawn under it).
    static func isFullScreen(_ overlay: Overlay) -> Bool {
        switch overlay {
        case .editor, .help, .discreet: return true
        default: return false
        }
    }
}
