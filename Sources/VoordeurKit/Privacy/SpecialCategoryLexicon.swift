import Foundation

/// The patterns of the special categories of personal data (AVG articles 9 and 10: origin, religion, health,
/// addiction, sexuality, politics, union, criminal data), read from data (`Assets/bijzondere-persoonsgegevens.woorden`,
/// whose header explains the syntax). Words are compared folded (lowercase, no diacritics).
public struct SpecialCategoryLexicon: Sendable {
    public static let defaultFileName = "bijzondere-persoonsgegevens.woorden"

    /// The words one position of a pattern accepts.
    struct WordSet: Sendable {
        var exact: Set<String> = []
        var prefixes: [String] = []
        /// Word endings, looked up by length (one set lookup per length, not one comparison per ending).
        var suffixes: Set<String> = []
        var suffixLengths: Set<Int> = []
        /// Spelled exactly so (capitals count): acronyms and names that are also ordinary words (DENK, Volt, PI).
        var caseExact: Set<String> = []

        func matches(folded: String, original: String) -> Bool {
            exact.contains(folded) || caseExact.contains(original)
                || prefixes.contains { folded.hasPrefix($0) } || hasSuffix(folded)
        }

        func hasSuffix(_ folded: String) -> Bool {
            let bytes = folded.utf8
            return suffixLengths.contains { bytes.count >= $0 && suffixes.contains(String(decoding: bytes.suffix($0), as: UTF8.self)) }
        }

        mutating func formUnion(_ other: WordSet) {
            exact.formUnion(other.exact)
            prefixes += other.prefixes
            suffixes.formUnion(other.suffixes)
            suffixLengths.formUnion(other.suffixLengths)
            caseExact.formUnion(other.caseExact)
        }
    }

    enum Element: Sendable {
        case words(WordSet)
        /// Zero to n words, within the clause.
        case gap(Int)
    }

    struct Pattern: Sendable {
        var kind: PersonalDataFinding.Kind
        var elements: [Element]
        /// The elements whose words are reported (those in braces), else all.
        var reported: Range<Int>?
    }

    var patterns: [Pattern] = []
    /// Stretches in which nothing is reported: a place of worship as a landmark ("tegenover de moskee").
    var exceptions: [Pattern] = []
    /// Which patterns can start at a word: looked up by the word and by its first three letters, so a word costs
    /// two lookups instead of a try of every pattern (this runs on every keystroke).
    var starts = PatternIndex()
    var exceptionStarts = PatternIndex()

    struct PatternIndex: Sendable {
        /// By the folded word the first position accepts exactly (or, for `Word`, in that spelling).
        var byWord: [String: [Int]] = [:]
        /// By the first three letters of a word beginning (`vakbond*`).
        var byStart: [String: [Int]] = [:]
        /// Tried at every word: word endings (`*verslaafd`) and beginnings shorter than three letters.
        var rest: [Int] = []

        init() {}

        init(_ patterns: [Pattern]) {
            for (number, pattern) in patterns.enumerated() {
                guard case .words(let set)? = pattern.elements.first else { continue }
                for word in set.exact { byWord[word, default: []].append(number) }
                for word in set.caseExact { byWord[DutchText.fold(word), default: []].append(number) }
                for start in set.prefixes {
                    if start.count >= 3 { byStart[String(start.prefix(3)), default: []].append(number) } else { rest.append(number) }
                }
                if !set.suffixes.isEmpty { rest.append(number) }
            }
        }

        /// The patterns that may start at a word, each once, in file order.
        func candidates(_ folded: String) -> [Int] {
            let exact = byWord[folded]
            let start = folded.utf8.count >= 3 ? byStart[String(folded.prefix(3))] : nil
            if start == nil && rest.isEmpty { return exact ?? [] }
            return Array(Set((exact ?? []) + (start ?? []) + rest)).sorted()
        }
    }
    /// The worker speaking of himself ("ik", "mijn"): his own health or union is not the family's data.
    var firstPerson: Set<String> = []
    /// Someone else in the clause, nearer than the worker: the data is about that person.
    var otherPerson: Set<String> = []
    /// Words that start a new clause: what stands before them says nothing about whom the clause is about.
    var clauseStarts: Set<String> = []
    /// Verbs that open a sentence without a subject in the worker's note style: the subject left out is "ik".
    var subjectless: Set<String> = []
    /// Words of origin (classes `nationaliteit` and `volk`): in brackets right after a person, they are that person's
    /// origin ("dhr. (turks)").
    var origins = WordSet()
    /// Countries (class `land`): "(uit syrië)" in brackets after a person.
    var countries = WordSet()

    public static let shared: SpecialCategoryLexicon = {
        guard let text = EmbeddedAssets.files[defaultFileName] else { preconditionFailure("special-category lists not embedded") }
        do { return try parse(text, source: "ingebouwde lijst bijzondere persoonsgegevens") } catch {
            preconditionFailure("the embedded special-category lists are broken: \(error)")
        }
    }()

