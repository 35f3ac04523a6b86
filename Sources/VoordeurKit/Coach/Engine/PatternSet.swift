import Foundation

/// Patterns indexed by their first token.
struct PatternSet: Sendable {
    enum Kind: Sendable { case finding, exception, anchor }

    var patterns: [CoachPattern] = []
    var kinds: [Kind] = []
    /// By the number of an exact first word (see `vocabulary`).
    var byID: [[Int]] = []
    /// By the first or last three bytes of a prefix or suffix pattern (`mishandel*`, `*verslaafd`), packed in an integer.
    var byPrefix: [UInt32: [Int]] = [:]
    var bySuffix: [UInt32: [Int]] = [:]
    var anyFirst: [Int] = []
    /// Every exact word of every pattern, numbered (see `PatternToken.ids`).
    private(set) var vocabulary: [String: Int32] = [:]

    init(findings: [CoachPattern], exceptions: [CoachPattern], anchors: [CoachPattern]) {
        var byWord: [String: [Int]] = [:]
        for (list, kind) in [(findings, Kind.finding), (exceptions, .exception), (anchors, .anchor)] {
            for var pattern in list {
                for position in pattern.tokens.indices {
                    pattern.tokens[position].ids = pattern.tokens[position].exact.map { number($0) }.sorted()
                }
                let index = patterns.count
                patterns.append(pattern)
                kinds.append(kind)
                let first = pattern.tokens[0]
                for word in first.exact { byWord[word, default: []].append(index) }
                for prefix in first.prefixes { byPrefix[Self.key(prefix.utf8.prefix(3)), default: []].append(index) }
                for suffix in first.suffixes { bySuffix[Self.key(suffix.utf8.suffix(3)), default: []].append(index) }
                if first.infinitive || first.number { anyFirst.append(index) }
            }
        }
        byID = [[Int]](repeating: [], count: vocabulary.count)
        for (word, list) in byWord { byID[Int(vocabulary[word]!)] = Array(Set(list)).sorted() }
    }

    private mutating func number(_ word: String) -> Int32 {
        if let known = vocabulary[word] { return known }
        let next = Int32(vocabulary.count)
        vocabulary[word] = next
        return next
    }

    @inline(__always)
    static func key<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var key: UInt32 = 0
        for byte in bytes { key = key << 8 | UInt32(byte) }
        return key
    }

    /// Calls `body` with every pattern whose first token may match `word`, numbered `id` (-1: not in the vocabulary).
    @inline(__always)
    func forEachCandidate(of word: String, id: Int32, _ body: (Int) -> Void) {
        if id >= 0 { for entry in byID[Int(id)] { body(entry) } }
        let utf8 = word.utf8
        if utf8.count >= 3 {
            if !byPrefix.isEmpty, let list = byPrefix[Self.key(utf8.prefix(3))] { for entry in list { body(entry) } }
            if !bySuffix.isEmpty, let list = bySuffix[Self.key(utf8.suffix(3))] { for entry in list { body(entry) } }
        }
        for entry in anyFirst { body(entry) }
    }
}
