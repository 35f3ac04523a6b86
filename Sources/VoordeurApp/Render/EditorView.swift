import VoordeurKit

/// The description editor: the prompts, the signal's hint, the text with flagged words underlined, the coach's
/// panel, "direct benoemd" with example wordings, and the tenant's reaction.
enum EditorView {
    static func title(_ state: AppState, _ editor: EditorState) -> (String, String?) {
        switch editor.target {
        case .signal(let id):
            let signal = state.card.signal(id: id)
            return ("Beschrijf: \(signal?.text ?? id)", signal?.hint)
        case .own:
            return ("Eigen signaal (niet op de kaart)", "Wat zag, hoorde of rook je? Waar, wanneer, hoeveel?")
        case .thirdParty:
            return ("Van derden – niet zelf waargenomen", "Noem de rol (buurvrouw, collega), geen naam. Noteer letterlijk wat werd gezegd.")
        case .visitField(let field):
            return (field.label, field == .homeReference ? "Alleen een werkorder- of complexnummer: geen naam, geen adres." : nil)
        }
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ editor: EditorState) {
        let (heading, hint) = title(state, editor)
        Renderer.drawTitle(&screen, state, heading)
        let columns = state.columns
        let isObservation: Bool
        switch editor.target {
        case .signal, .own: isObservation = true
        default: isObservation = false
        }
        if isObservation {
            screen.write("Wat zie ik? Wat hoor ik? Wat ruik ik?", row: 1, column: 1, style: .bold, tone: .accent)
        } else if case .thirdParty = editor.target {
            screen.write(DisplayWidth.truncate("Niet zelf waargenomen. Adviseer: zelf Veilig Thuis bellen, bij acuut gevaar 112.",
                                               to: columns - 2), row: 1, column: 1, style: .bold, tone: .warning)
        }
        if let hint {
            screen.write(DisplayWidth.truncate("Vraag: " + hint, to: columns - 2), row: 2, column: 1, style: .dim)
        }

        // Row budget: fixed rows, then the description box and the coach share the rest.
        let hasDescription = editor.fields.contains(.description)
        let multiline = editor.fields.filter(\.isMultiline).count
        let singles = editor.fields.filter { !$0.isMultiline }.count + (editor.fields.contains(.namedToTenant) ? 1 : 0)
        let fixed = 3 + 3 + singles + multiline * 2 + (hasDescription ? 1 : 0)
        let free = max(multiline * 2, state.rows - fixed)
        let textRows = hasDescription ? max(2, free * 55 / 100) : max(2, free / max(1, multiline))
        let coachRows = hasDescription ? max(1, free - textRows) : 0

        var row = 3
        for (index, field) in editor.fields.enumerated() {
            let focused = index == editor.focus
            let marker = focused ? "▸ " : "  "
            switch field {
            case .description, .said:
                let buffer = editor.buffers[index]
                let findings = field == .description ? (editor.report?.findings ?? []) : []
                row = drawTextBox(&screen, buffer: buffer, label: field.label, top: row, rows: textRows, columns: columns,
                                  focused: focused, findings: findings)
                if field == .description {
                    row = drawCoach(&screen, editor, top: row, rows: coachRows, columns: columns)
                }
            case .namedToTenant:
                let value = editor.answer.label
                screen.write(marker + field.label + " ", row: row, column: 0, style: focused ? .bold : [])
                let start = DisplayWidth.of(marker + field.label + " ")
                screen.write("‹ \(value) ›", row: row, column: start, style: focused ? [.reverse, .bold] : .bold)
                screen.write("  Spatie wisselt", row: row, column: start + DisplayWidth.of("‹ \(value) ›"), style: .dim)
                row += 1
                screen.write("    Bijv. \"Ik zie dat …\" of \"Ik hoorde … toen ik bij u op de stoep stond\"", row: row,
                             column: 0, width: columns - 1, style: .dim)
                row += 1
            case .advisedVeiligThuis, .advised112:
                let on = field == .advisedVeiligThuis ? editor.flagA : editor.flagB
                screen.write(marker + (on ? "[x] " : "[ ] ") + field.label, row: row, column: 0, width: columns - 1,
                             style: focused ? [.reverse, .bold] : [])
                row += 1
            case .title, .reaction, .role, .value:
                let buffer = editor.buffers[index]
                let label = field.label.isEmpty ? "" : field.label + ": "
                screen.write(marker + label, row: row, column: 0, style: focused ? .bold : [])
                let start = DisplayWidth.of(marker + label)
                let width = columns - start - 1
                let text = buffer.text
                // Keep the cursor in view on long single-line fields.
                let cursorColumn = DisplayWidth.of(String(buffer.characters.prefix(buffer.cursor)))
                let shift = max(0, cursorColumn - width + 1)
                let visible = String(text.dropFirst(shift))
                screen.write(visible.isEmpty && !focused ? "—" : visible, row: row, column: start, width: width,
                             style: focused ? .underline : [])
                if focused { screen.cursor = (row, start + cursorColumn - shift) }
                row += 1
            }
        }
        var status: String?
        var tone: Tone = .warning
        if !editor.personalData.isEmpty {
            let found = editor.personalData.map { "\($0.kind.rawValue) \"\($0.match)\"" }.joined(separator: ", ")
            status = DisplayWidth.truncate("⚠ Persoonsgegevens? \(found). Noem een rol, geen naam, adres of nummer.", to: columns - 2)
        } else if editor.truncated {
            status = "⚠ De geplakte tekst was te lang; alleen de eerste \(TextBuffer.maximumLength) tekens zijn bewaard."
        } else if let report = editor.report, !report.text.isEmpty, !report.hasSensoryAnchor {
            status = "Tip: begin bij je zintuigen: \"Ik zie …\", \"Ik hoor …\", \"Ik ruik …\"."
            tone = .accent
        }
        let hints = KeyBindings.hints([.closeEditor, .nextField], in: [.editor]) + " · Enter nieuwe regel · "
            + KeyBindings.hints([.discreet, .forceQuit], in: [.everywhere])
        Renderer.drawFooter(&screen, state, hints: hints,
                            status: status, statusTone: tone)
    }