    public static func parse(_ text: String, source: String) throws -> SpecialCategoryLexicon {
        let doc = try KeyValueDocument(parsing: text, source: source, allowBareLines: true)
        var classes: [String: WordSet] = [:]
        for section in doc.sections("klasse") {
            guard section.header.count == 2 else {
                throw FileProblem(file: source, line: section.line, message: "verwacht [klasse naam]")
            }
            var set = WordSet()
            for line in section.bareLines {
                for member in line.value.split(separator: " ") {
                    set.formUnion(try wordSet(String(member), classes: classes, source: source, line: line.line))
                }
            }
            classes[section.header[1], default: WordSet()].formUnion(set)
        }
        var lexicon = SpecialCategoryLexicon()
        func words(_ name: String) -> Set<String> {
            Set(doc.sections(name).flatMap(\.bareLines).flatMap { $0.value.split(separator: " ").map { DutchText.fold(String($0)) } })
        }
        lexicon.firstPerson = words("eigen")
        lexicon.otherPerson = words("ander").union(classes["persoon"]?.exact ?? [])
        lexicon.clauseStarts = words("bijzin")
        lexicon.subjectless = words("zonder-onderwerp")
        lexicon.origins = classes["nationaliteit"] ?? WordSet()
        lexicon.origins.formUnion(classes["volk"] ?? WordSet())
        lexicon.countries = classes["land"] ?? WordSet()
        for section in doc.sections("categorie") {
            guard section.header.count == 2, let kind = PersonalDataFinding.Kind(rawValue: section.header[1]), kind.isSpecial else {
                throw FileProblem(file: source, line: section.line,
                                  message: "onbekende categorie; verwacht [categorie afkomst|religie|gezondheid|verslaving|seksualiteit|politiek|vakbond|strafrecht]")
            }
            for line in section.bareLines {
                lexicon.patterns.append(try pattern(line.value, kind: kind, classes: classes, source: source, line: line.line))
            }
        }
        for line in doc.sections("niet").flatMap(\.bareLines) {
            lexicon.exceptions.append(try pattern(line.value, kind: .naam, classes: classes, source: source, line: line.line))
        }
        lexicon.starts = PatternIndex(lexicon.patterns)
        lexicon.exceptionStarts = PatternIndex(lexicon.exceptions)
        return lexicon
    }

    /// One position: `a|b|c`, each `word`, `word+` (adjective forms), `begin*`, `*end`, `<class>`, or `Word` (exact case).
    static func wordSet(_ text: String, classes: [String: WordSet], source: String, line: Int) throws -> WordSet {
        var set = WordSet()
        for alternative in text.split(separator: "|").map(String.init) {
            if alternative.hasPrefix("<") && alternative.hasSuffix(">") {
                guard let named = classes[String(alternative.dropFirst().dropLast())] else {
                    throw FileProblem(file: source, line: line, message: "onbekende klasse \(alternative)")
                }
                set.formUnion(named)
            } else if alternative.count > 1 && alternative.hasSuffix("*") {
                set.prefixes.append(DutchText.fold(String(alternative.dropLast())))
            } else if alternative.count > 1 && alternative.hasPrefix("*") {
                let suffix = DutchText.fold(String(alternative.dropFirst()))
                set.suffixes.insert(suffix)
                set.suffixLengths.insert(suffix.utf8.count)
            } else if alternative.count > 1 && alternative.hasSuffix("+") {
                set.exact.formUnion(DutchText.adjectiveForms(DutchText.fold(String(alternative.dropLast()))))
            } else if alternative.first?.isUppercase == true {
                set.caseExact.insert(alternative)
            } else if !alternative.isEmpty {
                set.exact.insert(DutchText.fold(alternative))
            }
        }
        return set
    }

    static func pattern(_ text: String, kind: PersonalDataFinding.Kind, classes: [String: WordSet], source: String,
                        line: Int) throws -> Pattern {
        var elements: [Element] = []
        var reportedStart: Int?
        var reportedEnd: Int?
        for var item in text.split(separator: " ").map(String.init) {
            if item.hasPrefix("...") {
                guard !elements.isEmpty else { throw FileProblem(file: source, line: line, message: "patroon begint met '...'") }
                elements.append(.gap(Int(item.dropFirst(3)) ?? 3))
                continue
            }
            if item.hasPrefix("{") { item.removeFirst(); reportedStart = elements.count }
            if item.hasSuffix("}") { item.removeLast(); reportedEnd = elements.count + 1 }
            elements.append(.words(try wordSet(item, classes: classes, source: source, line: line)))
        }
        if case .gap? = elements.last { throw FileProblem(file: source, line: line, message: "patroon eindigt met '...'") }
        guard !elements.isEmpty else { throw FileProblem(file: source, line: line, message: "leeg patroon") }
        var reported: Range<Int>?
        if let start = reportedStart ?? (reportedEnd != nil ? 0 : nil) {
            reported = start..<(reportedEnd ?? elements.count)
        }
        return Pattern(kind: kind, elements: elements, reported: reported)
    }
}
