import VoordeurKit

/// The worker's own signals: what he saw that is not on the card (the card is never complete).
struct OwnSignalsTab: TabComponent {
    func title(_ state: AppState, short: Bool) -> String { short ? "Eigen" : "Eigen signalen" }

    func heading(_ state: AppState, width: Int) -> [String] {
        ["Eigen signalen"] + TextWrap.lines("Wat je zag dat niet op de kaart staat: de kaart is nooit volledig.", width: width)
    }

    func detail(_ state: AppState, width: Int) -> [String] {
        TextWrap.lines("Vertrouw ook op je eigen waarneming. Beschrijf wat je zag, hoorde of rook, zonder invulling.", width: width)
    }

    func rowCount(_ state: AppState) -> Int { state.visit.ownSignals.count + 1 }

    func hints(_ state: AppState) -> [Action] { [.open, .remove] }

    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]? {
        let count = state.visit.ownSignals.count + 1
        if ListView.move(&state, .own, action, count: count, visible: regions.body.count) { return [] }
        let row = state.selected(.own)
        switch action {
        case .open?, .toggle?:
            if row < state.visit.ownSignals.count {
                EditorOverlay.open(&state, .own(state.visit.ownSignals[row].id))
            } else {
                let id = EditorOverlay.newID(state, prefix: "eigen")
                state.visit.ownSignals.append(OwnSignal(id: id, title: ""))
                state.cursors[.own] = ListCursor(selected: state.visit.ownSignals.count - 1)
                state.cursors[.own]?.clamp(count: count + 1, visible: regions.body.count)
                EditorOverlay.open(&state, .own(id))
            }
            return []
        case .remove?:
            if row < state.visit.ownSignals.count {
                state.overlays.append(.confirm(.removeOwnSignal(state.visit.ownSignals[row].id)))
            }
            return []
        default:
            return nil
        }
    }

    func view(_ state: AppState, regions: Regions, into screen: inout Screen) {
        let width = regions.textWidth
        ListView.drawHeading(&screen, heading(state, width: width), region: regions.heading, columns: state.columns, tone: .plain)
        var rows = state.visit.ownSignals.map { own in
            ListRow(box: "•", text: own.title.isEmpty ? "(zonder titel)" : own.title,
                    marks: ListView.marks(description: own.description, id: own.id, state: state))
        }
        rows.append(ListRow(box: "+", text: "Nieuw eigen signaal toevoegen"))
        ListView.draw(&screen, rows, cursor: state.cursor(.own), region: regions.body, columns: state.columns)
        ListView.drawDetail(&screen, detail(state, width: width), region: regions.detail, columns: state.columns)
    }
}
