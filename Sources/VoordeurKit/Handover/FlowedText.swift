import Foundation

/// `text/plain; format=flowed` (RFC 3676, DelSp=No): a paragraph is wrapped into lines that end in a space (soft
/// breaks), which a mail program such as Outlook joins again and rewraps in its own font; a line without that space
/// is a hard break. Lines that start with a space, ">" or "From " are space-stuffed, so they are not read as
/// quotes or changed in transport.
public enum FlowedText {
    /// The paragraphs (each may hold hard line breaks as "\n") as flowed lines of at most `width` characters where
    /// a word allows; joined with "\n".
    public static func encode(_ paragraphs: [String], width: Int = 72) -> String {
        var out: [String] = []
        for paragraph in paragraphs {
            for hard in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                out += flow(String(hard), width: width)
            }
        }
        return out.joined(separator: "\n")
    }

    /// One hard line as soft-broken lines: every line but the last ends in exactly one space.
    static func flow(_ line: String, width: Int) -> [String] {
        // Trailing spaces of a hard line would turn it into a soft break: they go.
        var text = line
        while text.hasSuffix(" ") { text.removeLast() }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var lines: [String] = []
        var current: String?
        for word in words {
            guard let line = current else { current = word; continue }
            if !line.isEmpty, DisplayWidth.of(line) + 1 + DisplayWidth.of(word) > width {
                lines.append(line + " ")
                current = word
            } else {
                current = line + " " + word
            }
        }
        lines.append(current ?? "")
        return lines.map(stuffed)
    }

    /// RFC 3676 4.4: a space before a line that starts with a space, ">" or "From ".
    static func stuffed(_ line: String) -> String {
        line.hasPrefix(" ") || line.hasPrefix(">") || line.hasPrefix("From ") ? " " + line : line
    }

    /// The reverse, for tests and for reading a flowed body back: soft breaks joined, stuffing removed.
    public static func decode(_ body: String) -> [String] {
        var paragraphs: [String] = []
        var current: String?
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            if line.hasPrefix(" ") { line.removeFirst() }
            let soft = line.hasSuffix(" ") && line != "-- "
            current = (current ?? "") + line
            if !soft {
                paragraphs.append(current!)
                current = nil
            }
        }
        if let current { paragraphs.append(current) }
        return paragraphs
    }
}
