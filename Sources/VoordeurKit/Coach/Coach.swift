import Foundation

/// How the coach uses the spelling help.
public enum CoachSpelling: Sendable {
    /// No spelling help: typos are not matched against the word lists.
    case off
    /// Waits for the dictionary the first time a word might be a typo of a listed word, and computes Hunspell's
    /// suggestions when needed (the command line; about 130 ms once, then cached).
    case waitForDictionary
    /// Never waits: uses the dictionary only once it is loaded and suggestions only once computed; missing
    /// suggestions are computed in the background (`Speller.generation` grows when one lands). For the editor.
    case whenReady
    /// `.whenReady` when standard input is a terminal (the interactive program: its first frame and keystrokes
    /// never wait), `.waitForDictionary` otherwise (`echo … | voordeur coach`, tests). The default.
    case automatic

    /// What `.automatic` means in this process.
    public var resolved: CoachSpelling {
        guard self == .automatic else { return self }
        return isatty(0) != 0 ? .whenReady : .waitForDictionary
    }
}

/// The wording coach: "Wat zie, hoor en ruik ik?" It reads Dutch free text and flags judgements, diagnoses,
/// conclusions, speculation, feelings ascribed to others, generalisations, vague words and hearsay.
///
/// The engine is code; the words, patterns, word classes and normalisations are data (`CoachLexicon`). It runs
/// on every keystroke, so it tokenises once and looks patterns up by their first word.
public struct Coach: Sendable {
    public let lexicon: CoachLexicon
    /// Findings, exceptions and anchors in one index, so a text is read once.
    private let index: PatternSet
    /// Explanation and question templates, cut at `{woord}` once.
    private let explanations: [CoachCategory: [Substring]]
    private let questions: [CoachCategory: [Substring]]
    private let senses: [(trigger: PatternToken, question: [Substring])]
    /// `al-beschreven`, cut at `{woord}` and then at `{waarneming}`.
    private let alreadyDescribed: [[Substring]]
    private let observation: PatternToken
    private let numeral: PatternToken
    private let times: PatternToken
    private let intensifier: PatternToken
    private let practical: PatternToken
    private let plan: PatternToken
    private let normaliser: Normaliser

    public init(lexicon: CoachLexicon = .defaultLexicon(), speller: Speller? = .shared,
                spelling: CoachSpelling = .automatic) {
        let spelling = spelling.resolved
        self.lexicon = lexicon
        let findings = lexicon.patterns.map(lexicon.resolved)
        index = PatternSet(findings: findings, exceptions: lexicon.exceptions.map(lexicon.resolved),
                           anchors: lexicon.anchors.map(lexicon.resolved))
        explanations = lexicon.explanations.mapValues { $0.split(separator: "{woord}", omittingEmptySubsequences: false) }
        questions = lexicon.questions.mapValues { $0.split(separator: "{woord}", omittingEmptySubsequences: false) }
        senses = lexicon.senses.map { (lexicon.resolved([$0.trigger])[0], $0.question.split(separator: "{woord}", omittingEmptySubsequences: false)) }
        alreadyDescribed = (lexicon.texts["al-beschreven"] ?? "").split(separator: "{woord}", omittingEmptySubsequences: false)
            .map { String($0).split(separator: "{waarneming}", omittingEmptySubsequences: false) }
        observation = lexicon.wordClass("waarneming")
        numeral = lexicon.wordClass("telwoord")
        times = lexicon.wordClass("keer")
        intensifier = lexicon.wordClass("versterker")
        practical = lexicon.wordClass("praktisch")
        plan = lexicon.wordClass("plan")
        var help: SpellingHelp?
        if let speller, spelling != .off {
            help = SpellingHelp(speller: speller, waits: spelling == .waitForDictionary, findings: findings)
            // `.whenReady` loads the dictionary on first need (or when the program starts it after its first frame),
            // so building a coach never competes with the first frame.
        }
        normaliser = Normaliser(map: lexicon.normalisation, vocabulary: help?.vocabulary ?? SpellingHelp.vocabulary(of: findings),
                                spelling: help)
    }

