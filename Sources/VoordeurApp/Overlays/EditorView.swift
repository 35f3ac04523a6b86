import VoordeurKit

/// How the editor looks: the prompt, the whole question, each field by its kind, the coach's panel under the
/// description, and a status line for hints and personal data.
enum EditorView {
    static func heading(_ state: AppState, _ editor: EditorState) -> (title: String, prompt: (String, Tone)?, question: String?) {
        let observe = (tr("editor.observe"), Tone.accent)
        switch editor.target {
        case .signal(let id):
            let signal = state.card.signal(id: id)
            return (tr("editor.describe", ["signaal": signal?.text ?? id]), observe, signal.map { tr("editor.question") + " " + $0.hint })
        case .own:
            return (tr("editor.own.title"), observe, tr("editor.question") + " " + tr("editor.own.question"))
        case .thirdParty:
            return (tr("editor.thirdparty.title"), (tr("editor.thirdparty.prompt"), .warning), tr("editor.thirdparty.question"))
        case .visitField:
            let spec = editor.fields.first?.spec
            return (spec?.label ?? tr("tab.visit"), nil, spec?.note)
        case .persons:
            return (AppNoteTexts.personsTitle, nil, AppNoteTexts.personsNote)
        case .settings:
            return (tr("settings.title"), (tr("settings.prompt"), .accent),
                    tr("settings.where", ["pad": state.configLocation.path]) + " "
                        + (state.speller?.statusText ?? tr("spelling.off")) + ".")
        }
    }

