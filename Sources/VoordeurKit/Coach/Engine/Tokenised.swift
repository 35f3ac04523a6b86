import Foundation

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
    /// Each token's number in the pattern set's vocabulary (-1: no pattern has the word), set by `number(with:)`.
    private(set) var ids: [Int32] = []
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

    /// Numbers the tokens with the pattern set's vocabulary, after `normalise`: matching then compares integers.
    mutating func number(with vocabulary: [String: Int32]) {
        ids = tokens.map { vocabulary[$0.folded] ?? -1 }
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

    /// Matches `pattern` starting at token `start`; returns the index after the last token, or nil. Needs `number(with:)`.
    func match(_ pattern: [PatternToken], at start: Int, fixed: inout [Int]) -> Int? {
        guard start < tokens.count else { return nil }
        fixed.removeAll(keepingCapacity: true)
        // Through a buffer pointer the pattern's tokens are read in place: an array element would be copied, retaining
        // its sets and arrays, for every candidate at every position.
        return pattern.withUnsafeBufferPointer { match($0, 0, start, sentence: tokens[start].sentence, fixed: &fixed) }
    }

    private func match(_ pattern: UnsafeBufferPointer<PatternToken>, _ p: Int, _ t: Int, sentence: Int, fixed: inout [Int]) -> Int? {
        if p == pattern.count { return t }
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
        guard t < tokens.count, tokens[t].sentence == sentence, PatternToken.matches(pattern.baseAddress! + p, tokens[t].folded, id: ids[t]) else { return nil }
        fixed.append(t)
        if let end = match(pattern, p + 1, t + 1, sentence: sentence, fixed: &fixed) { return end }
        fixed.removeLast()
        return nil
    }
}
