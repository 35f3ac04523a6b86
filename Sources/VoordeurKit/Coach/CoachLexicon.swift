import Foundation

/// One token of a pattern.
struct PatternToken: Sendable {
    var exact: Set<String> = []
    var prefixes: [String] = []
    var suffixes: [String] = []
    /// `<inf>`: a Dutch infinitive (ends in -en or -an/-aan/-oen/-ien).
    var infinitive = false
    /// `<getal>`: a number such as 3, 1,5 or 10.30.
    var number = false
    /// `!a|b`: any token but these.
    var negated = false
    /// `...`: up to `gapLength` tokens (`...` is 3, `...6` is 6).
    var isGap = false
    var gapLength = 3

    static let defaultGap = 3
    static let longestGap = 8

    func matches(_ word: String) -> Bool {
        var hit = exact.contains(word)
            || prefixes.contains(where: { word.hasPrefix($0) })
            || suffixes.contains(where: { word.hasSuffix($0) })
        if !hit && infinitive { hit = DutchWords.isInfinitive(word) }
        if !hit && number { hit = word.first?.isNumber == true }
        return negated ? !hit : hit
    }
}

/// A pattern from the word lists, e.g. `ik heb gehoord dat`, `vies+`, `mishandel*`, `zou|zouden ... <inf>`.
struct CoachPattern: Sendable {
    var tokens: [PatternToken]
    var category: CoachCategory?
    /// Not flagged when the worker is the subject of the clause ("Ik was bang" is his own, labelled feeling).
    var exemptForWorker: Bool
    var source: String
}

/// The coach's word lists and patterns, read from data (`Assets/coach.woorden`, optionally extended).
public struct CoachLexicon: Sendable {
    var patterns: [CoachPattern] = []
    public var patternCount: Int { patterns.count }
    /// Phrases inside which nothing is flagged ("volgens de werkorder").
    var exceptions: [CoachPattern] = []
    /// Words and phrases that anchor a text in perception ("ik zie", "ruik").
    var anchors: [CoachPattern] = []
    var explanations: [CoachCategory: String] = [:]
    var questions: [CoachCategory: String] = [:]

    public static let defaultFileName = "coach.woorden"

    public static func defaultLexicon() -> CoachLexicon {
        guard let text = EmbeddedAssets.files[defaultFileName] else { preconditionFailure("coach word lists not embedded") }
        do { return try parse(text, source: "ingebouwde woordenlijst") } catch {
            preconditionFailure("the embedded coach word lists are broken: \(error)")
        }
    }

    /// The default lists, extended with `file` when given.
    public static func load(extraFile file: URL?) throws -> CoachLexicon {
        var lexicon = defaultLexicon()
        guard let file else { return lexicon }
        let text = try KeyValueDocument.readText(file)
        try lexicon.extend(with: text, source: file.path)
        return lexicon
    }

    public static func parse(_ text: String, source: String) throws -> CoachLexicon {
        var lexicon = CoachLexicon()
        try lexicon.extend(with: text, source: source)
        for category in CoachCategory.allCases where lexicon.explanations[category] == nil || lexicon.questions[category] == nil {
            throw FileProblem(file: source, line: nil, message: "categorie '\(category.name)' mist 'uitleg' of 'vraag'")
        }
        return lexicon
    }

    /// Adds the sections of `text`: `[categorie NAAM]` with `uitleg`, `vraag` and one pattern per line,
    /// `[uitzonderingen]` and `[waarneming]` with one pattern per line.
    public mutating func extend(with text: String, source: String) throws {
        let doc = try KeyValueDocument(parsing: text, source: source, allowBareLines: true)
        if let stray = (doc.sections[0].entries + doc.sections[0].bareLines).first {
            throw FileProblem(file: source, line: stray.line, message: "regel staat buiten een kop zoals [categorie oordeel]")
        }
        for section in doc.sections.dropFirst() {
            switch section.header[0] {
            case "categorie":
                guard section.header.count == 2, let category = CoachCategory(rawValue: section.header[1]) else {
                    throw FileProblem(file: source, line: section.line, message:
                        "onbekende categorie; kies uit \(CoachCategory.allCases.map(\.name).joined(separator: ", "))")
                }
                for entry in section.entries {
                    switch entry.key {
                    case "uitleg": explanations[category] = entry.value
                    case "vraag": questions[category] = entry.value
                    default:
                        throw FileProblem(file: source, line: entry.line, message: "onbekende sleutel '\(entry.key)' (toegestaan: uitleg, vraag)")
                    }
                }
                for line in section.bareLines {
                    patterns.append(try Self.compile(line.value, category: category, file: source, line: line.line))
                }
            case "uitzonderingen", "waarneming":
                guard section.header.count == 1, section.entries.isEmpty else {
                    throw FileProblem(file: source, line: section.line, message: "[\(section.header[0])] bevat alleen patronen, één per regel")
                }
                for line in section.bareLines {
                    let pattern = try Self.compile(line.value, category: nil, file: source, line: line.line)
                    if section.header[0] == "uitzonderingen" { exceptions.append(pattern) } else { anchors.append(pattern) }
                }
            default:
                throw FileProblem(file: source, line: section.line,
                                  message: "onbekende kop '[\(section.header[0])]'; verwacht [categorie …], [uitzonderingen] of [waarneming]")
            }
        }
    }