    static func statusLine(_ state: AppState, _ editor: EditorState) -> (String, Tone)? {
        // Honour-related violence and "direct benoemd: ja": the guide's warning comes before anything else.
        if state.visit.special.honourRelated, case .answer(.ja) = editor.focused.spec.path.read(state),
           editor.focused.spec.kind == .answer {
            return (AppNoteTexts.honourNamedShort, .danger)
        }
        if let hint = editor.hint { return (hint, .accent) }
        // The outcome of a test message lands while the settings are open: it is shown there, in full.
        if editor.target == .settings, let status = state.status, AppNoteTexts.isSendTestOutcome(status) { return (status, .accent) }
        if !editor.personalData.isEmpty {
            let found = editor.personalData.map { "\($0.kind.shortLabel) \"\($0.match)\"" }.joined(separator: ", ")
            // Special categories (health, origin, a police record, …) get their own advice: a role does not help there.
            if editor.personalData.contains(where: \.kind.isSpecial) {
                return (tr("editor.special", ["gevonden": found]), .warning)
            }
            return (tr("editor.personal", ["gevonden": found]), .warning)
        }
        if editor.truncated {
            return (tr("editor.truncated", ["n": TextBuffer.maximumLength]), .warning)
        }
        if let report = editor.report, !report.text.isEmpty, !report.hasSensoryAnchor, !editor.notDutch {
            return (tr("editor.sensetip"), .accent)
        }
        return nil
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ editor: EditorState) {
        let columns = state.columns
        let width = columns - 2
        let (title, prompt, question) = heading(state, editor)
        Chrome.drawTitle(&screen, state, title)
        var row = 1
        // The footer: status lines (wrapped, at most 3), the emergency line and the hints.
        var status = statusLine(state, editor).map { (text: $0.0, tone: $0.1, style: Style()) }
        // Without a hint of its own the editor shows what runs in the background (a send), and how to stop it.
        if status == nil, let busy = state.busy { status = (tr("editor.busy", ["bezig": busy]), .accent, .bold) }
        if let problem = state.saveProblem { status = (problem, .danger, .bold) }

        // The remark at the cursor is read in full: on a small screen the tip, the prompt and then lines of the
        // question give way to it, in that order (the question's first line always stays).
        let promptLines = prompt.map { min(2, TextWrap.lines($0.0, width: width).count) } ?? 0
        let questionAll = question.map { min(4, TextWrap.hanging($0, width: width, first: "", rest: CardListTab.questionIndent).count) } ?? 0
        var showPrompt = true, questionMax = 4
        if let coachedIndex = editor.coachedIndex, !(editor.report?.findings ?? []).isEmpty {
            let need = coachNeed(editor, columns: columns)
            let texts = editor.fields.filter { $0.spec.kind == .text }.count
            func room() -> Int {
                let statusRows = status.map { min(3, TextWrap.lines($0.text, width: width).count) } ?? 1
                let top = 1 + (showPrompt ? promptLines : 0) + min(questionMax, questionAll)
                return state.rows - 2 - statusRows - top - (editor.fields.count - texts) - texts * 2 - 1 - 2 * texts
            }
            _ = coachedIndex
            if need > room(), let current = status, current.text == tr("editor.sensetip") { status = nil }
            if need > room() { showPrompt = false }
            while need > room() && questionMax > 1 { questionMax -= 1 }
        }
        if let (text, tone) = prompt, showPrompt {
            for line in TextWrap.lines(text, width: width).prefix(2) {
                screen.write(line, row: row, column: 1, style: .bold, tone: tone)
                row += 1
            }
        }
        if let question {
            let lines = TextWrap.hanging(question, width: width, first: "", rest: CardListTab.questionIndent)
            for (index, line) in lines.prefix(questionMax).enumerated() {
                // A shortened question says so, rather than stopping mid-sentence.
                let cut = index == questionMax - 1 && lines.count > questionMax
                screen.write(cut ? DisplayWidth.truncateAtWord(line + " …", to: width) : line, row: row, column: 1, style: .dim)
                row += 1
            }
        }

        let statusLines = status.map { min(3, TextWrap.lines($0.text, width: width).count) } ?? 1
        let footerTop = state.rows - 2 - statusLines

        // Row budget: single fields, then boxes for text and the coach share the rest.
        let boxes = editor.fields.filter { $0.spec.kind == .text }.count
        let coached = editor.coachedIndex != nil
        let singles = editor.fields.count - boxes
        let notes = editor.fields.filter { $0.spec.note != nil && $0.spec.kind != .line }.count
        var free = footerTop - row - singles - boxes * 2 - (coached ? 1 : 0)
        let showNotes = free - notes >= boxes * 2 + (coached ? 2 : 0)
        if showNotes { free -= notes }
        free = max(boxes * 2, free)
        var textRows = boxes == 0 ? 0 : coached ? max(2, free * 55 / 100) : max(2, free / boxes)
        // The coach's remark at the cursor is read in full: the text box gives up rows for it, down to two.
        if coached, boxes == 1 {
            let needed = coachNeed(editor, columns: columns)
            if free - textRows < needed { textRows = max(2, free - needed) }
        }
        let coachRows = coached ? max(1, free - textRows) : 0

        for (index, field) in editor.fields.enumerated() {
            guard row < footerTop else { break }
            let focused = index == editor.focus
            let marker = focused ? "▸ " : "  "
            let spec = field.spec
            switch spec.kind {
            case .text:
                let findings = index == editor.coachedIndex ? (editor.report?.findings ?? []) : []
                row = drawTextBox(&screen, buffer: field.buffer!, label: spec.label, top: row, rows: textRows,
                                  columns: columns, focused: focused, findings: findings, misspelled: editor.misspelled[index] ?? [])
                if index == editor.coachedIndex {
                    row = drawCoach(&screen, editor, top: row, rows: coachRows, columns: columns)
                }
            case .line, .dateTime:
                let buffer = field.buffer!
                let label = marker + spec.label + ": "
                // The value keeps at least 24 columns; a label longer than the rest ends after a whole word and "…",
                // never running into the value.
                let start = min(DisplayWidth.of(label), max(columns / 2, columns - 24))
                screen.write(DisplayWidth.of(label) > start ? DisplayWidth.truncateAtWord(label, to: start - 1) + " " : label,
                             row: row, column: 0, style: focused ? .bold : [])
                let room = columns - start - 1
                // Keep the cursor in view on long single-line fields.
                let cursorColumn = DisplayWidth.of(String(buffer.characters.prefix(buffer.cursor)))
                let shift = max(0, cursorColumn - room + 1)
                let visible = String(buffer.text.dropFirst(shift))
                screen.write(visible.isEmpty && !focused ? "—" : visible, row: row, column: start, width: room,
                             style: focused ? .underline : [])
                if focused { screen.cursor = (row, start + cursorColumn - shift) }
                row += 1
                if let note = spec.note, editor.fields.count == 1 {
                    for line in TextWrap.lines(note, width: width).prefix(2) where row < footerTop {
                        screen.write(line, row: row, column: 4, width: columns - 5, style: .dim)
                        row += 1
                    }
                }
            case .flag:
                let on = spec.path.read(state) == .flag(true)
                screen.write(marker + (on ? "[x] " : "[ ] ") + spec.label, row: row, column: 0, width: columns - 1,
                             style: focused ? [.reverse, .bold] : [])
                row += 1
            case .persons:
                let label = marker + spec.label + " "
                screen.write(label, row: row, column: 0, style: focused ? .bold : [])
                drawPersons(&screen, state, editor, spec, row: row, start: DisplayWidth.of(label), focused: focused)
                row += 1
                if showNotes, let note = spec.note, row < footerTop {
                    screen.write(DisplayWidth.truncate("    " + note, to: columns - 1), row: row, column: 0, style: .dim)
                    row += 1
                }
            case .answer, .person, .choice:
                let value: String
                switch spec.path.read(state) {
                case .answer(let a): value = a.label
                case .person(let p): value = p.label
                case .text(let t):
                    let sending = spec.path == .setting(section: "voordeur", key: "verzendcommando")
                    value = t.isEmpty ? (sending ? AppNoteTexts.xdgEmailChoice : tr("person.onbekend")) : t
                case .flag(let f): value = f ? tr("answer.ja") : tr("answer.nee")
                case .persons(let ids): value = ids.joined(separator: ", ")
                }
                let label = marker + spec.label + " "
                screen.write(label, row: row, column: 0, style: focused ? .bold : [])
                let start = DisplayWidth.of(label)
                let used = screen.write("‹ \(value) ›", row: row, column: start, style: focused ? [.reverse, .bold] : .bold)
                let explain = "  " + tr("editor.spacechanges")
                if start + used + DisplayWidth.of(explain) < columns {
                    screen.write(explain, row: row, column: start + used, style: .dim)
                }
                row += 1
                if showNotes, let note = spec.note, row < footerTop {
                    screen.write(DisplayWidth.truncate("    " + note, to: columns - 1), row: row, column: 0, style: .dim)
                    row += 1
                }
            }
        }
        let spellingHint = !(editor.misspelled[editor.focus] ?? []).isEmpty
        // Dropped from the end when narrow: first "Enter nieuwe regel", then F3; Esc, Tab, F2 and Ctrl-C always stay.
        let map = EditorOverlay.keyMap + KeyBindings.global
        let spellingKey = spellingHint ? KeyBindings.hint(.spelling, in: map).map { [$0] } ?? [] : []
        let hints = KeyBindings.fittedHints(optional: [], required: [.close, .nextField, .discreet, .forceQuit],
                                            in: map, width: columns - 2,
                                            prefix: spellingKey + (editor.focused.spec.kind == .text ? [tr("editor.enternewline")] : []))
        Chrome.drawFooter(&screen, state, status: footerTop..<(state.rows - 2), hints: hints,
                          override: status.map { ($0.text, $0.tone, $0.style) } ?? ("", .plain, []))
    }