    /// Analyses one text.
    public func analyse(_ text: String) -> CoachReport {
        var tokenised = Tokenised(text)
        tokenised.normalise(normaliser)
        let tokens = tokenised.tokens
        var raw: [RawFinding] = []
        var exceptionSpans: [Range<Int>] = []
        var anchored = tokenised.hasQuote
        var fixed: [Int] = []
        fixed.reserveCapacity(8)
        var clauseFacts: [ClauseFacts]?
        for position in tokens.indices {
            index.forEachCandidate(of: tokens[position].folded) { entry in
                // The pattern is read in place: a copy would retain its tokens and strings for every candidate.
                switch index.kinds[entry] {
                case .anchor:
                    if !anchored, tokenised.match(index.patterns[entry].tokens, at: position, fixed: &fixed) != nil { anchored = true }
                case .exception:
                    if let end = tokenised.match(index.patterns[entry].tokens, at: position, fixed: &fixed) {
                        exceptionSpans.append(position..<end)
                    }
                case .finding:
                    guard !tokens[position].quoted,
                          let end = tokenised.match(index.patterns[entry].tokens, at: position, fixed: &fixed),
                          !tokens[position..<end].contains(where: \.quoted) else { return }
                    if index.patterns[entry].exemptForWorker {
                        if clauseFacts == nil { clauseFacts = tokenised.clauseFacts() }
                        let facts = clauseFacts![tokens[position].clause]
                        if facts.mentionsWorker && !facts.mentionsOthers { return }
                    }
                    raw.append(RawFinding(start: position, end: end, pattern: entry, fixed: fixed))
                }
            }
        }
        // Phrases like "volgens de werkorder" switch off whatever they contain, and nothing outside them.
        if !exceptionSpans.isEmpty {
            raw.removeAll { item in exceptionSpans.contains { $0.lowerBound <= item.start && item.end <= $0.upperBound } }
        }
        // A speech verb followed by a literal quote ("De buurvrouw zei: "…"", "zei dat de deur "vanzelf" …")
        // gives the words and their source: not hearsay.
        raw.removeAll { item in
            index.patterns[item.pattern].category == .horenZeggen
                && (tokenised.quoteFollows(tokens[item.end - 1].end) || tokenised.quoteLaterInSentence(after: item.end - 1))
        }
        // "altijd", "steeds" in a clause that counts ("vanochtend 3 keer") belong to the counted fact, not a claim.
        if raw.contains(where: { index.patterns[$0.pattern].category == .generalisatie }) {
            raw.removeAll { item in
                index.patterns[item.pattern].category == .generalisatie && clauseCounts(tokens[item.start].clause, in: tokens)
            }
        }
        // What a tenant says about an appointment or a defect of the home is practical, not hearsay; a plan for later
        // ("morgen de hele dag") is no generalisation.
        raw.removeAll { item in
            let category = index.patterns[item.pattern].category
            guard category == .horenZeggen || category == .generalisatie else { return false }
            let words = category == .horenZeggen ? practical : plan
            let sentence = tokens[item.start].sentence
            var i = item.start
            while i > 0 && tokens[i - 1].sentence == sentence { i -= 1 }
            while i < tokens.count && tokens[i].sentence == sentence {
                if words.matches(tokens[i].folded) { return true }
                i += 1
            }
            return false
        }
        // "heel" at the end of a clause is an adjective (intact), not an intensifier.
        raw.removeAll { item in
            item.end == item.start + 1 && index.patterns[item.pattern].category == .vaag && intensifier.matches(tokens[item.start].folded)
                && (item.end == tokens.count || tokens[item.end].clause != tokens[item.start].clause)
        }
        // A finding inside a wider one is dropped when it shares a fixed word of it ("volgens" in "volgens mij");
        // a word in the gap of a pattern ("verwaarloosd" in "zien er ... uit") keeps its own finding.
        raw.sort { ($0.start, -$0.end, $0.pattern) < ($1.start, -$1.end, $1.pattern) }
        var kept: [RawFinding] = []
        for item in raw where !kept.contains(where: { outer in
            (outer.start <= item.start && item.end <= outer.end && (item.start..<item.end).contains(where: outer.fixed.contains))
                || (tokens[outer.start].start == tokens[item.start].start && tokens[outer.end - 1].end == tokens[item.end - 1].end)
                // Two overlapping findings of one category that share a word are one remark ("heb de indruk dat").
                || (index.patterns[outer.pattern].category == index.patterns[item.pattern].category
                    && item.start < outer.end && item.fixed.contains(where: outer.fixed.contains))
        }) {
            kept.append(item)
        }
        let findings = kept.map { item -> CoachFinding in
            let category = index.patterns[item.pattern].category ?? .vaag
            let start = tokens[item.start].start
            let end = tokens[item.end - 1].end
            let match = String(tokenised.characters[start..<end])
            var explanation = (explanations[category] ?? []).joined(separator: match)
            var question = (questions[category] ?? []).joined(separator: match)
            if category == .oordeel, !alreadyDescribed.isEmpty,
               let observed = observationAfter(item, in: tokenised, findings: kept) {
                explanation = alreadyDescribed.map { $0.joined(separator: observed) }.joined(separator: match)
            }
            if category == .vaag || category == .oordeel, let sense = sense(of: item, in: tokenised) {
                question = sense.joined(separator: match)
            }
            return CoachFinding(category: category, start: start, end: end, match: match,
                                explanation: explanation, question: question)
        }
        return CoachReport(text: text, findings: findings, hasSensoryAnchor: anchored)
    }

