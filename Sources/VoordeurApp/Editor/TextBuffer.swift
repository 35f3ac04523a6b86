import VoordeurKit

/// Editable text with a cursor, soft-wrapped by display width. Input is sanitised: escape sequences and control
/// characters never enter it.
public struct TextBuffer: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index in `characters` (0...count).
    public private(set) var cursor: Int
    public let multiline: Bool
    /// Longest text accepted; a longer paste is cut (and the caller is told).
    public static let maximumLength = 20_000

    /// The last layout, shared by the copies of this text (update and render lay it out once per change).
    private final class LayoutCache: @unchecked Sendable {
        var width = -1
        var lines: [Range<Int>] = []
        var text: String?
    }
    private var cache = LayoutCache()

    public static func == (lhs: TextBuffer, rhs: TextBuffer) -> Bool {
        lhs.characters == rhs.characters && lhs.cursor == rhs.cursor && lhs.multiline == rhs.multiline
    }

    public init(_ text: String = "", multiline: Bool) {
        self.multiline = multiline
        characters = Array(multiline ? text : text.replacingOccurrences(of: "\n", with: " "))
        cursor = characters.count
    }

    /// The text, built once per change (update, the coach and the view all ask for it).
    public var text: String {
        if let text = cache.text { return text }
        let text = String(characters)
        cache.text = text
        return text
    }

    /// Grows with every change of the text (not of the cursor): a cheap "did it change?".
    public private(set) var revision = 0

    /// Inserts typed or pasted text. Returns false when some of it was cut off at `maximumLength`.
    @discardableResult
    public mutating func insert(_ raw: String) -> Bool {
        // A pasted tab stays a tab in a multi-line text (it is text, not a field change); CR LF and CR become LF.
        var clean = TextSanitizer.clean(raw, keepNewlines: multiline, keepTabs: multiline)
        if !multiline { clean = clean.replacingOccurrences(of: "\n", with: " ") }
        var incoming = Array(clean)
        var complete = true
        let room = Self.maximumLength - characters.count
        if incoming.count > room {
            incoming = Array(incoming.prefix(max(0, room)))
            complete = false
        }
        // Nothing fits (a key or a paste at the limit): the text is unchanged, so nothing downstream (the coach,
        // the layout) has to look at it again.
        if incoming.isEmpty { return complete }
        characters.insert(contentsOf: incoming, at: cursor)
        cursor += incoming.count
        cache = LayoutCache()
        revision += 1
        return complete
    }

    /// Replaces the characters in `range` by `text` (a spelling suggestion); the cursor goes after it.
    public mutating func replace(_ range: Range<Int>, with text: String) {
        let range = max(0, range.lowerBound)..<min(characters.count, range.upperBound)
        let clean = Array(TextSanitizer.clean(text, keepNewlines: false))
        characters.replaceSubrange(range, with: clean)
        cursor = range.lowerBound + clean.count
        cache = LayoutCache()
        revision += 1
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
        cache = LayoutCache()
        revision += 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        cache = LayoutCache()
        revision += 1
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }

    /// Visual lines at `width` columns: ranges of character indices, wrapped at spaces where possible.
    public func layout(width: Int) -> [Range<Int>] {
        let width = max(1, width)
        if cache.width == width { return cache.lines }
        let lines = computeLayout(width: width)
        cache.width = width
        cache.lines = lines
        return lines
    }

    private func computeLayout(width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let ch = characters[index]
            let ascii = DisplayWidth.asciiByte(ch)
            if ascii == 0x0A {
                lines.append(start..<index)
                start = index + 1
                used = 0
                lastSpace = nil
                index += 1
                continue
            }
            let w = max(1, DisplayWidth.of(ch))
            if used + w > width {
                if let space = lastSpace, space >= start {
                    lines.append(start..<(space + 1))
                    start = space + 1
                } else {
                    lines.append(start..<index)
                    start = index
                }
                used = characters[start..<index].reduce(0) { $0 + max(1, DisplayWidth.of($1)) }
                lastSpace = nil
                continue
            }
            if ascii == 0x20 { lastSpace = index }
            used += w
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// (visual line, column in display cells) of the cursor.
    public func cursorPosition(width: Int) -> (line: Int, column: Int) {
        let lines = layout(width: width)
        for (number, range) in lines.enumerated() {
            let isLast = number == lines.count - 1
            let nextStart = isLast ? Int.max : lines[number + 1].lowerBound
            if cursor >= range.lowerBound && (cursor < nextStart || isLast) && (cursor <= range.upperBound || isLast) {
                let column = characters[range.lowerBound..<min(cursor, range.upperBound)].reduce(0) { $0 + max(1, DisplayWidth.of($1)) }
                return (number, min(column, max(1, width) - 0))
            }
        }
        return (lines.count - 1, 0)
    }

    public mutating func up(width: Int) { moveVertically(-1, width: width) }
    public mutating func down(width: Int) { moveVertically(1, width: width) }

    private mutating func moveVertically(_ delta: Int, width: Int) {
        let lines = layout(width: width)
        let (line, column) = cursorPosition(width: width)
        let target = line + delta
        guard target >= 0, target < lines.count else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        cursor = index(in: lines[target], atColumn: column)
    }

    private func index(in range: Range<Int>, atColumn column: Int) -> Int {
        var used = 0
        var index = range.lowerBound
        while index < range.upperBound, characters[index] != "\n" {
            let w = max(1, DisplayWidth.of(characters[index]))
            if used + w > column { break }
            used += w
            index += 1
        }
        // A wrapped line ends on the space it wrapped at; stay before the next line's first character.
        if index == range.upperBound, index > range.lowerBound, index < characters.count, characters[index - 1] == " " {
            return index - 1
        }
        return index
    }

    public mutating func home(width: Int) {
        let lines = layout(width: width)
        cursor = lines[cursorPosition(width: width).line].lowerBound
    }

    public mutating func end(width: Int) {
        let lines = layout(width: width)
        let range = lines[cursorPosition(width: width).line]
        var end = range.upperBound
        if end > range.lowerBound, end < characters.count, characters[end - 1] == " " { end -= 1 }
        cursor = end
    }
}
