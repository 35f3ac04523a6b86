import VoordeurKit

extension KeyContext {
    public static let confirm = KeyContext("confirm")
}

extension Overlay {
    public static func confirm(_ confirmation: Confirmation) -> Overlay { Overlay(ConfirmOverlay(confirmation)) }
}

/// A question with j/n. Each confirmation says what it asks and what yes does.
public struct ConfirmOverlay: OverlayComponent, Equatable {
    public var confirmation: Confirmation
    public init(_ confirmation: Confirmation) { self.confirmation = confirmation }

    public static let keyContext = KeyContext.confirm
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.character("j"), .character("J"), .character("y"), .character("Y")], label: tr("keys.confirm.yes.label"), help: tr("keys.confirm.yes"), context: .confirm, action: .yes, short: tr("keys.confirm.yes.short")),
         KeyBinding(keys: [.character("n"), .character("N"), .escape], label: tr("keys.confirm.no.label"), help: tr("keys.confirm.no"), context: .confirm, action: .no, short: tr("keys.confirm.no.short"))]
    }

    /// What yes and no mean for this question, when more than "ja" and "nee".
    static func answers(_ confirmation: Confirmation) -> (yes: String, no: String)? {
        switch confirmation {
        case .markHandedOver: return (AppNoteTexts.handedOverYes, AppNoteTexts.handedOverNo)
        case .deletedElsewhere: return (tr("confirm.deletedelsewhere.yes"), tr("confirm.deletedelsewhere.no"))
        default: return nil
        }
    }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let result = Self.update(&state, confirmation, key)
        return OverlayResult(keep: result.keep, effects: result.effects)
    }

    public func view(_ state: AppState, into screen: inout Screen) { Self.draw(&screen, state, confirmation) }

    static func question(_ confirmation: Confirmation, _ state: AppState) -> [String] {
        switch confirmation {
        case .markHandedOver:
            return sessionLines(state) + [AppNoteTexts.askHandedOver]
        case .deleteAfterHandover:
            return sessionLines(state) + [AppNoteTexts.noLegalBasis,
                                          AppNoteTexts.askDelete(folder: state.exportFolder.lastPathComponent)]
        case .removeOwnSignal:
            return [tr("confirm.removeown")]
        case .removeThirdParty:
            return [tr("confirm.removethirdparty")]
        case .quitWithoutSaving:
            return [tr("confirm.quitnosave.1"), tr("confirm.quitnosave.2")]
        case .deletedElsewhere:
            return [tr("confirm.deletedelsewhere.1"), tr("confirm.deletedelsewhere.2")]
        case .redact(let preview):
            let shown = max(1, state.rows - 12)
            // The preview says itself what is replaced and that the draft stays as it is.
            var lines = Array(preview.prefix(shown))
            if preview.count > shown { lines.append("  " + tr("confirm.redact.more", ["n": preview.count - shown])) }
            return lines + [tr("confirm.redact.question")]
        }
    }

    /// What was written, sent or copied in this session, and what failed: the worker decides knowing both.
    static func sessionLines(_ state: AppState) -> [String] {
        let done = state.handoverLog.filter(\.succeeded).map(\.summary)
        let failed = state.handoverLog.filter { !$0.succeeded }.map(\.summary)
        var lines: [String] = []
        if done.isEmpty && failed.isEmpty { lines.append(AppNoteTexts.nothingTried) }
        if !done.isEmpty { lines.append(AppNoteTexts.succeeded(done)) }
        if !failed.isEmpty { lines.append(AppNoteTexts.failed(failed)) }
        return lines
    }

    static func update(_ state: inout AppState, _ confirmation: Confirmation, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let action = KeyBindings.action(for: key, in: keyMap)
        let yes = action == .yes
        guard yes || action == .no else { return (true, []) }
        guard yes else {
            switch confirmation {
            case .deleteAfterHandover:
                state.status = trCount("status.keptuntil", state.config.retentionDays)
            case .markHandedOver:
                state.status = AppNoteTexts.stillConcept
            case .quitWithoutSaving:
                return (false, [])
            case .deletedElsewhere:
                if state.quitting { return (false, [.quit]) }
                App.startNewVisit(&state)
                state.status = tr("status.deletedclosed")
                return (false, [])
            default: break
            }
            return (false, [])
        }
        switch confirmation {
        case .markHandedOver:
            state.visit.status = .overgedragen
            state.visit.handedOverAt = state.now
            state.touch()
            // Deleting only once the note demonstrably left the program in this session.
            if state.handedOverCopies.isEmpty { state.status = AppNoteTexts.handedOverNoDeletion }
            else { state.push(ConfirmOverlay(.deleteAfterHandover)) }
        case .deleteAfterHandover:
            return (false, [.deleteVisit(id: state.visit.id)])
        case .removeOwnSignal(let id):
            state.visit.ownSignals.removeAll { $0.id == id }
            let visible = Regions.main(state).body.count
            state.cursors[.own]?.clamp(count: state.visit.ownSignals.count + 1, visible: visible)
            state.touch()
            state.recountRemarks()
        case .removeThirdParty(let id):
            state.visit.thirdParty.removeAll { $0.id == id }
            let visible = Regions.main(state).body.count
            state.cursors[.thirdParty]?.clamp(count: state.visit.thirdParty.count + 1, visible: visible)
            state.touch()
        case .quitWithoutSaving:
            return (false, [.quit])
        case .deletedElsewhere:
            // The same text under a new id: a new draft, with a lock and a retention period of its own.
            var copy = state.visit
            copy.id = Visit.new(now: state.now).id
            copy.updatedAt = state.now
            state.visit = copy
            state.onDisk = false
            state.status = tr("status.keptasnew")
            if state.quitting { return (false, [.finalSave(copy)]) }
            state.touch()
        case .redact:
            state.redacted = true
            state.status = tr("status.redacted")
        }
        return (false, [])
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ confirmation: Confirmation) {
        var lines = question(confirmation, state)
        if let answers = answers(confirmation) {
            var map = keyMap
            map[0].short = answers.yes
            map[1].short = answers.no
            lines.append(KeyBindings.dialogLine(map, joiner: " = "))
        } else {
            lines += ["", KeyBindings.dialogLine(keyMap, joiner: " = ", separator: "   ·   ")]
        }
        Box.draw(&screen, lines: lines, title: tr("confirm.title"), rows: state.rows, columns: state.columns)
    }
}