    /// Whether clause `clause` holds a count (a numeral followed by "keer" or "maal"), or the next clause of the
    /// same sentence opens with one (", 4 keer in tien minuten").
    private func clauseCounts(_ clause: Int, in tokens: [Tokenised.Token]) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.clause == clause }) else { return false }
        var i = first
        while i + 1 < tokens.count && tokens[i + 1].clause == clause {
            if numeral.matches(tokens[i].folded) && times.matches(tokens[i + 1].folded) { return true }
            i += 1
        }
        let next = i + 1
        return next + 1 < tokens.count && tokens[next].sentence == tokens[i].sentence && tokens[next + 1].clause == tokens[next].clause
            && numeral.matches(tokens[next].folded) && times.matches(tokens[next + 1].folded)
    }

    /// The question of the first sense whose words occur in the finding itself, else in its clause.
    private func sense(of item: RawFinding, in text: Tokenised) -> [Substring]? {
        guard !senses.isEmpty else { return nil }
        let tokens = text.tokens
        for sense in senses where tokens[item.start..<item.end].contains(where: { sense.trigger.matches($0.folded) }) {
            return sense.question
        }
        let clause = tokens[item.start].clause
        var low = item.start
        while low > 0 && tokens[low - 1].clause == clause { low -= 1 }
        var high = item.end
        while high < tokens.count && tokens[high].clause == clause { high += 1 }
        for sense in senses where tokens[low..<high].contains(where: { sense.trigger.matches($0.folded) }) {
            return sense.question
        }
        return nil
    }

    /// The observation that follows a judgement in the same sentence, when there is one: the later clauses
    /// without a finding of their own, if one of them holds a perception word, a position word or a number.
    private func observationAfter(_ item: RawFinding, in text: Tokenised, findings: [RawFinding]) -> String? {
        let tokens = text.tokens
        let sentence = tokens[item.start].sentence
        let clause = tokens[item.end - 1].clause
        var first = item.end
        while first < tokens.count && tokens[first].sentence == sentence && tokens[first].clause == clause { first += 1 }
        guard first < tokens.count, tokens[first].sentence == sentence else { return nil }
        var last = first
        while last + 1 < tokens.count && tokens[last + 1].sentence == sentence { last += 1 }
        guard !findings.contains(where: { $0.end > first && $0.start <= last }),
              tokens[first...last].contains(where: { observation.matches($0.folded) }) else { return nil }
        return String(text.characters[tokens[first].start..<tokens[last].end])
    }
}

struct RawFinding {
    var start: Int
    var end: Int
    var pattern: Int
    /// Token indices matched by the pattern's own words (not by a gap).
    var fixed: [Int]
}

struct ClauseFacts {
    var mentionsWorker = false
    var mentionsOthers = false
}

/// Patterns indexed by their first token.
struct PatternSet: Sendable {
    enum Kind: Sendable { case finding, exception, anchor }

    var patterns: [CoachPattern] = []
    var kinds: [Kind] = []
    var byWord: [String: [Int]] = [:]
    /// By the first or last three bytes of a prefix or suffix pattern (`mishandel*`, `*verslaafd`), packed in an integer.
    var byPrefix: [UInt32: [Int]] = [:]
    var bySuffix: [UInt32: [Int]] = [:]
    var anyFirst: [Int] = []

    init(findings: [CoachPattern], exceptions: [CoachPattern], anchors: [CoachPattern]) {
        for (list, kind) in [(findings, Kind.finding), (exceptions, .exception), (anchors, .anchor)] {
            for pattern in list {
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
        for (key, list) in byWord { byWord[key] = Array(Set(list)).sorted() }
    }

    @inline(__always)
    static func key<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var key: UInt32 = 0
        for byte in bytes { key = key << 8 | UInt32(byte) }
        return key
    }

    /// Calls `body` with every pattern whose first token may match `word`.
    @inline(__always)
    func forEachCandidate(of word: String, _ body: (Int) -> Void) {
        if let list = byWord[word] { for entry in list { body(entry) } }
        let utf8 = word.utf8
        if utf8.count >= 3 {
            if !byPrefix.isEmpty, let list = byPrefix[Self.key(utf8.prefix(3))] { for entry in list { body(entry) } }
            if !bySuffix.isEmpty, let list = bySuffix[Self.key(utf8.suffix(3))] { for entry in list { body(entry) } }
        }
        for entry in anyFirst { body(entry) }
    }
}

/// A text cut into folded word tokens with Character offsets, sentences, clauses and quotes.
struct Tokenised {
    struct Token {
        var folded: String
        var start: Int
        var end: Int
        var sentence: Int
        var clause: Int
        var quoted: Bool
    }

