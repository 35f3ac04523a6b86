import VoordeurKit

/// F3 in a text: the unknown word at the cursor and the dictionary's suggestions; Enter puts the chosen one in.
public struct SpellingState: Equatable, Sendable {
    public var field: Int
    public var range: Range<Int>
    public var word: String
    public var suggestions: [String]
    public var cursor = ListCursor()
}

enum SpellingOverlay {
    /// Opens on the unknown word under or just before the cursor of the focused text, or says why not.
    static func open(_ state: inout AppState, _ editor: EditorState) {
        guard let speller = state.speller, speller.isReady else {
            state.status = state.speller?.statusText ?? "Spellinghulp: uit."
            return
        }
        guard let buffer = editor.focused.buffer,
              let range = (editor.misspelled[editor.focus] ?? []).first(where: { $0.lowerBound <= buffer.cursor && buffer.cursor <= $0.upperBound })
                ?? (editor.misspelled[editor.focus] ?? []).last(where: { $0.upperBound <= buffer.cursor }) else {
            state.status = "Geen onbekend woord bij de cursor (onbekende woorden zijn onderstreept en grijs)."
            return
        }
        let word = String(buffer.characters[range])
        // Computed on this key only (up to about 150 ms for a hard word), then cached.
        let suggestions = Array(speller.suggestions(for: word).prefix(8))
        state.overlays.append(.spelling(SpellingState(field: editor.focus, range: range, word: word, suggestions: suggestions)))
    }

    static func update(_ state: inout AppState, _ spelling: inout SpellingState, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let count = spelling.suggestions.count
        switch key {
        case .escape, .f3: return (false, [])
        case .up: spelling.cursor.move(to: spelling.cursor.selected - 1, count: count, visible: count)
        case .down: spelling.cursor.move(to: spelling.cursor.selected + 1, count: count, visible: count)
        case .enter:
            guard spelling.suggestions.indices.contains(spelling.cursor.selected),
                  case .editor(var editor)? = state.overlays.last,
                  var buffer = editor.fields[spelling.field].buffer else { return (false, []) }
            buffer.replace(spelling.range, with: spelling.suggestions[spelling.cursor.selected])
            editor.focus = spelling.field
            EditorOverlay.store(&state, &editor, buffer)
            state.overlays[state.overlays.count - 1] = .editor(editor)
            return (false, [])
        default: break
        }
        return (true, [])
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ spelling: SpellingState) {
        var lines = ["Onbekend woord: \"\(spelling.word)\""]
        var highlight: Set<Int> = []
        if spelling.suggestions.isEmpty {
            lines.append("Het woordenboek heeft geen suggestie. Controleer het woord zelf.")
        } else {
            for (index, suggestion) in spelling.suggestions.enumerated() {
                if index == spelling.cursor.selected { highlight.insert(lines.count) }
                lines.append("\(index == spelling.cursor.selected ? "▸" : " ") \(suggestion)")
            }
        }
        lines += ["", spelling.suggestions.isEmpty ? "Esc terug" : "↑↓ kies · Enter vervang · Esc terug"]
        Box.draw(&screen, lines: lines, title: "Spelling", rows: state.rows, columns: state.columns, highlight: highlight)
    }
}
