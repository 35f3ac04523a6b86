import Foundation

/// Turns words as workers type them into the words the coach's patterns know. Data-driven (`[normalisatie]` in
/// `Assets/coach.grammatica`), plus two general rules: a pronoun glued to a listed word ("denkik", "ikdenk") is
/// split, and, with the spelling help, a word the dictionary does not know that Hunspell corrects to a listed word
/// ("smerrig" → "smerig") is read as that word.
struct Normaliser: Sendable {
    let map: [String: [String]]
    /// The words the finding patterns know.
    let vocabulary: Set<String>
    let spelling: SpellingHelp?

    static let gluedPronouns = ["ik", "mij", "me", "dat"]

    /// Final answers per word (an empty list: the word stays), so a word costs one lookup the next time.
    let cache = WordCache()

    /// The words `folded` stands for, or nil when it stays as it is.
    func rewrite(_ folded: String, surface: () -> String) -> [String]? {
        if let cached = cache.lookup(folded) { return cached.isEmpty ? nil : cached }
        var final = true
        let answer = compute(folded, surface: surface, final: &final)
        if final { cache.store(folded, answer ?? []) }
        return answer
    }

    private func compute(_ folded: String, surface: () -> String, final: inout Bool) -> [String]? {
        if let words = map[folded] { return words }
        guard folded.utf8.count >= 5, !vocabulary.contains(folded) else { return nil }
        if let glued = gluedPronoun(folded) {
            // A real word that only looks glued ("meter": me + ter) stays whole: the dictionary decides, and without
            // one the listed part must be a word of four letters or more ("denkik", "ikdenk", not "meter").
            switch spelling?.knows(surface: surface) {
            case true?: return nil
            case false?: return glued
            case nil:
                if spelling?.isLoading == true { final = false; return nil }
                if glued.contains(where: { $0.count >= 4 && vocabulary.contains($0) }) { return glued }
            }
        }
        if let spelling {
            let (word, isFinal) = spelling.correction(folded: folded, surface: surface)
            final = isFinal
            if let word { return [word] }
        }
        return nil
    }
}

extension Normaliser {
    /// "denkik" → ["denk", "ik"], "ikdenk" → ["ik", "denk"]: a pronoun glued to a listed word of three letters or more.
    func gluedPronoun(_ folded: String) -> [String]? {
        for pronoun in Self.gluedPronouns {
            if folded.hasSuffix(pronoun) {
                let rest = String(folded.dropLast(pronoun.count))
                if rest.count >= 3 && vocabulary.contains(rest) { return [rest, pronoun] }
            }
            if folded.hasPrefix(pronoun) {
                let rest = String(folded.dropFirst(pronoun.count))
                if rest.count >= 3 && vocabulary.contains(rest) { return [pronoun, rest] }
            }
        }
        return nil
    }
}

/// A locked per-word cache, emptied when it grows past `limit` words.
final class WordCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String: [String]] = [:]
    let limit = 50_000

    func lookup(_ word: String) -> [String]? { lock.withLock { words[word] } }

    func store(_ word: String, _ value: [String]) {
        lock.withLock {
            if words.count >= limit { words.removeAll(keepingCapacity: true) }
            words[word] = value
        }
    }
}

/// Matches unknown words against the coach's lists: a word spelled by ear that sounds like a listed word
/// (`DutchText.earKey`) is read as it, else through Hunspell's suggestions. A cheap edit-distance filter
/// against the listed words runs first, so the dictionary is consulted only for words that might be a typo of a
/// listed word; every answer is cached per word.
final class SpellingHelp: @unchecked Sendable {
    let speller: Speller
    let waits: Bool
    let vocabulary: Set<String>
    /// Listed words by length, as bytes, for the edit-distance filter.
    private let byLength: [Int: [[UInt8]]]
    /// Every token of every finding pattern, to check a suggestion against word beginnings and endings too.
    private let anyToken: PatternToken
    /// Listed words and word beginnings by how they sound (`DutchText.earKey`), for spelling by ear: an unknown
    /// word that sounds like a listed one is read as it, even when it is more than two edits away.
    private let byEar: [String: String]
    private let lock = NSLock()
    private var cache: [String: String] = [:]
    private var pending: Set<String> = []

