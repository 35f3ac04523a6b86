import VoordeurKit

extension KeyContext {
    public static let spelling = KeyContext("spelling")
}

extension Action {
    public static let replace = Action("replace")
}

/// F3 in a text: the unknown word at the cursor and the dictionary's suggestions; Enter puts the chosen one in.
public struct SpellingOverlay: OverlayComponent, Equatable {
    public var field: Int
    public var range: Range<Int>
    public var word: String
    public var suggestions: [String]
    public var cursor = ListCursor()

    public static let keyContext = KeyContext.spelling
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.up, .down], label: "↑↓", help: tr("keys.spelling.choose"), context: .spelling, action: .choose, short: tr("keys.choose.short")),
         KeyBinding(keys: [.enter], label: "Enter", help: tr("keys.spelling.replace"), context: .spelling, action: .replace, short: tr("keys.spelling.replace.short")),
         KeyBinding(keys: [.escape, .f3], label: "Esc", help: tr("keys.spelling.close"), context: .spelling, action: .close, short: tr("keys.back.short"))]
    }

    /// Opens on the unknown word under or just before the cursor of the focused text, or says why not.
    static func open(_ state: inout AppState, _ editor: EditorState) {
        guard let speller = state.speller, speller.isReady else {
            state.status = state.speller?.statusText ?? tr("spelling.off") + "."
            return
        }
        guard let buffer = editor.focused.buffer,
              let range = (editor.misspelled[editor.focus] ?? []).first(where: { $0.lowerBound <= buffer.cursor && buffer.cursor <= $0.upperBound })
                ?? (editor.misspelled[editor.focus] ?? []).last(where: { $0.upperBound <= buffer.cursor }) else {
            state.status = tr("spelling.noword")
            return
        }
        let word = String(buffer.characters[range])
        // Computed on this key only (up to about 150 ms for a hard word), then cached.
        let suggestions = Array(speller.suggestions(for: word).prefix(8))
        state.push(SpellingOverlay(field: editor.focus, range: range, word: word, suggestions: suggestions))
    }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let count = suggestions.count
        switch action(for: key) {
        case .close?: return .close
        case .choose?: cursor.step(key, count: count, visible: count)
        case .replace?:
            guard suggestions.indices.contains(cursor.selected), var editor = state.editor,
                  var buffer = editor.fields[field].buffer else { return .close }
            buffer.replace(range, with: suggestions[cursor.selected])
            editor.focus = field
            EditorOverlay.store(&state, &editor, buffer)
            state.replaceTop(EditorOverlay(editor: editor))
            return .close
        default: break
        }
        return .stay
    }

    public func view(_ state: AppState, into screen: inout Screen) {
        let spelling = self
        var lines = [tr("spelling.unknown", ["woord": spelling.word])]
        var highlight: Set<Int> = []
        if spelling.suggestions.isEmpty {
            lines.append(tr("spelling.nosuggestion"))
        } else {
            for (index, suggestion) in spelling.suggestions.enumerated() {
                if index == spelling.cursor.selected { highlight.insert(lines.count) }
                lines.append("\(index == spelling.cursor.selected ? "▸" : " ") \(suggestion)")
            }
        }
        lines += ["", KeyBindings.dialogLine(spelling.suggestions.isEmpty ? Self.keyMap.filter { $0.action == .close } : Self.keyMap)]
        Box.draw(&screen, lines: lines, title: tr("spelling.title"), rows: state.rows, columns: state.columns, highlight: highlight)
    }
}