    /// "[x] partner (ca. 40)  [ ] kind (8 jaar)": the highlighted one reversed when focused; the row starts at a
    /// person early enough that the highlighted one is in view.
    static func drawPersons(_ screen: inout Screen, _ state: AppState, _ editor: EditorState, _ spec: FieldSpec, row: Int,
                            start: Int, focused: Bool) {
        guard case .persons(let ticked) = spec.path.read(state) else { return }
        let persons = state.visit.persons
        let parts = persons.map { (ticked.contains($0.id) ? "[x] " : "[ ] ") + $0.label }
        let room = state.columns - start - 1
        var first = 0
        let cursor = min(editor.choiceCursor, max(0, persons.count - 1))
        while first < cursor, parts[first...cursor].reduce(0, { $0 + DisplayWidth.of($1) + 2 }) > room { first += 1 }
        var column = start
        if first > 0 { column += screen.write("… ", row: row, column: column, style: .dim) }
        for index in first..<parts.count {
            let width = DisplayWidth.of(parts[index])
            guard column + width <= state.columns - 1 else { break }
            let style: Style = focused && index == cursor ? [.reverse, .bold] : ticked.contains(persons[index].id) ? .bold : []
            column += screen.write(parts[index], row: row, column: column, style: style)
            column += 2
        }
    }