    init(speller: Speller, waits: Bool, findings: [CoachPattern]) {
        self.speller = speller
        self.waits = waits
        vocabulary = Self.vocabulary(of: findings)
        var any = PatternToken()
        for pattern in findings { for token in pattern.tokens where !token.negated && !token.isGap {
            any.exact.formUnion(token.exact)
            any.prefixes += token.prefixes
            any.suffixes += token.suffixes
        } }
        any.prefixes = Array(Set(any.prefixes))
        any.suffixes = Array(Set(any.suffixes))
        anyToken = any
        var buckets: [Int: [[UInt8]]] = [:]
        for word in vocabulary.union(any.prefixes) where word.utf8.count >= 4 {
            buckets[word.utf8.count, default: []].append(Array(word.utf8))
        }
        byLength = buckets
        var ear: [String: String] = [:]
        for word in vocabulary.union(any.prefixes) where word.utf8.count >= 6 {
            let key = DutchText.earKey(word)
            // Two listed words that sound alike: the same one every run (no sort: this runs at start-up).
            if let existing = ear[key], existing.utf8.lexicographicallyPrecedes(word.utf8) { continue }
            ear[key] = word
        }
        byEar = ear
    }

    /// The listed word that `folded` sounds like, if any.
    func soundsLike(_ folded: String) -> String? {
        guard folded.utf8.count >= 6, let word = byEar[DutchText.earKey(folded)], word != folded else { return nil }
        return word
    }

    static func vocabulary(of findings: [CoachPattern]) -> Set<String> {
        var words = Set<String>()
        for pattern in findings { for token in pattern.tokens where !token.negated && !token.isGap { words.formUnion(token.exact) } }
        return words
    }

    /// Whether the dictionary knows the word as typed; nil when there is no dictionary or it is still loading (then
    /// `isLoading` tells which). Waits for the dictionary when this help waits.
    func knows(surface: () -> String) -> Bool? {
        if waits { speller.waitUntilLoaded() }
        guard speller.isReady else {
            if !waits { speller.startLoading() }
            return nil
        }
        return speller.isKnown(surface().lowercased())
    }

    /// The dictionary is on its way (not there yet, and not missing for good).
    var isLoading: Bool {
        if speller.isReady { return false }
        if case .unavailable = speller.state { return false }
        return true
    }

    /// The listed word `surface` is a typo of, or nil; and whether that answer is final (false while the
    /// dictionary or the word's suggestions are not ready yet).
    func correction(folded: String, surface: () -> String) -> (String?, Bool) {
        if let cached = lock.withLock({ cache[folded] }) { return (cached.isEmpty ? nil : cached, true) }
        let heard = soundsLike(folded)
        let typo = mightBeTypo(folded)
        guard heard != nil || typo else {
            lock.withLock { cache[folded] = "" }
            return (nil, true)
        }
        if waits { speller.waitUntilLoaded() }
        guard speller.isReady else {
            if !waits { speller.startLoading() }
            // Unavailable for good: final; still loading: ask again later.
            if case .unavailable = speller.state { return (nil, true) }
            return (nil, false)
        }
        let word = surface().lowercased()
        guard speller.isKnown(word) == false else {
            lock.withLock { cache[folded] = "" }
            return (nil, true)
        }
        // Too far from every listed word for a typo, but it sounds like one: no suggestions needed.
        if !typo, let heard {
            lock.withLock { cache[folded] = heard }
            return (heard, true)
        }
        let suggestions: [String]
        if waits {
            suggestions = speller.suggestions(for: word)
        } else if let ready = speller.cachedSuggestions(for: word) {
            suggestions = ready
        } else {
            let start = lock.withLock { pending.insert(word).inserted }
            if start { DispatchQueue.global(qos: .utility).async { [speller] in _ = speller.suggestions(for: word) } }
            return (nil, false)
        }
        var answer = ""
        for suggestion in suggestions where !suggestion.contains(" ") {
            let candidate = DutchText.fold(suggestion)
            if candidate != folded && anyToken.matches(candidate) { answer = candidate; break }
        }
        if answer.isEmpty, let heard { answer = heard }
        lock.withLock { cache[folded] = answer }
        return (answer.isEmpty ? nil : answer, true)
    }

    /// Whether a listed word is within a small edit distance (1 for words up to 6 letters, else 2).
    func mightBeTypo(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        let limit = bytes.count <= 6 ? 1 : 2
        for length in (bytes.count - limit)...(bytes.count + limit) {
            guard let list = byLength[length] else { continue }
            for candidate in list where Self.distance(bytes, candidate, limit: limit) <= limit { return true }
        }
        return false
    }

    /// Levenshtein distance with adjacent swaps, stopping early once it exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
