import Foundation

/// What a list of drafts shows (`lijst`, the visits overlay, the start-up checks), read from a draft without decoding
/// the whole visit: a hand-written JSON reader walks the file once, checks its syntax, reads the few top-level fields
/// below and skips everything else. Opening a draft still decodes it in full (`DraftStore.load`).
public struct DraftSummary: Equatable, Sendable {
    public var id: String
    public var schemaVersion: Int
    public var startedAt: Date
    public var updatedAt: Date
    public var homeReference: String
    public var status: VisitStatus
    /// Ticked observations plus own signals, as `Visit.signalCount`.
    public var signalCount: Int

    public init(id: String, schemaVersion: Int, startedAt: Date, updatedAt: Date, homeReference: String,
                status: VisitStatus, signalCount: Int) {
        self.id = id
        self.schemaVersion = schemaVersion
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.homeReference = homeReference
        self.status = status
        self.signalCount = signalCount
    }

    public init(_ visit: Visit) {
        self.init(id: visit.id, schemaVersion: visit.schemaVersion, startedAt: visit.startedAt, updatedAt: visit.updatedAt,
                  homeReference: visit.homeReference, status: visit.status, signalCount: visit.signalCount)
    }

    /// The summary of a draft file's bytes, or nil when the bytes are not a JSON object with the fields a draft of
    /// this schema has (the caller then reads the file in full, which reports or sets it aside).
    public static func read(_ data: Data) -> DraftSummary? {
        data.withUnsafeBytes { raw in
            var reader = JSONSkimmer(raw.bindMemory(to: UInt8.self))
            return reader.summary()
        }
    }
}