    /// A bordered, word-wrapped text box; flagged words are underlined and coloured.
    static func drawTextBox(_ screen: inout Screen, buffer: TextBuffer, label: String, top: Int, rows: Int, columns: Int,
                            focused: Bool, findings: [CoachFinding]) -> Int {
        let width = Layout.editorTextWidth(columns: columns)
        let frame: Style = focused ? .bold : .dim
        let title = "─ \(label) "
        screen.write("┌" + title + String(repeating: "─", count: max(0, columns - 2 - DisplayWidth.of(title))) + "┐",
                     row: top, column: 0, style: frame)
        let lines = buffer.layout(width: width)
        let cursor = buffer.cursorPosition(width: width)
        let first = max(0, min(cursor.line - rows + 1, lines.count - rows))
        var flagged = [Bool](repeating: false, count: buffer.characters.count)
        for finding in findings { for i in finding.start..<min(finding.end, flagged.count) { flagged[i] = true } }
        for offset in 0..<rows {
            let row = top + 1 + offset
            screen.write("│", row: row, column: 0, style: frame)
            screen.write("│", row: row, column: columns - 1, style: frame)
            let lineIndex = first + offset
            guard lineIndex < lines.count else { continue }
            var column = 2
            for index in lines[lineIndex] where buffer.characters[index] != "\n" {
                let ch = buffer.characters[index]
                column += screen.write(String(ch), row: row, column: column, width: columns - 2 - column,
                                       style: flagged[index] ? [.underline, .bold] : [], tone: flagged[index] ? .warning : .plain)
            }
        }
        if buffer.characters.isEmpty && !focused {
            screen.write("(nog leeg)", row: top + 1, column: 2, style: .dim)
        }
        if first > 0 { screen.write("↑", row: top + 1, column: columns - 2, style: .dim) }
        if first + rows < lines.count { screen.write("↓", row: top + rows, column: columns - 2, style: .dim) }
        screen.write("└" + String(repeating: "─", count: columns - 2) + "┘", row: top + rows + 1, column: 0, style: frame)
        if focused { screen.cursor = (top + 1 + cursor.line - first, 2 + cursor.column) }
        return top + rows + 2
    }

    /// The coach's panel: each finding with its category and its question.
    static func drawCoach(_ screen: inout Screen, _ editor: EditorState, top: Int, rows: Int, columns: Int) -> Int {
        let findings = editor.report?.findings ?? []
        let text = editor.buffer(.description)?.text ?? ""
        if findings.isEmpty {
            let line = text.isEmpty ? "Coach: beschrijf wat je zag, hoorde of rook; waar, wanneer, hoeveel."
                : "Coach: ✓ geen opmerkingen; dit leest als een waarneming."
            screen.write(line, row: top, column: 1, width: columns - 2, tone: text.isEmpty ? .muted : .ok)
            return top + rows + 1
        }
        screen.write("Coach: \(findings.count) opmerking(en) – wat zag, hoorde of rook je precies?", row: top, column: 1,
                     width: columns - 2, style: .bold, tone: .warning)
        var row = top + 1
        let end = top + 1 + rows
        for (index, finding) in findings.enumerated() {
            let head = "• \(finding.category.name) \"\(finding.match)\": "
            let body = TextWrap.hanging(head + finding.question, width: columns - 2, first: "", rest: "    ")
            let remaining = findings.count - index
            // Keep one row for "… en nog N" when not everything fits.
            let room = end - row - (remaining > 1 ? 1 : 0)
            if room <= 0 || (body.count > room && remaining > 1 && room < 2) {
                screen.write("  … en nog \(remaining) opmerking(en)", row: min(row, end - 1), column: 1, style: .dim)
                break
            }
            for (number, line) in body.prefix(max(1, room)).enumerated() {
                if number == 0 {
                    let used = screen.write(head, row: row, column: 1, width: columns - 2, style: .bold, tone: .warning)
                    screen.write(String(line.dropFirst(head.count)), row: row, column: 1 + used, width: columns - 2 - used)
                } else {
                    screen.write(line, row: row, column: 1, width: columns - 2)
                }
                row += 1
            }
        }
        return end
    }
}

