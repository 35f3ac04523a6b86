import Foundation

/// The one sanitiser for every string that comes from a file (draft, config, card, word list) or the keyboard, and
/// for what goes out to a terminal or an export. It removes:
/// - terminal escape sequences (CSI, OSC and other ESC sequences) and every other C0 and C1 control character;
///   newline stays (CR and CRLF become newline), tab becomes a space unless `keepTabs`;
/// - every format character (Unicode category Cf): bidirectional overrides, isolates and marks (U+202A–202E,
///   U+2066–2069, U+200E/200F, U+061C), zero-width characters (U+200B–200D, U+2060, U+FEFF), the soft hyphen;
/// - the line and paragraph separators U+2028/2029 (they become a newline, or a space on a single line);
/// - U+FFFD left by invalid UTF-8;
/// - combining marks beyond `maximumCombiningMarks` on one character.
/// The result is NFC-normalised.
public enum TextSanitizer {
    /// At most this many combining marks stay on one base character (Dutch needs one: ë, é).
    public static let maximumCombiningMarks = 3

    public static func clean(_ text: String, keepNewlines: Bool = true, keepTabs: Bool = false) -> String {
        // Printable ASCII (with the newlines and tabs that are kept) is clean as it is: most text, and the word lists.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keepNewlines) || ($0 == 0x09 && keepTabs) }) {
            return text
        }
        var out = String.UnicodeScalarView()
        // Below U+0300 nothing composes or decomposes under NFC, so the normalisation (through Foundation) is only
        // needed when a scalar from there on was kept.
        var composable = false
        var scalars = Array(text.unicodeScalars)[...]
        var marks = 0
        while let scalar = scalars.popFirst() {
            let v = scalar.value
            if v < 0x80, v >= 0x20, v != 0x7F {
                // Fast path: printable ASCII.
                out.append(scalar)
                marks = 0
                continue
            }
            if v == 0x1B || v == 0x9B || v == 0x9D {
                skipEscape(introducer: v, rest: &scalars)
                continue
            }
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 {
                if v == 0x0D, scalars.first?.value == 0x0A { continue }
                out.append(keepNewlines ? "\n" : " ")
                marks = 0
                continue
            }
            if v == 0x09 { out.append(keepTabs ? "\t" : " "); marks = 0; continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFD { continue }
            switch scalar.properties.generalCategory {
            case .format:
                continue
            case .nonspacingMark, .enclosingMark, .spacingMark:
                marks += 1
                if marks > maximumCombiningMarks { continue }
            default:
                marks = 0
            }
            if v >= 0x300 { composable = true }
            out.append(scalar)
        }
        return composable ? String(out).precomposedStringWithCanonicalMapping : String(out)
    }