/// A JSON reader over UTF-8 bytes that validates everything it passes and decodes only what it is asked for.
struct JSONSkimmer {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    mutating func whitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { at += 1 }
    }

    mutating func expect(_ byte: UInt8) -> Bool {
        whitespace()
        guard peek == byte else { return false }
        at += 1
        return true
    }

    /// A draft's top-level object: the summary fields, every other value skipped (and checked).
    mutating func summary() -> DraftSummary? {
        var id: String?, schema: Int?, started: Date?, updated: Date?, status: VisitStatus?
        var reference = "", ticked = 0, own = 0
        let complete = object { key, reader in
            switch key {
            case "id": id = reader.string(); return id != nil
            case "schemaVersion": schema = reader.integer(); return schema != nil
            case "startedAt": started = reader.date(); return started != nil
            case "updatedAt": updated = reader.date(); return updated != nil
            case "status": status = reader.string().flatMap(VisitStatus.init(rawValue:)); return status != nil
            case "homeReference":
                guard let text = reader.string() else { return false }
                reference = TextSanitizer.singleLine(text)
                return true
            case "observations":
                return reader.array { reader in
                    reader.object { key, reader in
                        guard case "ticked" = key else { return reader.skip() }
                        guard let value = reader.boolean() else { return false }
                        if value { ticked += 1 }
                        return true
                    }
                }
            case "ownSignals":
                return reader.array { reader in own += 1; return reader.skip() }
            default:
                return reader.skip()
            }
        }
        whitespace()
        guard complete, at == bytes.count, let id, let schema, let started, let updated, let status else { return nil }
        return DraftSummary(id: id, schemaVersion: schema, startedAt: started, updatedAt: updated, homeReference: reference,
                            status: status, signalCount: ticked + own)
    }

    /// A member's name as it is written (between the quotes, escapes not decoded: a name written with escapes
    /// matches nothing, and a draft read that way falls back to the full decoder).
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: Range<Int>

        @inline(__always)
        static func ~= (name: StaticString, key: Key) -> Bool {
            name.utf8CodeUnitCount == key.range.count
                && memcmp(name.utf8Start, key.bytes.baseAddress! + key.range.lowerBound, key.range.count) == 0
        }
    }

    /// `{ "key": value, ... }`, calling `member` with the reader on each value; false on any syntax error.
    mutating func object(_ member: (Key, inout JSONSkimmer) -> Bool) -> Bool {
        guard expect(0x7B) else { return false }
        if expect(0x7D) { return true }
        repeat {
            whitespace()
            let start = at + 1
            guard string(decode: false) != nil else { return false }
            let key = Key(bytes: bytes, range: start..<(at - 1))
            guard expect(0x3A) else { return false }
            whitespace()
            guard member(key, &self) else { return false }
        } while expect(0x2C)
        return expect(0x7D)
    }

    mutating func array(_ element: (inout JSONSkimmer) -> Bool) -> Bool {
        guard expect(0x5B) else { return false }
        if expect(0x5D) { return true }
        repeat {
            whitespace()
            guard element(&self) else { return false }
        } while expect(0x2C)
        return expect(0x5D)
    }

    mutating func skip() -> Bool {
        whitespace()
        switch peek {
        case 0x7B: return object { _, reader in reader.skip() }
        case 0x5B: return array { reader in reader.skip() }
        case 0x22: return string(decode: false) != nil
        case 0x74: return literal("true")
        case 0x66: return literal("false")
        case 0x6E: return literal("null")
        default: return number() != nil
        }
    }

    /// A date as drafts write it, read from the string's bytes (a date never needs an escape).
    mutating func date() -> Date? {
        whitespace()
        let start = at + 1
        guard string(decode: false) != nil else { return nil }
        return DateText.parseISO8601(utf8: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]))
    }

    mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[at + offset] != word.utf8Start[offset] { return false }
        at += count
        return true
    }

    mutating func boolean() -> Bool? {
        whitespace()
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// A JSON number's bytes (validated by its grammar).
    mutating func number() -> Range<Int>? {
        let start = at
        if peek == 0x2D { at += 1 }
        func digits(_ reader: inout JSONSkimmer) -> Bool {
            let first = reader.at
            while let byte = reader.peek, byte >= 0x30, byte <= 0x39 { reader.at += 1 }
            return reader.at > first
        }
        // No leading zeros ("01" is not JSON; "0" and "0.5" are).
        if peek == 0x30, at + 1 < bytes.count, bytes[at + 1] >= 0x30, bytes[at + 1] <= 0x39 { return nil }
        guard digits(&self) else { return nil }
        if peek == 0x2E { at += 1; guard digits(&self) else { return nil } }
        if peek == 0x65 || peek == 0x45 {
            at += 1
            if peek == 0x2B || peek == 0x2D { at += 1 }
            guard digits(&self) else { return nil }
        }
        return start..<at
    }

    mutating func integer() -> Int? {
        whitespace()
        guard let range = number() else { return nil }
        var value = 0
        var negative = false
        for index in range {
            let byte = bytes[index]
            if byte == 0x2D { negative = true; continue }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = times + Int(byte - 0x30)
        }
        return negative ? -value : value
    }

    /// A JSON string; decoded (escapes and UTF-8) when `decode`, else only checked, returning "".
    mutating func string(decode: Bool = true) -> String? {
        guard peek == 0x22 else { return nil }
        at += 1
        var text = ""
        var plainStart = at
        func flushPlain(_ reader: JSONSkimmer, upTo end: Int) -> Bool {
            guard decode, end > plainStart else { return true }
            let piece = UnsafeBufferPointer(rebasing: reader.bytes[plainStart..<end])
            guard let plain = String(validating: piece, as: UTF8.self) else { return false }
            text += plain
            return true
        }
        while true {
            // Plain bytes (most of a draft: its descriptions) are passed in a tight loop; a quote, a backslash or a
            // control byte stops it.
            var plain = at
            while plain < bytes.count {
                let byte = bytes[plain]
                if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
                plain += 1
            }
            at = plain
            guard let byte = peek else { return nil }
            if byte == 0x22 {
                guard flushPlain(self, upTo: at) else { return nil }
                at += 1
                return text
            }
            if byte < 0x20 { return nil }
            guard byte == 0x5C else { at += 1; continue }
            guard flushPlain(self, upTo: at) else { return nil }
            at += 1
            guard let escape = peek else { return nil }
            at += 1
            switch escape {
            case 0x22: text.unicodeScalars.append("\"")
            case 0x5C: text.unicodeScalars.append("\\")
            case 0x2F: text.unicodeScalars.append("/")
            case 0x62: text.unicodeScalars.append("\u{08}")
            case 0x66: text.unicodeScalars.append("\u{0C}")
            case 0x6E: text.unicodeScalars.append("\n")
            case 0x72: text.unicodeScalars.append("\r")
            case 0x74: text.unicodeScalars.append("\t")
            case 0x75:
                guard var unit = hex4() else { return nil }
                if (0xD800...0xDBFF).contains(unit) {
                    // A surrogate pair; a lone surrogate becomes U+FFFD, as JSONDecoder does not accept it either.
                    guard peek == 0x5C, at + 1 < bytes.count, bytes[at + 1] == 0x75 else { return nil }
                    at += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    return nil
                }
                guard let scalar = Unicode.Scalar(unit) else { return nil }
                text.unicodeScalars.append(scalar)
            default:
                return nil
            }
            plainStart = at
        }
    }

    mutating func hex4() -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[at]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            at += 1
        }
        return value
    }
}
