import VoordeurKit

/// The worker's own signals: what he saw that is not on the card (the card is never complete).
extension TabID {
    public static let own = TabID("own")
}

struct OwnSignalsTab: TabComponent {
    var id: TabID { .own }
    func title(_ state: AppState, short: Bool) -> String { short ? tr("tab.own.short") : tr("tab.own") }

    func heading(_ state: AppState, width: Int) -> [String] {
        [tr("tab.own")] + TextWrap.lines(tr("own.heading"), width: width)
    }

    func detail(_ state: AppState, width: Int) -> [String] {
        TextWrap.lines(tr("own.detail"), width: width)
    }

    func rowCount(_ state: AppState) -> Int { state.visit.ownSignals.count + 1 }

    func hints(_ state: AppState) -> [Action] { [.open, .remove] }

    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]? {
        let count = state.visit.ownSignals.count + 1
        if ListView.move(&state, .own, action, count: count, visible: regions.body.count) { return [] }
        let row = state.selected(.own)
        switch action {
        case .open?, .toggle?:
            ListView.openOrAdd(&state, .own, row: row, ids: state.visit.ownSignals.map(\.id), prefix: "eigen",
                               visible: regions.body.count, add: { $0.visit.ownSignals.append(OwnSignal(id: $1, title: "")) },
                               target: EditorTarget.own)
            return []
        case .remove?:
            if row < state.visit.ownSignals.count {
                state.push(ConfirmOverlay(.removeOwnSignal(state.visit.ownSignals[row].id)))
            }
            return []
        default:
            return nil
        }
    }

    func view(_ state: AppState, regions: Regions, into screen: inout Screen) {
        var rows = state.visit.ownSignals.map { own in
            ListRow(box: "•", text: own.title.isEmpty ? tr("own.untitled") : own.title,
                    marks: ListView.marks(description: own.description, id: own.id, state: state))
        }
        rows.append(ListRow(box: "+", text: tr("own.add")))
        ListView.drawListTab(&screen, self, .own, state, regions, rows: rows, headingTone: .plain)
    }
}
