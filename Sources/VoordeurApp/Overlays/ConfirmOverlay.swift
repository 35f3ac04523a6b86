import VoordeurKit

/// A question with j/n. Each confirmation says what it asks and what yes does.
enum ConfirmOverlay {
    static func question(_ confirmation: Confirmation, _ state: AppState) -> [String] {
        switch confirmation {
        case .exportWithRemarks:
            return ["De coach heeft nog opmerkingen bij een of meer beschrijvingen.",
                    "Een huurder kan zich aangevallen voelen door een oordeel.", "Toch exporteren?"]
        case .markHandedOver:
            return sessionLines(state) + [AppNoteTexts.askHandedOver, AppNoteTexts.handedOverChoices]
        case .deleteAfterHandover:
            return sessionLines(state) + [AppNoteTexts.noLegalBasis,
                                          AppNoteTexts.askDelete(folder: state.exportFolder.lastPathComponent)]
        case .removeOwnSignal:
            return ["Dit eigen signaal en de beschrijving verwijderen?"]
        case .removeThirdParty:
            return ["Deze melding van derden verwijderen?"]
        case .quitWithoutSaving:
            return ["Je laatste wijzigingen zijn NIET opgeslagen en gaan verloren als je nu stopt.", "Echt stoppen zonder opslaan?"]
        case .deletedElsewhere:
            return ["Dit concept is elders gewist (voordeur wis, een overdracht of de bewaartermijn) en wordt niet teruggezet.",
                    "Je tekst staat nog op het scherm.",
                    "j = bewaren als nieuw concept · n = sluiten zonder bewaren"]
        case .redact(let preview):
            let shown = max(1, state.rows - 12)
            // The preview says itself what is replaced and that the draft stays as it is.
            var lines = Array(preview.prefix(shown))
            if preview.count > shown { lines.append("  … en nog \(preview.count - shown)") }
            return lines + ["Zo exporteren en kopiëren?"]
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
        let yes = key == .character("j") || key == .character("J") || key == .character("y")
        let no = key == .character("n") || key == .character("N") || key == .escape
        guard yes || no else { return (true, []) }
        guard yes else {
            switch confirmation {
            case .deleteAfterHandover:
                state.status = AppNoteTexts.kept(days: Dutch.days(state.config.retentionDays))
            case .markHandedOver:
                state.status = AppNoteTexts.stillConcept
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
        case .markHandedOver:
            state.visit.status = .overgedragen
            state.visit.handedOverAt = state.now
            state.touch()
            // Deleting only once the note demonstrably left the program in this session.
            if state.handedOverCopies.isEmpty { state.status = AppNoteTexts.handedOverNoDeletion }
            else { state.overlays.append(.confirm(.deleteAfterHandover)) }
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
        if confirmation != .markHandedOver, confirmation != .deletedElsewhere { lines += ["", "j = ja   ·   n = nee"] }
        Box.draw(&screen, lines: lines, title: "Bevestigen", rows: state.rows, columns: state.columns)
    }
}
