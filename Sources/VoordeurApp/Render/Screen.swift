import VoordeurKit

/// Attributes that do not depend on colour, so every mark is visible without it (NO_COLOR, monochrome).
public struct Style: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Style(rawValue: 1)
    public static let reverse = Style(rawValue: 2)
    public static let underline = Style(rawValue: 4)
    public static let dim = Style(rawValue: 8)
}

/// Colour roles; the driver maps them to a high-contrast palette on the terminal's own background.
public enum Tone: UInt8, Sendable {
    case plain, accent, warning, danger, ok, muted
    /// Practice mode's title bar: a colour no real visit uses.
    case practice
}

public struct Cell: Equatable, Sendable {
    /// The character drawn here; `nil` for the second column of a wide character.
    public var character: Character?
    public var style: Style
    public var tone: Tone

    public static let blank = Cell(character: " ", style: [], tone: .plain)
}

/// A grid of cells: what one frame shows. Rendering writes into it; tests read it back as text.
public struct Screen: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    public private(set) var cells: [Cell]

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * columns + column] }

    /// Writes `text` at (row, column), clipped to `width` columns (default: to the right edge). Wide characters
    /// that do not fit are not drawn half. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, width: Int? = nil, style: Style = [], tone: Tone = .plain) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let limit = min(columns, column + (width ?? columns))
        var col = column
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            cells[row * columns + col] = Cell(character: ch, style: style, tone: tone)
            if w == 2 { cells[row * columns + col + 1] = Cell(character: nil, style: style, tone: tone) }
            col += w
        }
        return col - column
    }

    /// Sets the style of a range of cells without changing their characters.
    public mutating func restyle(row: Int, from: Int, to: Int, style: Style, tone: Tone? = nil) {
        guard row >= 0, row < rows else { return }
        for col in max(0, from)..<min(columns, max(from, to)) {
            cells[row * columns + col].style.formUnion(style)
            if let tone { cells[row * columns + col].tone = tone }
        }
    }

    /// Fills a whole row with a style (for bars).
    public mutating func fillRow(_ row: Int, style: Style, tone: Tone = .plain) {
        guard row >= 0, row < rows else { return }
        for col in 0..<columns {
            cells[row * columns + col].style = style
            cells[row * columns + col].tone = tone
        }
    }

    /// The screen as text, one line per row, trailing spaces removed: what golden tests compare.
    public func textLines() -> [String] {
        (0..<rows).map { row in
            var line = ""
            for col in 0..<columns {
                if let ch = cells[row * columns + col].character { line.append(ch) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var text: String { textLines().joined(separator: "\n") }

    /// Where the terminal cursor should be, if visible.
    public var cursor: (row: Int, column: Int)?

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.rows == rhs.rows && lhs.columns == rhs.columns && lhs.cells == rhs.cells
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }
}