    /// A bordered, word-wrapped text box; flagged words are underlined and bold, not only coloured.
    static func drawTextBox(_ screen: inout Screen, buffer: TextBuffer, label: String, top: Int, rows: Int, columns: Int,
                            focused: Bool, findings: [CoachFinding], misspelled: [Range<Int>] = []) -> Int {
        let width = EditorOverlay.textWidthFor(columns: columns)
        let frame: Style = focused ? .bold : .dim
        let title = "─ \(label) "
        screen.write("┌" + title + String(repeating: "─", count: max(0, columns - 2 - DisplayWidth.of(title))) + "┐",
                     row: top, column: 0, style: frame)
        let lines = buffer.layout(width: width)
        let cursor = buffer.cursorPosition(width: width)
        let first = max(0, min(cursor.line - rows + 1, lines.count - rows))
        var flagged = [Bool](repeating: false, count: buffer.characters.count)
        for finding in findings { for i in max(0, finding.start)..<min(finding.end, flagged.count) { flagged[i] = true } }
        // Unknown words: dim and underlined (the coach's marks are bold and underlined, and win where both apply).
        var unknown = [Bool](repeating: false, count: buffer.characters.count)
        for range in misspelled { for i in max(0, range.lowerBound)..<min(range.upperBound, unknown.count) { unknown[i] = true } }
        for offset in 0..<rows {
            let row = top + 1 + offset
            screen.write("│", row: row, column: 0, style: frame)
            screen.write("│", row: row, column: columns - 1, style: frame)
            let lineIndex = first + offset
            guard lineIndex < lines.count else { continue }
            var column = 2
            for index in lines[lineIndex] where buffer.characters[index] != "\n" {
                let ch = buffer.characters[index] == "\t" ? " " : buffer.characters[index]
                let style: Style = flagged[index] ? [.underline, .bold] : unknown[index] ? [.underline, .dim] : []
                column += screen.write(String(ch), row: row, column: column, width: columns - 2 - column,
                                       style: style, tone: flagged[index] ? .warning : unknown[index] ? .muted : .plain)
            }
        }
        if buffer.characters.isEmpty && !focused {
            screen.write(tr("editor.empty"), row: top + 1, column: 2, style: .dim)
        }
        if first > 0 { screen.write("↑", row: top + 1, column: columns - 2, style: .dim) }
        if first + rows < lines.count { screen.write("↓", row: top + rows, column: columns - 2, style: .dim) }
        screen.write("└" + String(repeating: "─", count: columns - 2) + "┘", row: top + rows + 1, column: 0, style: frame)
        if focused { screen.cursor = (top + 1 + cursor.line - first, 2 + cursor.column) }
        return top + rows + 2
    }

    /// Rows the coach's panel needs to show the remark at the cursor in full (its header line not counted).
    static func coachNeed(_ editor: EditorState, columns: Int) -> Int {
        let findings = editor.report?.findings ?? []
        guard !findings.isEmpty else { return 1 }
        let cursor = editor.coachedIndex.flatMap { editor.fields[$0].buffer?.cursor } ?? 0
        let finding = findings.first { $0.end >= cursor } ?? findings[findings.count - 1]
        return TextWrap.hanging("• \(finding.category.name) \"\(finding.match)\": " + finding.question,
                                width: columns - 2, first: "", rest: "    ").count
    }