/// Help: the keys (from the key table) and the step plan in brief.
enum HelpView {
    static func lines() -> [String] {
        var out = ["TOETSEN", ""]
        for context in KeyContext.allCases {
            out.append(context.rawValue + ":")
            for binding in KeyBindings.all where binding.context == context {
                out.append("  " + binding.label.padding(toLength: 12, withPad: " ", startingAt: 0) + binding.help)
            }
            out.append("")
        }
        out += [
            "In de lijsten: ✎ = beschreven, ⚠ = de coach heeft nog opmerkingen.", "",
            "STAPPENPLAN IN HET KORT", "",
            "1. Signaleren – Wat zie, hoor en ruik ik? Beschrijf objectief, zonder invulling.",
            "   Benoem waar mogelijk direct wat je ziet: \"Ik zie dat de container nog aan de weg staat.\"",
            "2. Intern overleg – Neem zo snel mogelijk contact op met de sociaal consulent en draag over",
            "   wat je zag. Jouw rol eindigt na deze overdracht.",
            "3. Gesprek met de huurder – als dat veilig kan; de sociaal consulent spreekt af wie het voert.",
            "4. Delen van zorgen – de sociaal consulent deelt de signalen met het sociaal wijkteam of Veilig Thuis.",
            "",
            "Bij elke stap: advies van Veilig Thuis 0800-2000 (ook anoniem).",
            "Acuut of levensbedreigend, of getuige van geweld: bel direct 112.",
            "Recent seksueel geweld: Centrum Seksueel Geweld 0800-0188.",
            "Eergerelateerd geweld: ga niet zelf in gesprek; advies van Veilig Thuis.",
        ]
        return out
    }

    static func draw(_ screen: inout Screen, _ state: AppState, scroll: Int) {
        Renderer.drawTitle(&screen, state, "Hulp")
        let all = lines()
        let visible = state.rows - 5
        let first = max(0, min(scroll, all.count - visible))
        for (offset, line) in all[first..<min(all.count, first + visible)].enumerated() {
            let isHeading = line == line.uppercased() && !line.isEmpty && line.first!.isLetter
            screen.write(line, row: 1 + offset, column: 1, width: state.columns - 2, style: isHeading ? .bold : [])
        }
        Renderer.drawFooter(&screen, state, hints: "↑↓ scroll · Esc of ? sluit", status: nil)
    }
}

/// The handover tab: warnings, then the note as it will be exported.
enum HandoverView {
    /// Rows the preview shows at once.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.rows - 6) }

    /// The highest useful scroll position.
    static func maximumScroll(_ state: AppState) -> Int { max(0, lines(state).count - visibleRows(state)) }

    static func lines(_ state: AppState) -> [(String, Style, Tone)] {
        let note = App.handoverNote(state)
        var lines: [(String, Style, Tone)] = note.warnings.flatMap { warning in
            TextWrap.hanging(warning, width: state.columns - 2, first: "⚠ ", rest: "  ").map { ($0, Style.bold, Tone.warning) }
        }
        if !lines.isEmpty { lines.append(("", [], .plain)) }
        lines += note.plainText(width: min(72, state.columns - 2)).split(separator: "\n", omittingEmptySubsequences: false)
            .map { (String($0), [], .plain) }
        return lines
    }

    static func draw(_ screen: inout Screen, _ state: AppState) {
        screen.write("Formaat: \(state.exportFormat.label) · map: \(state.exportFolder.path)", row: 2, column: 1,
                     width: state.columns - 2, style: .dim)
        let lines = lines(state)
        let visible = visibleRows(state)
        let first = max(0, min(state.handoverScroll, lines.count - visible))
        for (offset, line) in lines[first..<min(lines.count, first + visible)].enumerated() {
            screen.write(line.0, row: 3 + offset, column: 1, width: state.columns - 2, style: line.1, tone: line.2)
        }
    }
}