    /// Compiles one line of the word lists.
    static func compile(_ line: String, category: CoachCategory?, file: String, line number: Int) throws -> CoachPattern {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var exempt = false
        if words.last == "@eigen" { exempt = true; words.removeLast() }
        guard !words.isEmpty else { throw FileProblem(file: file, line: number, message: "leeg patroon") }
        var tokens: [PatternToken] = []
        for word in words {
            if word.hasPrefix("@") {
                throw FileProblem(file: file, line: number, message: "onbekende optie '\(word)' (alleen '@eigen' aan het eind)")
            }
            if word.hasPrefix("...") {
                guard !tokens.isEmpty else {
                    throw FileProblem(file: file, line: number, message: "een patroon mag niet met '...' beginnen")
                }
                let digits = word.dropFirst(3)
                var gap = PatternToken(isGap: true)
                if !digits.isEmpty {
                    guard let length = Int(digits), (1...PatternToken.longestGap).contains(length) else {
                        throw FileProblem(file: file, line: number,
                                          message: "'\(word)': na '...' mag een getal van 1 tot \(PatternToken.longestGap) staan")
                    }
                    gap.gapLength = length
                }
                tokens.append(gap)
                continue
            }
            var token = PatternToken()
            var body = Substring(word)
            if body.hasPrefix("!") { token.negated = true; body = body.dropFirst() }
            for alternative in body.split(separator: "|", omittingEmptySubsequences: false).map(String.init) {
                let folded = DutchText.fold(alternative)
                if folded == "<inf>" { token.infinitive = true; continue }
                if folded == "<getal>" { token.number = true; continue }
                var coreSlice = Substring(folded)
                while coreSlice.first == "*" || coreSlice.first == "+" { coreSlice.removeFirst() }
                while coreSlice.last == "*" || coreSlice.last == "+" { coreSlice.removeLast() }
                let core = String(coreSlice)
                guard !core.isEmpty, core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" }) else {
                    throw FileProblem(file: file, line: number, message: "ongeldig woord '\(alternative)' in patroon '\(line)'")
                }
                if folded.hasSuffix("+") && !folded.hasPrefix("*") {
                    token.exact.formUnion(DutchText.adjectiveForms(core))
                } else if folded.hasSuffix("*") && folded.hasPrefix("*") {
                    throw FileProblem(file: file, line: number, message: "'\(alternative)': kies '*' voor of achter het woord, niet allebei")
                } else if folded.hasSuffix("*") {
                    guard core.count >= 3 else {
                        throw FileProblem(file: file, line: number, message: "'\(alternative)': een woordbegin met '*' moet minstens 3 letters hebben")
                    }
                    token.prefixes.append(core)
                } else if folded.hasPrefix("*") {
                    guard core.count >= 3 else {
                        throw FileProblem(file: file, line: number, message: "'\(alternative)': een woordeinde met '*' moet minstens 3 letters hebben")
                    }
                    token.suffixes.append(core)
                } else {
                    token.exact.insert(core)
                }
            }
            tokens.append(token)
        }
        if tokens.last?.isGap == true {
            throw FileProblem(file: file, line: number, message: "een patroon mag niet op '...' eindigen")
        }
        if tokens.first?.negated == true {
            throw FileProblem(file: file, line: number, message: "een patroon mag niet met '!' beginnen")
        }
        return CoachPattern(tokens: tokens, category: category, exemptForWorker: exempt, source: line)
    }
}

/// Small closed word classes the engine itself needs (not meant to be extended by a corporation).
enum DutchWords {
    static let firstPerson: Set<String> = ["ik", "me", "mij", "mezelf", "mijzelf", "we", "wij", "ons", "onszelf", "'k"]
    static let thirdPerson: Set<String> = [
        "hij", "zij", "ze", "haar", "hem", "hun", "hen", "zich", "zichzelf", "huurder", "huurster", "huurders",
        "bewoner", "bewoonster", "bewoners", "vrouw", "man", "meneer", "mevrouw", "kind", "kinderen", "kindje",
        "jongen", "meisje", "baby", "partner", "vriend", "vriendin", "moeder", "vader", "zoon", "dochter", "ouders",
        "gezin", "familie", "iedereen", "buren", "buurman", "buurvrouw", "hond", "kat", "opa", "oma", "tiener",
    ]
    /// Words that start a new clause: the subject before them does not carry over.
    static let clauseStarters: Set<String> = [
        "dat", "omdat", "want", "maar", "terwijl", "toen", "als", "zodat", "doordat", "nadat", "voordat", "en", "of",
        "die", "wie", "waardoor", "hoewel", "alsof", "tot", "totdat", "zodra",
    ]
    static let notInfinitives: Set<String> = [
        "mensen", "kinderen", "buren", "keren", "dagen", "weken", "jaren", "uren", "deuren", "ramen", "muren",
        "tegen", "boven", "beneden", "binnen", "buiten", "open", "even", "geen", "een", "zeven", "negen", "tien",
        "alleen", "meteen", "ergens", "volgens", "tussen", "sinds", "zonder", "haren", "ogen", "benen", "handen",
        "vrouwen", "mannen", "spullen", "flessen", "zakken", "plekken", "vlekken", "planten", "dieren", "kamers",
    ]

    static func isInfinitive(_ word: String) -> Bool {
        guard word.count >= 4, !notInfinitives.contains(word) else { return false }
        return word.hasSuffix("en") || word.hasSuffix("aan") || word.hasSuffix("oen") || word.hasSuffix("ien")
    }
}
