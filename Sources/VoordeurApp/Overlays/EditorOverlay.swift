import Foundation
import VoordeurKit

/// The editor: the fields of a signal, own signal, third-party report, visit field or the settings, as data
/// (Editor/Fields.swift). Text is written into the visit on every keystroke, so autosave keeps every word.
extension KeyContext {
    public static let editor = KeyContext("editor")
}

extension Action {
    public static let nextField = Action("nextField"), previousField = Action("previousField")
    public static let spelling = Action("spelling"), settings = Action("settings")
}

extension Overlay {
    public static func editor(_ editor: EditorState) -> Overlay { Overlay(EditorOverlay(editor: editor)) }
}

public struct EditorOverlay: OverlayComponent, Equatable {
    public var editor: EditorState

    public static let keyContext = KeyContext.editor
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.escape], label: "Esc", help: tr("keys.editor.close"), context: .editor, action: .close, short: tr("keys.close.short")),
         KeyBinding(keys: [.tab], label: "Tab", help: tr("keys.editor.nextfield"), context: .editor, action: .nextField, short: tr("keys.editor.nextfield.short")),
         KeyBinding(keys: [.backTab], label: "Shift-Tab", help: tr("keys.editor.previousfield"), context: .editor, action: .previousField),
         KeyBinding(keys: [.f3], label: "F3", help: tr("keys.editor.spelling"), context: .editor, action: .spelling, short: tr("keys.editor.spelling.short"))]
    }
    public static var openers: [KeyBinding] {
        [KeyBinding(keys: [.character("i")], label: "i", help: tr("keys.settings.open"), context: .lists, action: .settings, short: tr("keys.settings.open.short"))]
    }
    public static func open(_ state: inout AppState, _ action: Action) -> [Effect] {
        open(&state, EditorTarget.settings)
        return []
    }
    public var isFullScreen: Bool { true }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let result = Self.update(&state, &editor, key)
        return OverlayResult(keep: result.keep, effects: result.effects)
    }

    public func view(_ state: AppState, into screen: inout Screen) { EditorView.draw(&screen, state, editor) }

    static var choiceHint: String { tr("editor.choicehint") }

    // MARK: Opening and closing

    static func open(_ state: inout AppState, _ target: EditorTarget) {
        let specs: [FieldSpec]
        switch target {
        case .signal(let id): specs = FieldCatalog.observation(id, hasPersons: !state.visit.persons.isEmpty)
        case .own(let id): specs = FieldCatalog.own(id, hasPersons: !state.visit.persons.isEmpty)
        case .persons: specs = FieldCatalog.persons(state.visit.persons.map(\.id) + [state.visit.nextPersonID])
        case .thirdParty(let id): specs = FieldCatalog.thirdParty(id)
        case .settings:
            let titles = state.config.jobTitles.isEmpty ? state.card.jobTitles : state.config.jobTitles
            specs = PinSettings.fields(FieldCatalog.settings(jobTitles: titles), state)
        case .visitField: return
        }
        var editor = EditorState(target: target, specs: specs, state: state)
        refresh(&editor, state)
        state.overlays.append(.editor(editor))
    }

    static func newID(_ state: AppState, prefix: String) -> String {
        let used = Set(state.visit.ownSignals.map(\.id) + state.visit.thirdParty.map(\.id))
        var number = used.count + 1
        while used.contains("\(prefix)-\(number)") { number += 1 }
        return "\(prefix)-\(number)"
    }

    /// Closes the editor: applies what waits for closing (a date), drops an own signal or report left empty, and
    /// writes the settings file.
    static func close(_ state: inout AppState, _ editor: EditorState) -> [Effect] {
        var effects: [Effect] = []
        for field in editor.fields where field.spec.kind == .dateTime {
            let text = field.buffer?.text ?? ""
            if DateText.parseVisitTime(text, now: state.now) != nil {
                let before = state.visit.startedAt
                field.spec.path.write(.text(text), &state)
                if state.visit.startedAt != before { state.touch() }
            } else {
                state.status = tr("editor.datenotchanged")
            }
        }
        switch editor.target {
        case .signal(let id):
            // All its text erased and nothing else said about it: no longer ticked, and the worker is told.
            if editor.hadDescription, let o = state.visit.observation(for: id), o.ticked, o.description.isEmpty,
               o.tenantReaction.isEmpty, o.namedToTenant == .onbekend, o.personIDs.isEmpty, o.time.isEmpty {
                state.visit.updateObservation(id) { $0.ticked = false; $0.concerns = .onbekend }
                state.touch()
                state.status = AppNoteTexts.erasedUnticked
            }
        case .own(let id):
            if let index = state.visit.ownSignals.firstIndex(where: { $0.id == id }) {
                let own = state.visit.ownSignals[index]
                if own.title.isEmpty, own.description.isEmpty, own.tenantReaction.isEmpty {
                    state.visit.ownSignals.remove(at: index)
                } else if own.title.isEmpty {
                    state.visit.ownSignals[index].title = tr("editor.owntitle", ["n": index + 1])
                }
                state.touch()
            }
        case .thirdParty(let id):
            if let report = state.visit.thirdParty.first(where: { $0.id == id }), report.role.isEmpty, report.said.isEmpty,
               !report.advised112, !report.advisedVeiligThuis {
                state.visit.thirdParty.removeAll { $0.id == id }
            }
        case .settings:
            var problems: [String] = []
            if !state.config.workerEmail.isEmpty, !Config.isPlausibleEmail(state.config.workerEmail) {
                problems.append(tr("settings.problem.youremail"))
            }
            if !state.config.consulentEmail.isEmpty, !Config.isPlausibleEmail(state.config.consulentEmail) {
                problems.append(tr("settings.problem.consulentemail"))
            }
            if let command = state.config.sendCommand, (try? CommandRunner.split(command)) == nil {
                problems.append(tr("settings.problem.sendcommand"))
            }
            if !problems.isEmpty {
                state.status = tr("settings.notsaved", ["wat": problems.joined(separator: tr("word.and"))])
            } else {
                effects.append(.writeConfig(state.config, to: state.configLocation))
            }
        default:
            break
        }
        state.recountRemarks()
        return effects
    }

    // MARK: Keys

    /// Handles a key; returns whether the editor stays open, and the effects.
    static func update(_ state: inout AppState, _ editor: inout EditorState, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        editor.hint = nil
        if let action = KeyBindings.action(for: key, in: keyMap) {
            switch action {
            case .close:
                return (false, close(&state, editor))
            case .nextField:
                editor.focus = (editor.focus + 1) % editor.fields.count
            case .previousField:
                editor.focus = (editor.focus + editor.fields.count - 1) % editor.fields.count
            case .spelling:
                SpellingOverlay.open(&state, editor)
            default:
                break
            }
            return (true, [])
        }
        if editor.focused.spec.readOnly {
            PinSettings.readOnlyKey(&state, &editor, key)
            return (true, [])
        }
        let width = textWidth(state)
        let spec = editor.focused.spec
        if var buffer = editor.focused.buffer {
            switch key {
            case .character(let ch):
                if !buffer.insert(String(ch)) { editor.hint = fullHint }
            case .enter:
                if spec.kind == .text {
                    if !buffer.insert("\n") { editor.hint = fullHint }
                } else if editor.fields.count == 1 {
                    return (false, close(&state, editor))
                } else {
                    editor.hint = tr("editor.noenter")
                }
            case .backspace: buffer.backspace()
            case .delete: buffer.deleteForward()
            case .left: buffer.left()
            case .right: buffer.right()
            // ↑↓ stay inside the text: at its first or last line they go to its start or end, never to another field.
            case .up: if spec.kind == .text { buffer.up(width: width) } else { buffer.home(width: width) }
            case .down: if spec.kind == .text { buffer.down(width: width) } else { buffer.end(width: width) }
            case .home: buffer.home(width: width)
            case .end: buffer.end(width: width)
            case .pageUp: for _ in 0..<5 { buffer.up(width: width) }
            case .pageDown: for _ in 0..<5 { buffer.down(width: width) }
            default: break
            }
            store(&state, &editor, buffer)
            return (true, [])
        }
        if spec.kind == .persons { return (true, updatePersons(&state, &editor, key)) }
        if spec.path == .sendTest {
            guard [.character(" "), .enter].contains(key) else { editor.hint = choiceHint; return (true, []) }
            let effects = testMessage(&state)
            editor.hint = state.status
            return (true, effects)
        }
        // A choice: Space, Enter and ←→ change it; letters do nothing but explain.
        var value = spec.path.read(state)
        switch key {
        case .character(" "), .enter, .right: value = cycle(spec, value, forward: true)
        case .left: value = cycle(spec, value, forward: false)
        case .character, .up, .down, .backspace, .delete:
            editor.hint = choiceHint
            return (true, [])
        default:
            return (true, [])
        }
        if value != spec.path.read(state) {
            spec.path.write(value, &state)
            if spec.path.isVisit { state.touch() }
        }
        growPersons(&editor, state)
        refresh(&editor, state)
        return (true, [])
    }

    /// A test message to the worker's own address, with the command chosen above: sending is tried before a real
    /// note depends on it.
    static func testMessage(_ state: inout AppState) -> [Effect] {
        guard !state.config.workerEmail.isEmpty, Config.isPlausibleEmail(state.config.workerEmail) else {
            state.status = AppNoteTexts.sendTestNeedsEmail
            return []
        }
        var config = state.config
        config.consulentName = config.workerName
        config.consulentEmail = config.workerEmail
        var visit = Visit(id: state.visit.id, startedAt: state.now)
        visit.homeReference = AppNoteTexts.sendTestReference
        let note = HandoverNote(visit: visit, card: state.card, config: config, coach: state.coach, now: state.now)
        state.status = AppNoteTexts.sendTestStarted(config.workerEmail)
        return [.send(NoteToSend(note: note, command: state.config.sendCommand, attachmentFolder: state.exportFolder,
                                 tightenFolder: state.config.exportFolder == nil, isTest: true))]
    }

    /// "Over wie?" with persons present: ←→ move between them, Space or Enter ticks one (several may be ticked).
    static func updatePersons(_ state: inout AppState, _ editor: inout EditorState, _ key: Key) -> [Effect] {
        let persons = state.visit.persons
        guard !persons.isEmpty else { return [] }
        let spec = editor.focused.spec
        switch key {
        case .left: editor.choiceCursor = (editor.choiceCursor + persons.count - 1) % persons.count
        case .right: editor.choiceCursor = (editor.choiceCursor + 1) % persons.count
        case .character(" "), .enter:
            let id = persons[min(editor.choiceCursor, persons.count - 1)].id
            guard case .persons(var ids) = spec.path.read(state) else { return [] }
            if ids.contains(id) { ids.removeAll { $0 == id } } else { ids.append(id) }
            // Kept in the order of the persons present, whatever order they were ticked in.
            ids = persons.map(\.id).filter(ids.contains)
            spec.path.write(.persons(ids), &state)
            state.touch()
        case .character, .up, .down, .backspace, .delete:
            editor.hint = AppNoteTexts.aboutWhomNote
        default: break
        }
        return []
    }

    /// The persons editor keeps one empty pair at its end: filling it in adds the next.
    static func growPersons(_ editor: inout EditorState, _ state: AppState) {
        guard editor.target == .persons, let last = editor.fields.last?.spec.path, case .personAge(let id) = last,
              state.visit.persons.contains(where: { $0.id == id }) else { return }
        let next = state.visit.nextPersonID
        let number = editor.fields.count / 2 + 1
        editor.fields += [EditorField(spec: FieldSpec(AppNoteTexts.personRole(number), .person, .personRole(next)), buffer: nil),
                          EditorField(spec: FieldSpec(AppNoteTexts.personAge(number), .line, .personAge(next)),
                                      buffer: TextBuffer("", multiline: false))]
    }

    /// Said when a key would add to a text that is at its limit: nothing is dropped without a word.
    static var fullHint: String { tr("editor.full", ["n": TextBuffer.maximumLength]) }

    /// A paste: text into a text field (tabs and newlines stay text), never keys.
    static func paste(_ state: inout AppState, _ editor: inout EditorState, _ text: String) {
        editor.hint = nil
        guard var buffer = editor.focused.buffer else {
            editor.hint = tr("editor.pastechoice") + " " + choiceHint
            return
        }
        if !buffer.insert(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")) {
            editor.truncated = true
        }
        store(&state, &editor, buffer)
    }

    static func cycle(_ spec: FieldSpec, _ value: FieldValue, forward: Bool) -> FieldValue {
        switch (spec.kind, value) {
        case (.answer, .answer(let a)):
            let all: [Answer] = [.onbekend, .ja, .nee]
            let i = all.firstIndex(of: a)!
            return .answer(all[(i + (forward ? 1 : all.count - 1)) % all.count])
        case (.flag, .flag(let f)): return .flag(!f)
        case (.person, .person(let p)): return .person(forward ? p.next : p.previous)
        case (.choice(let options), .text(let t)):
            guard !options.isEmpty else { return value }
            let i = options.firstIndex(of: t) ?? 0
            return .text(options[(i + (forward ? 1 : options.count - 1)) % options.count])
        default: return value
        }
    }

    /// Keeps the focused buffer and writes its text into the visit (or the settings).
    static func store(_ state: inout AppState, _ editor: inout EditorState, _ buffer: TextBuffer) {
        let changed = editor.fields[editor.focus].buffer?.revision != buffer.revision
        editor.fields[editor.focus].buffer = buffer
        let spec = editor.focused.spec
        if changed, spec.kind != .dateTime {
            spec.path.write(.text(buffer.text), &state)
            if spec.path.isVisit { state.touch() }
            growPersons(&editor, state)
        }
        if changed { refresh(&editor, state) }
    }

    /// Re-runs the coach and the personal-data check on the editor's text.
    static func refresh(_ editor: inout EditorState, _ state: AppState) {
        // Read first: suggestions that land while this runs make the next tick refresh again.
        editor.spellingGeneration = state.speller?.generation ?? 0
        let settings = editor.target == .settings
        editor.report = nil
        editor.notDutch = false
        editor.personalData = []
        editor.misspelled = [:]
        // One pass per text: the coach (description only), personal data and spelling (not on the settings screen).
        for (index, field) in editor.fields.enumerated() {
            guard let text = field.buffer?.text else { continue }
            let coached = index == editor.coachedIndex
            // A date and time is no phone number: the personal-data check leaves that field alone.
            let analysis = state.analysis.analyse(text, coach: coached, privacy: !settings && field.spec.kind != .dateTime,
                                                  spelling: !settings && field.spec.kind == .text)
            if coached {
                editor.report = analysis.report
                editor.notDutch = state.speller?.isReady == true
                    && Speller.looksNotDutch(words: analysis.words, unknown: analysis.unknownWords.count)
            }
            editor.personalData += analysis.personalData
            if !analysis.unknownWords.isEmpty { editor.misspelled[index] = analysis.unknownWords }
        }
    }

    static func textWidth(_ state: AppState) -> Int { textWidthFor(columns: state.columns) }
}
