import Foundation

/// Finds the special categories of personal data (origin, religion, health, addiction, sexuality, politics, union,
/// criminal data) with the patterns of `SpecialCategoryLexicon`, over the words the personal-data scanner found.
/// A pattern never spans punctuation. Look-alikes stay silent by how the patterns are written (a nationality counts
/// before a person or after "is", never before a shop or a dish; a place of worship only after going there) and by
/// two rules here: nothing inside an exception (`[niet]`: "tegenover de moskee"), and nothing the worker says about
/// himself ("ik heb zelf diabetes", "ik heb de politie gebeld"). One rule is code: a word of origin opening brackets
/// right after a person or a name is that person's origin ("dhr. (turks)", "mw. el idrissi (marokkaans, 50)", "de
/// vader (uit syrië)").
enum SpecialCategoryScanner {
    /// `nameEnds`: where the names the personal-data scanner found end (character offsets).
    static func scan(_ chars: [Character], words: [Range<Int>], nameEnds: Set<Int> = [],
                     lexicon: SpecialCategoryLexicon = .shared) -> [PersonalDataFinding] {
        guard !words.isEmpty else { return [] }
        var text = Text(chars: chars, words: words)
        var findings: [PersonalDataFinding] = []
        let exceptions = text.matches(lexicon.exceptions, lexicon.exceptionStarts)
        for match in text.matches(lexicon.patterns, lexicon.starts) {
            if exceptions.contains(where: { $0.words.lowerBound <= match.reported.lowerBound && match.reported.upperBound <= $0.words.upperBound }) {
                continue
            }
            if text.aboutTheWorker(before: match.words.lowerBound, lexicon: lexicon) { continue }
            let start = words[match.reported.lowerBound].lowerBound, end = words[match.reported.upperBound - 1].upperBound
            // Overlapping matches of one kind become one finding.
            if let last = findings.last, last.kind == match.kind, last.end >= start {
                if end > last.end { findings[findings.count - 1] = PersonalDataFinding(kind: last.kind, match: String(chars[last.start..<end]), start: last.start, end: end) }
                continue
            }
            findings.append(PersonalDataFinding(kind: match.kind, match: String(chars[start..<end]), start: start, end: end))
        }
        for t in words.indices.dropFirst() {
            // "(turks)", or "(uit syrië)": the word of origin, or the country after "uit".
            let country = text.folded[t] == "uit" && t + 1 < words.count && !text.boundary[t + 1] && text.accepts(lexicon.countries, t + 1)
            guard text.accepts(lexicon.origins, t) || country else { continue }
            let between = chars[words[t - 1].upperBound..<words[t].lowerBound]
            guard between.last == "(", between.allSatisfy({ $0 == "(" || $0 == " " || $0 == "." }) else { continue }
            guard lexicon.otherPerson.contains(text.folded[t - 1]) || nameEnds.contains(words[t - 1].upperBound) else { continue }
            let word = words[country ? t + 1 : t]
            findings.append(PersonalDataFinding(kind: .afkomst, match: String(chars[word]), start: word.lowerBound, end: word.upperBound))
        }
        return findings
    }

    struct Match {
        var kind: PersonalDataFinding.Kind
        /// Word indexes: the whole match, and the part reported.
        var words: Range<Int>
        var reported: Range<Int>
    }

    struct Text {
        let folded: [String]
        let original: [String]
        /// Punctuation stands between word i-1 and word i.
        let boundary: [Bool]
        /// Word i begins a sentence (the text's start, or after . ! ? or a line break).
        let sentenceStart: [Bool]
        /// Word i begins quoted speech (after a colon or a quote): its "ik" is the speaker, not the worker.
        let quoted: [Bool]

