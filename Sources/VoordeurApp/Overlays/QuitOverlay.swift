import VoordeurKit

/// Shown when the save before quitting failed: the program does not exit until the text is safe or the worker says
/// twice that he wants to lose it.
public struct QuitProblemState: Equatable, Sendable {
    public var reason: String
    /// The folder the worker is typing, after `a`.
    public var folder: TextBuffer?
    public var message: String?
    public init(reason: String) { self.reason = reason }
}

enum QuitOverlay {
    static func update(_ state: inout AppState, _ quit: inout QuitProblemState, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        if var folder = quit.folder {
            switch key {
            case .escape: quit.folder = nil
            case .enter:
                let path = folder.text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else { quit.message = "Typ eerst een map."; return (true, []) }
                quit.message = "Opslaan in \(path)…"
                return (true, [.saveCopy(state.visit, folder: path)])
            case .character(let ch): folder.insert(String(ch)); quit.folder = folder
            case .backspace: folder.backspace(); quit.folder = folder
            case .left: folder.left(); quit.folder = folder
            case .right: folder.right(); quit.folder = folder
            default: break
            }
            return (true, [])
        }
        switch key {
        case .character("o"), .character("O"):
            quit.message = "Opnieuw proberen…"
            return (true, [.finalSave(state.visit)])
        case .character("a"), .character("A"):
            quit.folder = TextBuffer("", multiline: false)
        case .character("s"), .character("S"):
            state.overlays.append(.confirm(.quitWithoutSaving))
        case .escape:
            state.quitting = false
            state.dirty = true
            state.status = "Niet gestopt. Je tekst staat nog op het scherm; het opslaan wordt steeds opnieuw geprobeerd."
            return (false, [])
        default: break
        }
        return (true, [])
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ quit: QuitProblemState) {
        var lines = ["Opslaan voor het stoppen is mislukt:", "  \(quit.reason)", "",
                     "Je tekst staat nog op het scherm en is niet verloren.", ""]
        if let folder = quit.folder {
            lines += ["Map om een kopie in op te slaan (Enter bewaart, Esc terug):", "  > " + folder.text + "▏"]
        } else {
            lines += ["o = opnieuw proberen", "a = opslaan in een andere map (typ de map)",
                      "s = stoppen zonder opslaan (vraagt nog een keer)", "Esc = niet stoppen, verder werken"]
        }
        if let message = quit.message { lines += ["", message] }
        Box.draw(&screen, lines: lines, title: "NIET OPGESLAGEN", rows: state.rows, columns: state.columns)
    }
}