    let characters: [Character]
    private(set) var tokens: [Token] = []
    private(set) var hasQuote = false

    init(_ text: String) {
        characters = Array(text)
        let count = characters.count
        // Integer views of the text, computed once: comparing Characters is slow.
        var first = [UInt32](repeating: 0, count: count)
        var word = [Bool](repeating: false, count: count)
        var space = [Bool](repeating: false, count: count)
        for (i, ch) in characters.enumerated() {
            let scalar = ch.unicodeScalars.first!.value
            first[i] = scalar
            if scalar < 0x80 {
                word[i] = (scalar >= 97 && scalar <= 122) || (scalar >= 65 && scalar <= 90) || (scalar >= 48 && scalar <= 57)
                space[i] = scalar == 32 || (scalar >= 9 && scalar <= 13)
            } else {
                word[i] = ch.isLetter || ch.isNumber
                space[i] = ch.isWhitespace
            }
        }
        let quoted = Self.quotedCharacters(first: first, word: word, space: space)
        hasQuote = quoted.contains(true)
        var sentence = 0
        var clause = 0
        var index = 0
        while index < count {
            if word[index] {
                let start = index
                var folded = String.UnicodeScalarView()
                while index < count {
                    let c = first[index]
                    if word[index] {
                        for scalar in characters[index].unicodeScalars { DutchText.appendFolded(scalar, to: &folded) }
                        index += 1
                    } else if (c == 0x27 || c == 0x2019 || c == 0x2D) && index + 1 < count && word[index + 1] && index > start {
                        folded.append(c == 0x2D ? "-" : "'")
                        index += 1
                    } else if (c == 0x2C || c == 0x2E) && index + 1 < count && Self.isDigit(first[index - 1])
                                && Self.isDigit(first[index + 1]) {
                        folded.append(Unicode.Scalar(c)!)
                        index += 1
                    } else {
                        break
                    }
                }
                let text = String(folded)
                if DutchWords.clauseStarters.contains(text) { clause += 1 }
                tokens.append(Token(folded: text, start: start, end: index, sentence: sentence, clause: clause,
                                    quoted: quoted[start]))
                continue
            }
            let c = first[index]
            // Elisions belong to the next word: 's avonds, 't huis.
            if (c == 0x27 || c == 0x2019) && !quoted[index] && index + 2 < count
                && Self.isElision(first: first, word: word, at: index) {
                tokens.append(Token(folded: "'" + String(Unicode.Scalar(first[index + 1])!), start: index, end: index + 2,
                                    sentence: sentence, clause: clause, quoted: false))
                index += 2
                continue
            }
            switch c {
            case 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x2026: sentence += 1; clause += 1 // . ! ? ; newline …
            case 0x2C, 0x3A, 0x28, 0x29, 0x2013, 0x2014, 0x22, 0x201C, 0x201D, 0x201E: clause += 1 // , : ( ) – — quotes
            default: break
            }
            index += 1
        }
    }

    @inline(__always) static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 48 && scalar <= 57 }

    /// Rewrites tokens typed as workers type them into the words the patterns know, keeping their spans:
    /// sms and dialect spelling ("t", "as", "ff"), missing spaces ("denkik"), and typos of listed words.
    mutating func normalise(_ normaliser: Normaliser) {
        var out: [Token] = []
        var changed = false
        for token in tokens {
            guard !token.quoted, let words = normaliser.rewrite(token.folded, surface: { String(characters[token.start..<token.end]) }) else {
                out.append(token)
                continue
            }
            changed = true
            for word in words {
                var copy = token
                copy.folded = word
                out.append(copy)
            }
        }
        if changed { tokens = out }
    }

    /// Whether a literal quote lies later in the sentence of token `position`.
    func quoteLaterInSentence(after position: Int) -> Bool {
        guard hasQuote else { return false }
        let sentence = tokens[position].sentence
        var i = position + 1
        while i < tokens.count && tokens[i].sentence == sentence {
            if tokens[i].quoted { return true }
            i += 1
        }
        return false
    }