    /// The coach's panel. It starts at the remark at or after the cursor, so moving through the text brings every
    /// remark into view; the header says how many there are and which are shown.
    static func drawCoach(_ screen: inout Screen, _ editor: EditorState, top: Int, rows: Int, columns: Int) -> Int {
        let findings = editor.report?.findings ?? []
        let text = editor.coachedIndex.flatMap { editor.fields[$0].buffer?.text } ?? ""
        let end = top + 1 + rows
        if findings.isEmpty {
            let line = text.isEmpty ? tr("coach.empty") : editor.notDutch ? tr("coach.notdutch") : tr("coach.noremarks")
            screen.write(line, row: top, column: 1, width: columns - 2, tone: text.isEmpty ? .muted : .ok)
            // Tips advise on what is already an observation: shown dim, never in the warning colour, and only when
            // there is no remark to read first.
            guard !text.isEmpty, !editor.notDutch else { return end }
            var row = top + 1
            for tip in editor.report?.tips ?? [] {
                // The explanation says why it is a tip ("a word of the card: write what you saw"); the question
                // repeats the signal's hint, which the editor already shows above the text.
                let body = tip.explanation.isEmpty ? tip.question : tip.explanation
                for line in TextWrap.hanging(tr("coach.tip", ["woord": tip.match]) + " " + body, width: columns - 2, first: "", rest: "    ")
                where row < end {
                    screen.write(line, row: row, column: 1, width: columns - 2, style: .dim, tone: .muted)
                    row += 1
                }
            }
            return end
        }
        let cursor = editor.coachedIndex.flatMap { editor.fields[$0].buffer?.cursor } ?? 0
        var first = findings.firstIndex { $0.end >= cursor } ?? findings.count - 1
        // Only the remarks that can be shown are wrapped: at most `rows` of them on either side of `first`.
        let window = max(0, first - rows)..<min(findings.count, first + rows + 1)
        var bodies: [Int: [String]] = [:]
        for index in window {
            bodies[index] = TextWrap.hanging("• \(findings[index].category.label) \"\(findings[index].match)\": " + findings[index].question,
                                            width: columns - 2, first: "", rest: "    ")
        }
        func height(_ index: Int) -> Int { min(bodies[index]?.count ?? 1, rows) }
        // Show as many as fit from `first`; step back while the panel still has room for an earlier one.
        var last = first
        var used = 0
        while last < window.upperBound, used + height(last) <= rows || last == first {
            used += height(last)
            last += 1
        }
        while first > window.lowerBound, used + height(first - 1) <= rows {
            first -= 1
            used += height(first)
        }
        let range = first..<last
        let shown = (count: range.count, rows: used)
        let shownPart = range.count == 1 ? tr("coach.shown.one", ["n": range.lowerBound + 1])
            : "\(range.lowerBound + 1)–\(range.upperBound)"
        let which = shown.count == findings.count ? "" : ", " + tr("coach.shown", ["welke": shownPart])
        var header = editor.notDutch ? tr("coach.notdutch") : "Coach: " + trCount("count.remarks", findings.count) + which
        let question = " – " + tr("coach.question")
        if !editor.notDutch, DisplayWidth.of(header + question) <= columns - 2 { header += question }
        screen.write(header, row: top, column: 1, width: columns - 2, style: .bold, tone: .warning)
        var row = top + 1
        for index in range {
            let body = bodies[index] ?? []
            let head = "• \(findings[index].category.label) \"\(findings[index].match)\": "
            for (number, line) in body.enumerated() where row < end {
                if number == 0 {
                    let width = screen.write(head, row: row, column: 1, width: columns - 2, style: .bold, tone: .warning)
                    screen.write(String(line.dropFirst(head.count)), row: row, column: 1 + width, width: columns - 2 - width)
                } else {
                    screen.write(line, row: row, column: 1, width: columns - 2)
                }
                row += 1
            }
        }
        return end
    }
}

extension EditorOverlay {
    static func textWidthFor(columns: Int) -> Int { max(10, columns - 4) }
}
