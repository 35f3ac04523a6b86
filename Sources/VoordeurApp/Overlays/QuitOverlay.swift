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
        [KeyBinding(keys: [.character("o"), .character("O")], label: "o", help: tr("keys.quitproblem.retry"), context: .quitProblem, action: .retry, short: tr("keys.quitproblem.retry")),
         KeyBinding(keys: [.character("a"), .character("A")], label: "a", help: tr("keys.quitproblem.elsewhere"), context: .quitProblem, action: .saveElsewhere, short: tr("keys.quitproblem.elsewhere")),
         KeyBinding(keys: [.character("s"), .character("S")], label: "s", help: tr("keys.quitproblem.nosave"), context: .quitProblem, action: .quitWithoutSaving, short: tr("keys.quitproblem.nosave")),
         KeyBinding(keys: [.escape], label: "Esc", help: tr("keys.quitproblem.stay"), context: .quitProblem, action: .close, short: tr("keys.quitproblem.stay"))]
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
                guard !path.isEmpty else { quit.message = tr("quit.typefolder"); return (true, []) }
                quit.message = tr("quit.savingin", ["pad": path])
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
            quit.message = tr("quit.retrying")
            return (true, [.finalSave(state.visit)])
        case .saveElsewhere?:
            quit.folder = TextBuffer("", multiline: false)
        case .quitWithoutSaving?:
            state.push(ConfirmOverlay(.quitWithoutSaving))
        case .close?:
            state.quitting = false
            state.dirty = true
            state.status = tr("status.notquit")
            return (false, [])
        default: break
        }
        return (true, [])
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ quit: QuitOverlay) {
        var lines = [tr("quit.failed"), "  \(quit.reason)", "", tr("quit.notlost"), ""]
        if let folder = quit.folder {
            lines += [tr("quit.folderprompt"), "  > " + folder.text + "▏"]
        } else {
            lines += keyMap.map { "\($0.label) = \($0.short)" }
        }
        if let message = quit.message { lines += ["", message] }
        Box.draw(&screen, lines: lines, title: tr("quit.title"), rows: state.rows, columns: state.columns)
    }
}
