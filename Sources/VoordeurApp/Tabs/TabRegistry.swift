import VoordeurKit

/// The one list of tabs: the card's lists come first (one tab each), then the fixed tabs in this order.
public enum TabRegistry {
    public static let fixed: [any TabComponent] = [
        OwnSignalsTab(),
        ThirdPartyTab(),
        VisitTab(),
        HandoverTab(),
    ]

    public static func tabs(_ card: Signalenkaart) -> [TabID] {
        card.lists.indices.map(TabID.list) + fixed.map(\.id)
    }

    /// Practice's tabs: the case, then every tab of a visit but the handover (nothing of practice is handed over).
    public static let practice: [any TabComponent] = [PracticeCaseTab()]
    public static func practiceTabs(_ card: Signalenkaart) -> [TabID] {
        practice.map(\.id) + tabs(card).filter { $0 != .handover }
    }

    public static func component(_ tab: TabID) -> any TabComponent {
        if tab.name == "list" { return CardListTab(index: tab.index) }
        return fixed.first { $0.id == tab } ?? practice.first { $0.id == tab } ?? CardListTab(index: 0)
    }
}
