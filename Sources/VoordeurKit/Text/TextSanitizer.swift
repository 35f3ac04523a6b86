import Foundation

/// Removes what must never reach a draft, a screen or an exported note: terminal escape sequences (CSI, OSC and
/// other ESC sequences), C0 and C1 control characters (tab becomes a space, newline stays), bidirectional
/// overrides, and U+FFFD left by invalid UTF-8. The result is NFC-normalised.
public enum TextSanitizer {
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            let v = scalar.value
            if v == 0x1B || v == 0x9B || v == 0x9D {
                skipEscape(introducer: v, rest: &scalars)
                continue
            }
            if v == 0x0A || v == 0x0D {
                if v == 0x0D, scalars.first?.value == 0x0A { continue }
                out.append(keepNewlines ? "\n" : " ")
                continue
            }
            if v == 0x09 { out.append(" "); continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) { continue }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0xFFFD || v == 0xFEFF { continue }
            out.append(scalar)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Skips one escape sequence after ESC (or a C1 introducer).
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
            while let c = rest.popFirst() {
                if (0x40...0x7E).contains(c.value) { return }
                if !(0x20...0x3F).contains(c.value) { return }
            }
        } else {
            // OSC/DCS/APC...: until BEL or ST (ESC \ or 0x9C), at most 4096 scalars.
            var count = 0
            while let c = rest.popFirst(), count < 4096 {
                count += 1
                if c.value == 0x07 || c.value == 0x9C { return }
                if c.value == 0x1B { if rest.first?.value == 0x5C { rest.removeFirst() }; return }
            }
        }
    }
}
