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
        [KeyBinding(keys: [.character("j"), .character("J"), .character("y"), .character("Y")], label: "j", help: "ja", context: .confirm, action: .yes, short: "ja"),
         KeyBinding(keys: [.character("n"), .character("N"), .escape], label: "n", help: "nee (ook Esc)", context: .confirm, action: .no, short: "nee")]
    }

    /// What yes and no mean for this question, when more than "ja" and "nee".
    static func answers(_ confirmation: Confirmation) -> (yes: String, no: String)? {
        switch confirmation {
        case .handoverWithoutNote: return ("ja, dan mag het concept weg", "nee, eerst exporteren (e) of kopiëren (c)")
        case .deletedElsewhere: return ("bewaren als nieuw concept", "sluiten zonder bewaren")
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
        case .exportWithRemarks:
            return ["De coach heeft nog opmerkingen bij een of meer beschrijvingen.",
                    "Een huurder kan zich aangevallen voelen door een oordeel.", "Toch exporteren?"]
        case .handoverWithoutNote:
            return ["Het bezoek is gemarkeerd als overgedragen, maar in deze sessie is nog geen notitie geschreven of gekopieerd.",
                    "Is de overdracht op een andere manier gedaan (bijvoorbeeld telefonisch)?"]
        case .deleteAfterHandover:
            return ["Het bezoek is overgedragen. Er is geen wettelijke basis om deze signalen te bewaren.",
                    "Concept nu wissen, met de notities van dit bezoek in de standaardmap (\(state.exportFolder.lastPathComponent))?"]
        case .removeOwnSignal:
            return ["Dit eigen signaal en de beschrijving verwijderen?"]
        case .removeThirdParty:
            return ["Deze melding van derden verwijderen?"]
        case .quitWithoutSaving:
            return ["Je laatste wijzigingen zijn NIET opgeslagen en gaan verloren als je nu stopt.", "Echt stoppen zonder opslaan?"]
        case .deletedElsewhere:
            return ["Dit concept is elders gewist (voordeur wis, een overdracht of de bewaartermijn) en wordt niet teruggezet.",
                    "Je tekst staat nog op het scherm."]
        case .redact(let preview):
            let shown = max(1, state.rows - 12)
            // The preview says itself what is replaced and that the draft stays as it is.
            var lines = Array(preview.prefix(shown))
            if preview.count > shown { lines.append("  … en nog \(preview.count - shown)") }
            return lines + ["Zo exporteren en kopiëren?"]
        }
    }

    static func update(_ state: inout AppState, _ confirmation: Confirmation, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let action = KeyBindings.action(for: key, in: keyMap)
        let yes = action == .yes
        guard yes || action == .no else { return (true, []) }
        guard yes else {
            switch confirmation {
            case .deleteAfterHandover:
                state.status = "Het concept blijft bewaard tot de bewaartermijn (\(Dutch.days(state.config.retentionDays))) voorbij is."
            case .handoverWithoutNote:
                state.status = "Gemarkeerd als overgedragen. Exporteer (e) of kopieer (c) de notitie; daarna kun je het concept wissen met o."
            case .quitWithoutSaving:
                return (false, [])
            case .deletedElsewhere:
                if state.quitting { return (false, [.quit]) }
                App.startNewVisit(&state)
                state.status = "Het gewiste concept is gesloten. Dit is een nieuw, leeg bezoek."
                return (false, [])
            default: break
            }
            return (false, [])
        }
        switch confirmation {
        case .exportWithRemarks(let format):
            return (false, HandoverTab.exportEffects(state, format))
        case .handoverWithoutNote:
            state.push(ConfirmOverlay(.deleteAfterHandover))
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
            state.status = "De tekst wordt bewaard als nieuw concept."
            if state.quitting { return (false, [.finalSave(copy)]) }
            state.touch()
        case .redact:
            state.redacted = true
            state.status = "Persoonsgegevens in de notitie vervangen. Druk a om ze weer te tonen."
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
        Box.draw(&screen, lines: lines, title: "Bevestigen", rows: state.rows, columns: state.columns)
    }
}
