import VoordeurKit

/// A tab of the main screen: its own title, heading, rows, detail, keys and view. Each tab lives in one file in
/// this folder; `TabRegistry` is the one place that lists them.
public protocol TabComponent: Sendable {
    var id: TabID { get }
    /// The context its own keys are listed under; `.lists` when it has none of its own.
    var keyContext: KeyContext { get }
    /// Its own keys, looked up before the keys every tab shares.
    var keyMap: [KeyBinding] { get }
    /// Rows in the tab's list (for keeping its cursor inside after a resize); 0 when it has none to select.
    func rowCount(_ state: AppState) -> Int
    func title(_ state: AppState, short: Bool) -> String
    /// The section's full name and its caution (wrapped to `width`), shown above the body.
    func heading(_ state: AppState, width: Int) -> [String]
    /// Wrapped lines under the body: the selected signal's question, a tip.
    func detail(_ state: AppState, width: Int) -> [String]
    /// Rows the detail region takes; the same for every row of the tab, so moving never resizes the list.
    func detailRows(_ state: AppState, width: Int) -> Int
    /// The footer hints for this tab (dropped from the end when the screen is narrow).
    func hints(_ state: AppState) -> [Action]
    /// Handles a key first; nil lets the common list keys (↑↓, Tab, q, ? …) handle it.
    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]?
    func view(_ state: AppState, regions: Regions, into screen: inout Screen)
}

extension TabComponent {
    public var keyContext: KeyContext { .lists }
    public var keyMap: [KeyBinding] { [] }
    public func heading(_ state: AppState, width: Int) -> [String] { [] }
    public func detail(_ state: AppState, width: Int) -> [String] { [] }
    public func detailRows(_ state: AppState, width: Int) -> Int { detail(state, width: width).count }
}