    /// Whether a literal quote or a colon comes right after character `offset` (spaces skipped).
    func quoteFollows(_ offset: Int) -> Bool {
        var i = offset
        while i < characters.count, characters[i] == " " { i += 1 }
        guard i < characters.count else { return false }
        return [":", "\"", "“", "„", "'", "‘", "«"].contains(characters[i])
    }

    /// Which characters lie inside a literal quote ("…", “…”, „…”, '…', ‘…’). A quote that is not closed
    /// before the end of its line is not treated as a quote.
    static func quotedCharacters(first: [UInt32], word: [Bool], space: [Bool]) -> [Bool] {
        let count = first.count
        var result = [Bool](repeating: false, count: count)
        var openAt: Int?
        var openSingle = false
        func startsQuote(_ i: Int) -> Bool {
            i == 0 || space[i - 1] || first[i - 1] == 0x3A || first[i - 1] == 0x28 || first[i - 1] == 0x5B // : ( [
        }
        for index in 0..<count {
            let c = first[index]
            if c == 0x0A { openAt = nil; continue }
            let isSingle = c == 0x27 || c == 0x2018 || c == 0x2019                       // ' ‘ ’
            let isDouble = c == 0x22 || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB // " “ ” „ « »
            guard isSingle || isDouble else { continue }
            if let start = openAt {
                let closesDouble = !openSingle && isDouble && c != 0x201E && c != 0xAB
                let closesSingle = openSingle && c != 0x2018 && (index + 1 == count || !word[index + 1])
                if closesDouble || closesSingle {
                    for i in start...index { result[i] = true }
                    openAt = nil
                }
            } else if isDouble && c != 0xBB && (c != 0x201D || startsQuote(index)) {
                openAt = index
                openSingle = false
            } else if isSingle && startsQuote(index) && index + 1 < count && word[index + 1]
                        && !isElision(first: first, word: word, at: index) {
                openAt = index
                openSingle = true
            }
        }
        return result
    }

    /// 's, 't, 'n, 'k: an apostrophe that stands for a dropped letter, not a quote.
    static func isElision(first: [UInt32], word: [Bool], at index: Int) -> Bool {
        guard index + 1 < first.count else { return false }
        switch first[index + 1] {
        case 0x73, 0x74, 0x6E, 0x6B: // s t n k
            return index + 2 == first.count || !word[index + 2]
        default:
            return false
        }
    }

    /// Matches `pattern` starting at token `start`; returns the index after the last token, or nil.
    func match(_ pattern: [PatternToken], at start: Int, fixed: inout [Int]) -> Int? {
        guard start < tokens.count else { return nil }
        fixed.removeAll(keepingCapacity: true)
        return match(pattern, 0, start, sentence: tokens[start].sentence, fixed: &fixed)
    }

    private func match(_ pattern: [PatternToken], _ p: Int, _ t: Int, sentence: Int, fixed: inout [Int]) -> Int? {
        if p == pattern.count { return t }
        // Read the token in place: copying a PatternToken retains its sets and arrays.
        if pattern[p].isGap {
            for skip in 0...pattern[p].gapLength {
                let next = t + skip
                if next >= tokens.count { break }
                if skip > 0 && tokens[next - 1].sentence != sentence { break }
                let mark = fixed.count
                if let end = match(pattern, p + 1, next, sentence: sentence, fixed: &fixed) { return end }
                fixed.removeSubrange(mark...)
            }
            return nil
        }
        guard t < tokens.count, tokens[t].sentence == sentence, pattern[p].matches(tokens[t].folded) else { return nil }
        fixed.append(t)
        if let end = match(pattern, p + 1, t + 1, sentence: sentence, fixed: &fixed) { return end }
        fixed.removeLast()
        return nil
    }

    /// Per clause: does it mention the worker ("ik", "me") and does it mention someone else? A clause about the
    /// worker alone holds his own, labelled feeling ("Ik was bang", "Ik maak me zorgen").
    func clauseFacts() -> [ClauseFacts] {
        var facts = [ClauseFacts](repeating: ClauseFacts(), count: (tokens.last?.clause ?? 0) + 1)
        for token in tokens {
            if DutchWords.thirdPerson.contains(token.folded) { facts[token.clause].mentionsOthers = true }
            if DutchWords.firstPerson.contains(token.folded) { facts[token.clause].mentionsWorker = true }
        }
        return facts
    }
}
