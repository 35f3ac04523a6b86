import VoordeurKit

extension KeyContext {
    public static let quitProblem = KeyContext("quitProblem")
}

extension Action {
    public static let retry = Action("retry"), saveElsewhere = Action("saveElsewhere")
    public static let quitWithoutSaving = Action("quitWithoutSaving")
}

/// Shown when the save before quitting failed: the program does not exit until the text is safe or the worker says
/// twice that he wants to lose it.
public struct QuitOverlay: OverlayComponent, Equatable {
    public var reason: String
    /// The folder the worker is typing, after `a`.
    public var folder: TextBuffer?
    public var message: String?
    public init(reason: String) { self.reason = reason }

    public static let keyContext = KeyContext.quitProblem
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.character("o"), .character("O")], label: "o", help: "opnieuw proberen", context: .quitProblem, action: .retry, short: "opnieuw proberen"),
         KeyBinding(keys: [.character("a"), .character("A")], label: "a", help: "opslaan in een andere map (typ de map)", context: .quitProblem, action: .saveElsewhere, short: "opslaan in een andere map (typ de map)"),
         KeyBinding(keys: [.character("s"), .character("S")], label: "s", help: "stoppen zonder opslaan (vraagt nog een keer)", context: .quitProblem, action: .quitWithoutSaving, short: "stoppen zonder opslaan (vraagt nog een keer)"),
         KeyBinding(keys: [.escape], label: "Esc", help: "niet stoppen, verder werken", context: .quitProblem, action: .close, short: "niet stoppen, verder werken")]
    }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let result = Self.update(&state, &self, key)
        return OverlayResult(keep: result.keep, effects: result.effects)
    }

    public func view(_ state: AppState, into screen: inout Screen) { Self.draw(&screen, state, self) }

    static func update(_ state: inout AppState, _ quit: inout QuitOverlay, _ key: Key) -> (keep: Bool, effects: [Effect]) {
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
        switch KeyBindings.action(for: key, in: keyMap) {
        case .retry?:
            quit.message = "Opnieuw proberen…"
            return (true, [.finalSave(state.visit)])
        case .saveElsewhere?:
            quit.folder = TextBuffer("", multiline: false)
        case .quitWithoutSaving?:
            state.push(ConfirmOverlay(.quitWithoutSaving))
        case .close?:
            state.quitting = false
            state.dirty = true
            state.status = "Niet gestopt. Je tekst staat nog op het scherm; het opslaan wordt steeds opnieuw geprobeerd."
            return (false, [])
        default: break
        }
        return (true, [])
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ quit: QuitOverlay) {
        var lines = ["Opslaan voor het stoppen is mislukt:", "  \(quit.reason)", "",
                     "Je tekst staat nog op het scherm en is niet verloren.", ""]
        if let folder = quit.folder {
            lines += ["Map om een kopie in op te slaan (Enter bewaart, Esc terug):", "  > " + folder.text + "▏"]
        } else {
            lines += keyMap.map { "\($0.label) = \($0.short)" }
        }
        if let message = quit.message { lines += ["", message] }
        Box.draw(&screen, lines: lines, title: "NIET OPGESLAGEN", rows: state.rows, columns: state.columns)
    }
}
