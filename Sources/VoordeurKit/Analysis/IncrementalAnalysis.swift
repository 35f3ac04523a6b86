import Foundation

/// Text cut into pieces that can be analysed on their own: paragraphs, and inside a long paragraph its sentences
/// (cut after . ! ? followed by a space, never inside quotation marks). A keystroke changes one piece; the others
/// come from the cache. The cut works on the UTF-8 bytes: it runs on every keystroke over the whole text.
public enum TextPieces {
    /// Pieces of a paragraph longer than this many bytes are sentences; shorter paragraphs stay whole.
    public static let longParagraph = 300

    /// The pieces in order; joined they are the whole text.
    public static func pieces(_ text: String) -> [String] {
        var out: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var paragraphStart = 0
        var quotes = 0
        var previous: UInt8 = 0x20
        var offset = 0
        var index = bytes.startIndex
        // “ ” „ are E2 80 9C / 9D / 9E.
        var quoteMark = 0
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            offset += 1
            if byte == 0x22 { quotes += 1 }
            if byte == 0xE2 { quoteMark = 1 } else if quoteMark == 1 && byte == 0x80 { quoteMark = 2 } else {
                if quoteMark == 2 && (0x9C...0x9E).contains(byte) { quotes += 1 }
                quoteMark = 0
            }
            var cut = false
            if byte == 0x0A {
                cut = true
                paragraphStart = offset
                quotes = 0
            } else if byte == 0x20, quotes % 2 == 0, offset - paragraphStart > longParagraph,
                      previous == 0x2E || previous == 0x21 || previous == 0x3F {
                cut = true
            }
            if cut {
                out.append(String(Substring(text.utf8[start..<next])))
                start = next
            }
            previous = byte
            index = next
        }
        if start != bytes.endIndex { out.append(String(Substring(text.utf8[start..<bytes.endIndex]))) }
        return out
    }

    /// (offset in Characters, piece): the pieces with where each starts.
    public static func split(_ text: String) -> [(offset: Int, text: String)] {
        var offset = 0
        return pieces(text).map { piece in
            defer { offset += piece.count }
            return (offset, piece)
        }
    }
}

/// What the keystroke path asks of one text: the coach's report, personal data and unknown words.
public struct TextAnalysis: Sendable {
    public var report: CoachReport
    public var personalData: [PersonalDataFinding]
    /// Unknown words in Character offsets; empty while spelling help is off or still loading.
    public var unknownWords: [Range<Int>]
    /// How many words the speller looked at (with `unknownWords`, whether the text is mostly not Dutch).
    public var words: Int = 0
}

/// The coach, the personal-data check and the spelling check per piece of text, cached by content, so a keystroke
/// in a long description re-analyses only the sentence or paragraph it changed, and the text is cut only once.
/// Results equal a whole-text analysis (tested on the coach's and the scanner's sets).
public final class IncrementalAnalysis: @unchecked Sendable {
    /// The coach (built in the background at start; the first use that needs it waits).
    public var coach: Coach { pending.coach }
    public let pending: PendingCoach
    public let speller: Speller?
    private let lock = NSLock()

    private struct Piece {
        var count: Int
        var report: CoachReport?
        var personalData: [PersonalDataFinding]?
        var unknownWords: [Range<Int>]?
        var words = 0
    }
    private var cache: [String: Piece] = [:]
    /// The speller's generation the cached coach and spelling answers belong to.
    private var generation = 0
    /// Above this many cached pieces the cache starts again (a long session, many visits).
    static let limit = 4_000

    public convenience init(coach: Coach, speller: Speller? = nil) {
        self.init(pending: PendingCoach(coach), speller: speller)
    }

    public init(pending: PendingCoach, speller: Speller? = nil) {
        self.pending = pending
        self.speller = speller
    }

    public func coach(_ text: String) -> CoachReport { analyse(text, coach: true, privacy: false, spelling: false).report }

    public func personalData(_ text: String) -> [PersonalDataFinding] {
        analyse(text, coach: false, privacy: true, spelling: false).personalData
    }

    /// The parts asked for; the others come back empty.
    public func analyse(_ text: String, coach wantsCoach: Bool = true, privacy: Bool = true, spelling: Bool = true) -> TextAnalysis {
        // Typos matched once the dictionary is loaded, or suggestions that arrived, change the coach's answers.
        let now = speller?.generation ?? 0
        lock.lock()
        if now != generation {
            for key in cache.keys {
                cache[key]?.report = nil
                cache[key]?.unknownWords = nil
            }
            generation = now
        }
        lock.unlock()
        var result = TextAnalysis(report: CoachReport(text: text, findings: [], hasSensoryAnchor: false), personalData: [],
                                  unknownWords: [])
        var offset = 0
        for piece in TextPieces.pieces(text) {
            lock.lock()
            var entry = cache[piece] ?? Piece(count: -1)
            lock.unlock()
            var changed = false
            if entry.count < 0 { entry.count = piece.count; changed = true }
            if wantsCoach, entry.report == nil { entry.report = coach.analyse(piece); changed = true }
            if privacy, entry.personalData == nil { entry.personalData = PersonalDataScanner.scan(piece); changed = true }
            if spelling, entry.unknownWords == nil, let speller, speller.isReady {
                entry.unknownWords = speller.unknownWords(in: piece)
                entry.words = Speller.words(in: piece).count
                changed = true
            }
            if changed {
                lock.lock()
                if cache.count > Self.limit { cache = [:] }
                cache[piece] = entry
                lock.unlock()
            }
            if wantsCoach, let report = entry.report {
                result.report.hasSensoryAnchor = result.report.hasSensoryAnchor || report.hasSensoryAnchor
                func shifted(_ finding: CoachFinding) -> CoachFinding {
                    var moved = finding
                    moved.start += offset
                    moved.end += offset
                    return moved
                }
                result.report.findings += report.findings.map(shifted)
                // The tips too: the editor shows them when a description has no remark.
                result.report.tips += report.tips.map(shifted)
            }
            if privacy, let found = entry.personalData {
                result.personalData += found.map { finding in
                    var shifted = finding
                    shifted.start += offset
                    shifted.end += offset
                    return shifted
                }
            }
            if spelling, let words = entry.unknownWords {
                result.unknownWords += words.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
                result.words += entry.words
            }
            offset += entry.count
        }
        return result
    }
}