    /// One line of text: no newline, tab or control of any kind, spaces at both ends trimmed. For every header
    /// value of an exported e-mail and every single-line field.
    public static func singleLine(_ text: String) -> String {
        // After `clean` no newline or tab is left, so trimming white space is trimming Unicode's space separators.
        let line = clean(text, keepNewlines: false)
        // Clean ASCII has no white space but the space: trimmed on the bytes, without grapheme breaking.
        let bytes = line.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }) else { return "" }
            let last = bytes.lastIndex(where: { $0 != 0x20 })!
            return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) ? line : String(line[first...last])
        }
        guard let first = line.firstIndex(where: { !$0.isWhitespace }),
              let last = line.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(line[first...last])
    }

    /// Whether `text` would come out of `clean` unchanged (tests and checks on load).
    public static func isClean(_ text: String, keepNewlines: Bool = true) -> Bool {
        clean(text, keepNewlines: keepNewlines) == text
    }

    /// Skips one escape sequence after ESC (or a C1 introducer).
    ///
    /// A C1 introducer on its own (U+009B, U+009D) is a single character that a name or a pasted text may hold by
    /// accident; it only takes what follows with it when that is a sequence: a CSI with parameters (`CSI 2J`), or
    /// a string ended by BEL or ST. Otherwise it is dropped alone, so it never eats a letter of a name. What stays
    /// is plain text either way: without its introducer nothing after it is a sequence.
    static func skipEscape(introducer: UInt32, rest: inout ArraySlice<Unicode.Scalar>) {
        var kind = introducer
        if introducer == 0x1B {
            guard let next = rest.first else { return }
            switch next.value {
            case 0x5B: kind = 0x9B; rest.removeFirst()          // ESC [  → CSI
            case 0x5D, 0x50, 0x5F, 0x5E, 0x58: kind = 0x9D; rest.removeFirst() // ESC ] P _ ^ X → string
            default:
                // Two-character sequences (ESC 7, ESC ( B ...): drop intermediates and the final byte.
                while let c = rest.first, (0x20...0x2F).contains(c.value) { rest.removeFirst() }
                if let c = rest.first, (0x30...0x7E).contains(c.value) { rest.removeFirst() }
                return
            }
        }
        if kind == 0x9B {
            // CSI: parameters and intermediates, then one final byte 0x40–0x7E.
            if introducer == 0x9B, let c = rest.first, !(0x20...0x3F).contains(c.value) { return }
            while let c = rest.popFirst() {
                if (0x40...0x7E).contains(c.value) { return }
                if !(0x20...0x3F).contains(c.value) { return }
            }
        } else {
            // OSC/DCS/APC...: until BEL or ST (ESC \ or 0x9C), at most 4096 scalars.
            var count = 0
            var end = rest.startIndex
            var terminated = false
            while end < rest.endIndex, count < 4096 {
                let c = rest[end].value
                end += 1
                count += 1
                if c == 0x07 || c == 0x9C { terminated = true; break }
                if c == 0x1B {
                    if end < rest.endIndex, rest[end].value == 0x5C { end += 1 }
                    terminated = true
                    break
                }
            }
            // A C1 string introducer without an end is a stray character, not the start of a sequence.
            if introducer == 0x9D && !terminated { return }
            rest = rest[end...]
        }
    }
}

/// Draft ids: what `Visit.new` makes (`20261122-0930-beef`), and in general 1 to 64 lowercase ASCII letters,
/// digits and hyphens, starting with a letter or digit. Nothing else ever reaches a file name, a list or a header.
public enum DraftID {
    public static let maximumLength = 64

    /// Lower-case letters, digits and '-', not starting with '-', at most `maximumLength`: checked on the bytes (every
    /// allowed character is one byte, so any other byte, a multi-byte character's included, makes the id invalid).
    public static func isValid(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { isValid(utf8: $0) }
    }

    /// `isValid` on UTF-8 bytes.
    public static func isValid(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= maximumLength, first != UInt8(ascii: "-") else { return false }
        for byte in bytes where !((0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D) { return false }
        return true
    }
}

extension DraftID {
    /// Byte order of two ids (the same as `<` for valid ids, which are ASCII), without String's Unicode comparison.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ordered = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
        if let ordered, let ordered { return ordered }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

extension DraftID {
    /// The first 24 bytes of an id as three big-endian numbers: ids that differ there are ordered as `precedes` orders
    /// them by comparing the keys (a draft id, `yyyyMMdd-HHmm-xxxx`, has 18).
    public struct SortKey: Comparable, Sendable {
        var parts: (UInt64, UInt64, UInt64) = (0, 0, 0)

        public init(_ id: String) {
            var id = id
            parts = id.withUTF8 { bytes in
                var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
                for offset in 0..<min(bytes.count, 24) {
                    let bits = UInt64(bytes[offset]) << (56 - 8 * UInt64(offset % 8))
                    switch offset / 8 {
                    case 0: words.0 |= bits
                    case 1: words.1 |= bits
                    default: words.2 |= bits
                    }
                }
                return words
            }
        }

        public static func == (a: SortKey, b: SortKey) -> Bool { a.parts == b.parts }
        public static func < (a: SortKey, b: SortKey) -> Bool { a.parts < b.parts }
    }
}
