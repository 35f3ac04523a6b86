import Foundation

/// A small human-editable file format shared by the card, the config and the coach lexicon:
///
///     # comment
///     [section name]
///     key = value
///         an indented line continues the previous value
///
/// Everything that goes wrong is reported with the file and line, in Dutch.
public struct KeyValueDocument: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var value: String
        public var line: Int
    }
    public struct Section: Equatable, Sendable {
        /// The words between the brackets, e.g. `["signaal", "woning.slot"]`.
        public var header: [String]
        public var line: Int
        public var entries: [Entry]
        /// Lines inside the section that are not `key = value` (used by word lists).
        public var bareLines: [Entry]

        public func value(_ key: String) -> String? { entries.last(where: { $0.key == key })?.value }
        public func entry(_ key: String) -> Entry? { entries.last(where: { $0.key == key }) }
    }

    public var sections: [Section]

    /// Largest file any loader accepts: far above any real card, config or lexicon.
    public static let maximumBytes = 2 * 1024 * 1024

    /// Parses `text`. With `allowBareLines`, lines without `=` are kept as bare lines (word lists);
    /// otherwise they are an error.
    public init(parsing text: String, source: String, allowBareLines: Bool = false) throws {
        var sections: [Section] = [Section(header: [], line: 0, entries: [], bareLines: [])]
        var lineNumber = 0
        var lastWasValue = false
        // Split on the newline byte: the same lines as splitting on Characters, without grapheme breaking (which was
        // most of the time to read the card at start). A line never ends inside a character, as "\n" is one byte.
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = String(Substring(rawLine))
            if line.hasSuffix("\r") { line.removeLast() }
            if let bad = line.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" }) {
                throw FileProblem(file: source, line: lineNumber,
                                  message: "onverwacht stuurteken (code \(bad.value))")
            }
            // Everything else that must not reach a screen or a note (C1 controls, bidi, zero-width) goes here.
            line = TextSanitizer.clean(line, keepNewlines: false, keepTabs: true)
            let trimmed = Self.trim(line)
            if trimmed.isEmpty || trimmed.utf8.first == UInt8(ascii: "#") { lastWasValue = false; continue }
            let indented = line.utf8.first == UInt8(ascii: " ") || line.utf8.first == UInt8(ascii: "\t")
            if indented && lastWasValue {
                var section = sections.removeLast()
                section.entries[section.entries.count - 1].value += " " + trimmed
                sections.append(section)
                continue
            }
            if trimmed.utf8.first == UInt8(ascii: "[") {
                guard trimmed.utf8.last == UInt8(ascii: "]"), trimmed.count > 2 else {
                    throw FileProblem(file: source, line: lineNumber, message: "kop zonder sluitend ']'")
                }
                let inner = trimmed.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard !inner.isEmpty else {
                    throw FileProblem(file: source, line: lineNumber, message: "lege kop '[]'")
                }
                sections.append(Section(header: inner, line: lineNumber, entries: [], bareLines: []))
                lastWasValue = false
                continue
            }
            var section = sections.removeLast()
            // In printable ASCII every byte is a Character, so "=" is found on the bytes.
            let equals = trimmed.utf8.allSatisfy({ $0 < 0x80 }) ? trimmed.utf8.firstIndex(of: UInt8(ascii: "=")) : trimmed.firstIndex(of: "=")
            if let eq = equals, !allowBareLines || Self.looksLikeKey(trimmed[..<eq]) {
                let key = Self.trim(trimmed[..<eq]).lowercased()
                let value = Self.trim(trimmed[trimmed.index(after: eq)...])
                guard !key.isEmpty else {
                    throw FileProblem(file: source, line: lineNumber, message: "regel begint met '=' zonder sleutel")
                }
                section.entries.append(Entry(key: key, value: value, line: lineNumber))
                lastWasValue = true
            } else if allowBareLines {
                section.bareLines.append(Entry(key: "", value: trimmed, line: lineNumber))
                lastWasValue = false
            } else {
                throw FileProblem(file: source, line: lineNumber,
                                  message: "verwacht 'sleutel = waarde' of '[kop]', maar las '\(Self.preview(trimmed))'")
            }
            sections.append(section)
        }
        self.sections = sections
    }

    /// The sections whose first header word is `kind`.
    public func sections(_ kind: String) -> [Section] { sections.filter { $0.header.first == kind } }

    /// Strips spaces and tabs at both ends.
    public static func trim(_ text: String) -> String { trim(text[...]) }

    /// Strips spaces and tabs at both ends.
    public static func trim(_ text: Substring) -> String {
        // Printable ASCII (most lines of every file read here) is trimmed on its bytes: the same as on Characters,
        // without grapheme breaking. A space before a combining mark is one Character with it, so anything else goes
        // the Character way.
        var slice = text
        let bytes = slice.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
            let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
            return String(slice[first...last])
        }
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }

    private static func looksLikeKey(_ text: Substring) -> Bool {
        let key = trim(text)
        return !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    public static func preview(_ text: String) -> String { text.count > 40 ? String(text.prefix(40)) + "…" : text }
}

/// A problem with a file the user (or a corporation) provides. Its description is Dutch and names
/// the file and, when known, the line.
public struct FileProblem: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file), regel \(line): \(message)" }
        return "\(file): \(message)"
    }
}
