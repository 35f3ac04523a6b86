import VoordeurKit

/// What third parties (neighbours, colleagues) said: kept apart, because the worker did not observe it himself.
extension TabID {
    public static let thirdParty = TabID("thirdParty")
}

struct ThirdPartyTab: TabComponent {
    var id: TabID { .thirdParty }
    func title(_ state: AppState, short: Bool) -> String { short ? tr("tab.thirdparty.short") : tr("tab.thirdparty") }

    func heading(_ state: AppState, width: Int) -> [String] {
        [tr("tab.thirdparty")] + TextWrap.lines(tr("thirdparty.heading"), width: width)
    }

    func detail(_ state: AppState, width: Int) -> [String] {
        TextWrap.lines(tr("thirdparty.detail"), width: width)
    }

    func rowCount(_ state: AppState) -> Int { state.visit.thirdParty.count + 1 }

    func hints(_ state: AppState) -> [Action] { [.open, .remove] }

    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]? {
        let count = state.visit.thirdParty.count + 1
        if ListView.move(&state, .thirdParty, action, count: count, visible: regions.body.count) { return [] }
        let row = state.selected(.thirdParty)
        switch action {
        case .open?, .toggle?:
            ListView.openOrAdd(&state, .thirdParty, row: row, ids: state.visit.thirdParty.map(\.id), prefix: "derde",
                               visible: regions.body.count, add: { $0.visit.thirdParty.append(ThirdPartyReport(id: $1)) },
                               target: EditorTarget.thirdParty)
            return []
        case .remove?:
            if row < state.visit.thirdParty.count {
                state.push(ConfirmOverlay(.removeThirdParty(state.visit.thirdParty[row].id)))
            }
            return []
        default:
            return nil
        }
    }

    func view(_ state: AppState, regions: Regions, into screen: inout Screen) {
        var rows = state.visit.thirdParty.map { report -> ListRow in
            let role = report.role.isEmpty ? tr("thirdparty.norole") : report.role
            let said = report.said.replacingOccurrences(of: "\n", with: " ")
            let advice = [report.advisedVeiligThuis ? "VT" : "", report.advised112 ? "112" : ""].filter { !$0.isEmpty }
            return ListRow(box: "•", text: "\(role): \(said)", marks: advice.joined(separator: " "))
        }
        rows.append(ListRow(box: "+", text: tr("thirdparty.add")))
        ListView.drawListTab(&screen, self, .thirdParty, state, regions, rows: rows)
    }
}
