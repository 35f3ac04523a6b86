import VoordeurKit

/// The named regions of the main screen, computed once per frame from the state and shared by `update` (paging,
/// scrolling) and the views, so both always agree.
public struct Regions: Equatable, Sendable {
    public var rows: Int
    public var columns: Int
    /// Row 0: the title bar.
    public var title: Int { 0 }
    /// Row 1: the tab bar.
    public var tabBar: Int { 1 }
    /// The section's own name and its caution, from row 2.
    public var heading: Range<Int>
    /// The list or form.
    public var body: Range<Int>
    /// The explanation of the selected row (the signal's question), under a rule.
    public var detail: Range<Int>
    /// Status, save problems and notices, wrapped.
    public var status: Range<Int>
    /// The emergency line: always there.
    public var emergency: Int { rows - 2 }
    /// The key hints.
    public var hints: Int { rows - 1 }

    /// Width available for text between the screen's edges.
    public var textWidth: Int { max(1, columns - 2) }

    public static func main(_ state: AppState) -> Regions {
        let width = max(1, state.columns - 2)
        let tab = TabRegistry.component(state.tab)
        let headingLines = min(3, tab.heading(state, width: width).count)
        let detailLines = min(4, tab.detailRows(state, width: width))
        // Up to six lines: a failure message (a send that failed and why) is read in full, the body gives way.
        let statusLines = min(6, Chrome.statusLines(state, width: width).count)
        let bottom = state.rows - 2 - statusLines
        let detailTop = detailLines > 0 ? bottom - detailLines : bottom
        let bodyTop = 2 + headingLines
        let bodyEnd = max(bodyTop + 1, detailLines > 0 ? detailTop - 1 : detailTop)
        return Regions(rows: state.rows, columns: state.columns, heading: 2..<bodyTop, body: bodyTop..<bodyEnd,
                       detail: detailTop..<bottom, status: bottom..<(state.rows - 2))
    }
}