        init(chars: [Character], words: [Range<Int>]) {
            original = words.map { String(chars[$0]) }
            folded = original.map { DutchText.fold($0) }
            var boundary = [true], sentenceStart = [true], quoted = [false]
            for i in 1..<max(words.count, 1) {
                let between = chars[words[i - 1].upperBound..<words[i].lowerBound]
                boundary.append(between.contains { ".,;:!?()[]/\n".contains($0) })
                sentenceStart.append(between.contains { ".!?\n".contains($0) })
                quoted.append(between.contains { ":\"'\u{201C}\u{2018}".contains($0) })
            }
            self.boundary = boundary
            self.sentenceStart = sentenceStart
            self.quoted = quoted
        }

        func accepts(_ set: SpecialCategoryLexicon.WordSet, _ t: Int) -> Bool {
            set.matches(folded: folded[t], original: original[t])
        }

        /// The end (exclusive) of the pattern's match from `element` on at word `t`, recording each position's word.
        func match(_ elements: [SpecialCategoryLexicon.Element], _ e: Int, _ t: Int, _ positions: inout [Int]) -> Int? {
            guard e < elements.count else { return t }
            switch elements[e] {
            case .words(let set):
                guard t < folded.count, e == 0 || !boundary[t], accepts(set, t) else { return nil }
                positions[e] = t
                return match(elements, e + 1, t + 1, &positions)
            case .gap(let most):
                var skip = 0
                while skip <= most && t + skip <= folded.count {
                    if skip > 0 && (t + skip - 1 >= folded.count || boundary[t + skip - 1]) { break }
                    if let end = match(elements, e + 1, t + skip, &positions) { return end }
                    skip += 1
                }
                return nil
            }
        }

        func matches(_ patterns: [SpecialCategoryLexicon.Pattern], _ index: SpecialCategoryLexicon.PatternIndex) -> [Match] {
            var out: [Match] = []
            for t in folded.indices {
                for number in index.candidates(folded[t]) {
                    let pattern = patterns[number]
                    var positions = [Int](repeating: -1, count: pattern.elements.count)
                    guard let end = match(pattern.elements, 0, t, &positions) else { continue }
                    var reported = t..<end
                    if let part = pattern.reported {
                        let inside = positions[part].filter { $0 >= 0 }
                        if let first = inside.min(), let last = inside.max() { reported = first..<(last + 1) }
                    }
                    out.append(Match(kind: pattern.kind, words: t..<end, reported: reported))
                }
            }
            return out.sorted { ($0.reported.lowerBound, $0.reported.upperBound) < ($1.reported.lowerBound, $1.reported.upperBound) }
        }

        /// Whether the clause before word `t` has the worker ("ik", "mijn") as its nearest person, or is a sentence
        /// in the worker's note style without a subject ("had zelf last van mn rug", "was bij de huisarts").
        /// Quoted speech is the speaker's ("zei dhr letterlijk: ik ben een marokkaan").
        /// A person after "mijn" is the worker's own family.
        /// A person after "als" is what the worker was, not someone else: "heb als jonge gast zelf een taakstraf gehad".
        func aboutTheWorker(before t: Int, lexicon: SpecialCategoryLexicon) -> Bool {
            var k = t - 1
            while k >= 0 && !boundary[k + 1] {
                let word = folded[k]
                let predicate = (max(0, k - 2)..<k).contains { folded[$0] == "als" && !boundary[$0 + 1] }
                // "mijn eigen vader was alcoholist": the worker's own family, not the one he visits.
                let own = (max(0, k - 2)..<k).contains { lexicon.firstPerson.contains(folded[$0]) && !boundary[$0 + 1] }
                if lexicon.otherPerson.contains(word) && own { return true }
                if (lexicon.otherPerson.contains(word) && !predicate) || lexicon.clauseStarts.contains(word) { return false }
                if lexicon.firstPerson.contains(word) {
                    while k > 0 && !boundary[k] && !quoted[k] { k -= 1 }
                    return !quoted[k]
                }
                k -= 1
            }
            let first = k + 1
            return first < t && sentenceStart[first] && lexicon.subjectless.contains(folded[first])
        }
    }
}
