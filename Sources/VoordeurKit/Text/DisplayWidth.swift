/// How many terminal columns text takes: combining marks 0, CJK and most emoji 2, the rest 1.
/// Control characters count 0 here; they are removed before anything is drawn (see `TextSanitizer`).
public enum DisplayWidth {
    /// The byte of a one-byte (ASCII) Character, else nil. Unlike `Character.asciiValue` (and `==` with a literal) it
    /// compares no strings: the layout of a long text asks it for every character on every keystroke.
    @inline(__always)
    public static func asciiByte(_ character: Character) -> UInt8? {
        let utf8 = character.utf8
        return utf8.count == 1 ? utf8.first : nil
    }

    public static func of(_ character: Character) -> Int {
        if let ascii = asciiByte(character) { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        var width = 0
        for scalar in character.unicodeScalars {
            let w = of(scalar)
            if w > width { width = w }
        }
        return width
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func of(_ text: String) -> Int {
        // ASCII, most of what is drawn: one column a byte, controls none, no grapheme breaking needed.
        var columns = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return text.reduce(0) { $0 + of($1) } }
            if byte >= 0x20 && byte != 0x7F { columns += 1 }
        }
        return columns
    }

    /// The longest prefix of `text` that fits in `columns`, with "…" when it was cut.
    /// Like `truncate`, but cut after a whole word where there is one, so nothing reads as cut mid-word.
    public static func truncateAtWord(_ text: String, to columns: Int) -> String {
        if of(text) <= columns { return text }
        let cut = truncate(text, to: columns)
        let body = cut.dropLast()
        guard let space = body.lastIndex(of: " "), body.distance(from: body.startIndex, to: space) > columns / 3 else { return cut }
        var head = String(body[..<space])
        while head.hasSuffix(" ") || head.hasSuffix(",") || head.hasSuffix(";") { head.removeLast() }
        return head + " …"
    }

    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > columns - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}

/// Word wrapping by display width.
public enum TextWrap {
    /// Wraps each paragraph of `text` to `width` columns. Words longer than a line are cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return asciiLines(text, width: width) }
        return characterLines(text, width: width)
    }

    /// `lines` on Characters and display widths: any text.
    static func characterLines(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                    out.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    var head = ""
                    var used = 0
                    for ch in word {
                        let w = DisplayWidth.of(ch)
                        if used + w > width - lineWidth - (lineWidth > 0 ? 1 : 0) { break }
                        head.append(ch)
                        used += w
                    }
                    if head.isEmpty { out.append(line); line = ""; lineWidth = 0; continue }
                    out.append(lineWidth > 0 ? line + " " + head : head)
                    line = ""
                    lineWidth = 0
                    word = String(word.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(word)
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word
                lineWidth += wordWidth
            }
            out.append(line)
        }
        return out
    }

    /// `lines` for printable ASCII, where a byte is a Character of one column: the same lines, cut on the bytes
    /// without grapheme breaking (most of the card's texts; wrapping is on every frame's path).
    static func asciiLines(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        let space = UInt8(ascii: " ")
        for paragraph in Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var line: [UInt8] = []
            for whole in paragraph.split(separator: space) {
                var word = whole
                if !line.isEmpty && line.count + 1 + word.count > width {
                    out.append(String(decoding: line, as: UTF8.self))
                    line = []
                }
                while word.count > width {
                    let room = width - line.count - (line.isEmpty ? 0 : 1)
                    if room <= 0 { out.append(String(decoding: line, as: UTF8.self)); line = []; continue }
                    if !line.isEmpty { line.append(space) }
                    out.append(String(decoding: line + word.prefix(room), as: UTF8.self))
                    line = []
                    word = word.dropFirst(room)
                }
                if !line.isEmpty { line.append(space) }
                line += word
            }
            out.append(String(decoding: line, as: UTF8.self))
        }
        return out
    }

    /// Like `lines`, with `indent` before every line after the first.
    public static func hanging(_ text: String, width: Int, first: String, rest: String) -> [String] {
        let body = lines(text, width: width - max(DisplayWidth.of(first), DisplayWidth.of(rest)))
        return body.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }
}
