import CNcursesw
import VoordeurApp

/// Paints `Screen`s with ncursesw, row by row, only where something changed. Also reads the screen back (tests).
public final class Painter {
    private var previous: Screen?
    private let useColor: Bool

    public init(useColor: Bool) {
        self.useColor = useColor
        if useColor {
            start_color()
            use_default_colors()
            // High contrast on the terminal's own background (-1).
            init_pair(1, Int16(COLOR_CYAN), -1)    // accent
            init_pair(2, Int16(COLOR_YELLOW), -1)  // warning
            init_pair(3, Int16(COLOR_RED), -1)     // danger
            init_pair(4, Int16(COLOR_GREEN), -1)   // ok
            init_pair(5, -1, -1)                   // muted (dim attribute does the work)
            init_pair(6, Int16(COLOR_MAGENTA), -1) // practice (no real visit uses it)
        }
    }

    /// Forgets what is on the terminal, so the next paint redraws everything (after a resize).
    public func invalidate() {
        previous = nil
        clearok(stdscr, true)
    }

    /// Whether the next paint must redraw everything, even an unchanged frame.
    public var needsFullPaint: Bool { previous == nil }

    func attributes(_ style: Style, _ tone: Tone) -> attr_t {
        var attr = vd_a_normal()
        if style.contains(.bold) { attr |= vd_a_bold() }
        if style.contains(.reverse) { attr |= vd_a_reverse() }
        if style.contains(.underline) { attr |= vd_a_underline() }
        if style.contains(.dim) && !style.contains(.reverse) { attr |= vd_a_dim() }
        if useColor && tone != .plain { attr |= vd_color_pair(Int16(tone.rawValue)) }
        return attr
    }

    public func paint(_ screen: Screen) {
        let sameSize = previous?.rows == screen.rows && previous?.columns == screen.columns
        for row in 0..<screen.rows {
            if sameSize, let previous, (0..<screen.columns).allSatisfy({ previous[row, $0] == screen[row, $0] }) { continue }
            var column = 0
            while column < screen.columns {
                let first = screen[row, column]
                var text: [wchar_t] = []
                var end = column
                while end < screen.columns {
                    let cell = screen[row, end]
                    if cell.style != first.style || cell.tone != first.tone { break }
                    if let ch = cell.character {
                        for scalar in ch.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                    }
                    end += 1
                }
                // Never write the bottom-right cell: some terminals scroll when it is filled.
                if row == screen.rows - 1 && end == screen.columns && !text.isEmpty && screen[row, end - 1].character != nil {
                    text.removeLast()
                }
                attrset(Int32(bitPattern: attributes(first.style, first.tone)))
                text.append(0)
                _ = text.withUnsafeBufferPointer { mvaddwstr(Int32(row), Int32(column), $0.baseAddress) }
                column = end
            }
        }
        attrset(Int32(bitPattern: vd_a_normal()))
        if let cursor = screen.cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
            move(Int32(max(0, screen.rows - 1)), 0)
        }
        refresh()
        previous = screen
    }

    /// The text on the terminal's screen, row by row, trailing spaces removed.
    public static func readBack(rows: Int, columns: Int) -> [String] {
        (0..<rows).map { row in
            var buffer = [wchar_t](repeating: 0, count: columns + 1)
            let count = buffer.withUnsafeMutableBufferPointer { mvinnwstr(Int32(row), 0, $0.baseAddress, Int32(columns)) }
            var line = String(String.UnicodeScalarView(buffer.prefix(max(0, Int(count))).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
