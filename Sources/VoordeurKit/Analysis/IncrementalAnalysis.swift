import Foundation

/// Text cut into pieces that can be analysed on their own: paragraphs, and inside a long paragraph its sentences
/// (cut after . ! ? followed by a space, never inside quotation marks). A keystroke changes one piece; the others
/// come from the cache.
public enum TextPieces {
    /// Pieces of a paragraph longer than this are sentences; shorter paragraphs stay whole.
    public static let longParagraph = 300

    /// (offset in Characters, piece) in order; together they are the whole text.
    public static func split(_ text: String) -> [(offset: Int, text: String)] {
        var pieces: [(Int, String)] = []
        var current = ""
        var start = 0
        var offset = 0
        var paragraphLength = 0
        var quotes = 0
        var previous: Character = " "
        func flush() {
            if !current.isEmpty { pieces.append((start, current)) }
            current = ""
            start = offset
        }
        for ch in text {
            current.append(ch)
            offset += 1
            paragraphLength += 1
            if ch == "\"" || ch == "“" || ch == "”" || ch == "„" { quotes += 1 }
            if ch == "\n" {
                flush()
                paragraphLength = 0
                quotes = 0
            } else if ch == " ", quotes % 2 == 0, paragraphLength > longParagraph, ".!?".contains(previous) {
                flush()
            }
            previous = ch
        }
        flush()
        return pieces
    }
}

/// The coach and the personal-data check per piece of text, cached by content, so a keystroke in a long
/// description re-analyses only the sentence or paragraph it changed. Results equal a whole-text analysis
/// (tested on the coach's and the scanner's sets).
public final class IncrementalAnalysis: @unchecked Sendable {
    public let coach: Coach
    private let lock = NSLock()
    private var coachCache: [String: CoachReport] = [:]
    private var privacyCache: [String: [PersonalDataFinding]] = [:]
    /// Above this many cached pieces the cache starts again (a long session, many visits).
    static let limit = 4_000

    /// Changes when the coach's answers may change for the same text (the dictionary loaded, suggestions arrived):
    /// then the coach's cache starts again.
    private let generation: @Sendable () -> Int
    private var lastGeneration = 0

    public init(coach: Coach, generation: @escaping @Sendable () -> Int = { 0 }) {
        self.coach = coach
        self.generation = generation
    }

    public func coach(_ text: String) -> CoachReport {
        let now = generation()
        lock.lock()
        if now != lastGeneration {
            coachCache = [:]
            lastGeneration = now
        }
        lock.unlock()
        var findings: [CoachFinding] = []
        var anchor = false
        for piece in TextPieces.split(text) {
            let report = cached(piece.text, in: \.coachCache) { coach.analyse($0) }
            anchor = anchor || report.hasSensoryAnchor
            findings += report.findings.map { finding in
                var shifted = finding
                shifted.start += piece.offset
                shifted.end += piece.offset
                return shifted
            }
        }
        return CoachReport(text: text, findings: findings, hasSensoryAnchor: anchor)
    }

    public func personalData(_ text: String) -> [PersonalDataFinding] {
        var found: [PersonalDataFinding] = []
        for piece in TextPieces.split(text) {
            found += cached(piece.text, in: \.privacyCache, PersonalDataScanner.scan).map { finding in
                var shifted = finding
                shifted.start += piece.offset
                shifted.end += piece.offset
                return shifted
            }
        }
        return found
    }

    private func cached<Value>(_ key: String, in path: ReferenceWritableKeyPath<IncrementalAnalysis, [String: Value]>,
                               _ make: (String) -> Value) -> Value {
        lock.lock()
        if let hit = self[keyPath: path][key] { lock.unlock(); return hit }
        lock.unlock()
        let value = make(key)
        lock.lock()
        if self[keyPath: path].count > Self.limit { self[keyPath: path] = [:] }
        self[keyPath: path][key] = value
        lock.unlock()
        return value
    }
}
