import VoordeurKit

/// Lines of text in a region that ↑↓ PgUp PgDn Home End scroll: the practice case and its review.
struct ScrolledText {
    var lines: [(text: String, style: Style, tone: Tone)]

    /// The scroll after `action`, kept inside the text; nil when `action` is no movement.
    func scrolled(_ scroll: Int, _ action: Action?, visible: Int) -> Int? {
        let maximum = max(0, lines.count - visible)
        let page = max(1, visible - 1)
        switch action {
        case .moveUp?: return max(0, min(maximum, scroll - 1))
        case .moveDown?: return min(maximum, scroll + 1)
        case .pageUp?: return max(0, min(maximum, scroll - page))
        case .pageDown?: return min(maximum, scroll + page)
        case .first?: return 0
        case .last?: return maximum
        default: return nil
        }
    }

    /// Draws the lines from `scroll` in `region`; when more follows, the last row says "↓ meer" instead.
    func draw(_ screen: inout Screen, scroll: Int, region: Range<Int>, columns: Int) {
        let first = max(0, min(scroll, lines.count - region.count))
        let more = first + region.count < lines.count
        for (offset, line) in lines.dropFirst(first).prefix(region.count - (more ? 1 : 0)).enumerated() {
            screen.write(line.text, row: region.lowerBound + offset, column: 1, width: columns - 2, style: line.style, tone: line.tone)
        }
        if more, let last = region.last { screen.write("  " + tr("list.more.down"), row: last, column: 1, style: .dim) }
    }
}
