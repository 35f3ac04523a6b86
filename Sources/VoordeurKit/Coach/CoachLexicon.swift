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
    /// `<naam>`: the words of word class `naam` (`[klasse naam]` in the word lists), merged in by `resolved`.
    var classes: [String] = []
    /// `<a><b>`: every word made of a word of class `a` followed by one of class `b` (`<partikel><deelwoord>`:
    /// "opengebroken", "kapotgetrapt"), expanded into `exact` by `resolved`.
    var compounds: [[String]] = []
    /// `...`: up to `gapLength` tokens (`...` is 3, `...6` is 6).
    var isGap = false
    var gapLength = 3

    /// `exact` as numbers of the pattern set's vocabulary, sorted (`PatternSet` fills it): the engine compares a text
    /// token's number instead of hashing its word once per candidate pattern.
    var ids: [Int32] = []

    static let defaultGap = 3
    static let longestGap = 8

    /// `matches(word)` for a token the pattern set numbered: `id` is the word's number, or -1 when no pattern knows it.
    /// Static on a pointer, reading field by field: a method call on the element copies the whole token (retaining
    /// its sets and arrays) for every candidate at every position.
    @inline(__always)
    static func matches(_ token: UnsafePointer<PatternToken>, _ word: String, id: Int32) -> Bool {
        var hit = id >= 0 && sortedContains(token.pointee.ids, id)
        if !hit && !token.pointee.prefixes.isEmpty { hit = token.pointee.prefixes.contains(where: { word.hasPrefix($0) }) }
        if !hit && !token.pointee.suffixes.isEmpty { hit = token.pointee.suffixes.contains(where: { word.hasSuffix($0) }) }
        if !hit && token.pointee.infinitive { hit = DutchWords.isInfinitive(word) }
        if !hit && token.pointee.number { hit = word.first?.isNumber == true }
        return token.pointee.negated ? !hit : hit
    }

    @inline(__always)
    static func sortedContains(_ list: [Int32], _ value: Int32) -> Bool {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == value
    }

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
    /// `@vraag`: only in a question or exclamation of the worker's own (the sentence ends in ? or !).
    var questionOnly = false
    /// `@tegenspraak`: only where the worker contradicts what someone just said ("mw zei dat ze gevallen was, maar
    /// haar vriend heeft haar geduwd"): the pattern starts at the contrast word right after reported speech.
    var contradictionOnly = false
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
    /// Word classes (`[klasse naam]`): person nouns, speech verbs, violence participles, …, used as `<naam>`.
    var classes: [String: PatternToken] = [:]
    /// Spelling as workers type it, mapped to the words the patterns know: `t = het`, `denkik = denk ik`.
    var normalisation: [String: [String]] = [:]
    /// Questions that follow the sense (`[zintuig geur]`): the words that point to it and the question.
    var senses: [(name: String, trigger: PatternToken, question: String)] = []
    /// Other texts (`[teksten]`), e.g. `al-beschreven`.
    var texts: [String: String] = [:]
    /// Neutral senses of words the coach would otherwise read as interpretation (`[betekenis NAAM]`).
    var neutralSenses: [NeutralSense] = []

    public static let defaultFileName = "coach.woorden"
    /// The grammar's data: word classes, normalisation, sense questions (`Assets/coach.grammatica`).
    public static let grammarFileName = "coach.grammatica"
    /// Broad everyday vocabulary per category, kept apart from the hand-tuned lists (`Assets/coach.woordenschat`).
    public static let vocabularyFileName = "coach.woordenschat"
    /// The neutral senses of ambiguous words, with the cues that decide them (`Assets/coach.betekenissen`).
    public static let sensesFileName = "coach.betekenissen"

    public static func defaultLexicon() -> CoachLexicon {
        guard let text = EmbeddedAssets.files[defaultFileName], let grammar = EmbeddedAssets.files[grammarFileName],
              let vocabulary = EmbeddedAssets.files[vocabularyFileName], let senses = EmbeddedAssets.files[sensesFileName] else {
            preconditionFailure("coach word lists not embedded")
        }
        do {
            var lexicon = try parse(text, source: "ingebouwde woordenlijst")
            try lexicon.extend(with: grammar, source: "ingebouwde grammatica")
            try lexicon.extend(with: vocabulary, source: "ingebouwde woordenschat")
            try lexicon.extend(with: senses, source: "ingebouwde betekenissen")
            try lexicon.validate(source: "ingebouwde woordenlijst")
            return lexicon
        } catch {
            preconditionFailure("the embedded coach word lists are broken: \(error)")
        }
    }

    /// The default lists, extended with `file` when given.
    public static func load(extraFile file: URL?) throws -> CoachLexicon {
        var lexicon = defaultLexicon()
        guard let file else { return lexicon }
        let text = try KeyValueDocument.readText(file)
        try lexicon.extend(with: text, source: file.path)
        try lexicon.validate(source: file.path)
        return lexicon
    }

    /// Every `<naam>` in a pattern names a word class that exists.
    public func validate(source: String) throws {
        let all = patterns + exceptions + anchors + neutralSenses.map { CoachPattern(tokens: [$0.words, $0.cues, $0.unless], category: nil, exemptForWorker: false, source: "[betekenis \($0.name)]") }
        for pattern in all {
            for token in pattern.tokens {
                for name in token.classes + token.compounds.joined() where classes[name] == nil && name != "inf" && name != "getal" {
                    throw FileProblem(file: source, line: nil, message: "patroon '\(pattern.source)' noemt onbekende klasse <\(name)>")
                }
            }
        }
        for (owner, token) in classes.sorted(by: { $0.key < $1.key }) {
            for name in token.classes + token.compounds.joined() where classes[name] == nil && name != "inf" && name != "getal" {
                throw FileProblem(file: source, line: nil, message: "klasse <\(owner)> noemt onbekende klasse <\(name)>")
            }
        }
    }

    /// `tokens` with each `<naam>` replaced by the words of that class.
    func resolved(_ tokens: [PatternToken]) -> [PatternToken] {
        tokens.map { token in
            guard !token.classes.isEmpty || !token.compounds.isEmpty else { return token }
            var merged = token
            for compound in token.compounds { merged.exact.formUnion(expanded(compound)) }
            for name in classNames(token.classes) {
                guard let word = classes[name] else { continue }
                merged.exact.formUnion(word.exact)
                for compound in word.compounds { merged.exact.formUnion(expanded(compound)) }
                merged.prefixes += word.prefixes
                merged.suffixes += word.suffixes
                merged.number = merged.number || word.number
                merged.infinitive = merged.infinitive || word.infinitive
            }
            merged.classes = []
            merged.compounds = []
            return merged
        }
    }

    /// The classes named, with the classes they name in turn (`<letsel>` holds `<slaan>`), each once.
    func classNames(_ names: [String]) -> [String] {
        var result: [String] = []
        var pending = names
        while let name = pending.popLast() {
            guard !result.contains(name) else { continue }
            result.append(name)
            pending += classes[name]?.classes ?? []
        }
        return result
    }

    /// The words of a compound `<a><b>…`: each exact word of `a` followed by each of `b`, and so on.
    func expanded(_ compound: [String]) -> Set<String> {
        var words: Set<String> = [""]
        for name in compound {
            guard let part = classes[name] else { return [] }
            var partWords = part.exact
            for inner in classNames(part.classes) { partWords.formUnion(classes[inner]?.exact ?? []) }
            words = Set(words.flatMap { head in partWords.map { head + $0 } })
        }
        return words
    }

    func resolved(_ pattern: CoachPattern) -> CoachPattern {
        var copy = pattern
        copy.tokens = resolved(pattern.tokens)
        return copy
    }

    /// The word class `name`, resolved; an empty class when it is not defined.
    func wordClass(_ name: String) -> PatternToken {
        guard let token = classes[name] else { return PatternToken() }
        return resolved([token])[0]
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
            case "klasse":
                guard section.header.count == 2, section.entries.isEmpty else {
                    throw FileProblem(file: source, line: section.line, message: "[klasse NAAM] bevat alleen woorden, één of meer per regel")
                }
                var token = classes[section.header[1]] ?? PatternToken()
                for line in section.bareLines {
                    for word in line.value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                        let compiled = try Self.compile(String(word), category: nil, file: source, line: line.line).tokens[0]
                        guard !compiled.negated, !compiled.isGap else {
                            throw FileProblem(file: source, line: line.line, message: "'\(word)': een klasse bevat alleen woorden")
                        }
                        token.exact.formUnion(compiled.exact)
                        token.prefixes += compiled.prefixes
                        token.suffixes += compiled.suffixes
                        token.classes += compiled.classes
                        token.compounds += compiled.compounds
                        token.number = token.number || compiled.number
                        token.infinitive = token.infinitive || compiled.infinitive
                    }
                }
                classes[section.header[1]] = token
            case "normalisatie":
                for line in section.entries.map({ ($0.key + " = " + $0.value, $0.line) }) + section.bareLines.map({ ($0.value, $0.line) }) {
                    let parts = line.0.split(separator: "=", maxSplits: 1).map { DutchText.fold(KeyValueDocument.trim($0)) }
                    guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains(" "), !parts[1].isEmpty else {
                        throw FileProblem(file: source, line: line.1, message: "verwacht 'zo getypt = zo bedoeld', bijvoorbeeld 't = het'")
                    }
                    normalisation[parts[0]] = parts[1].split(separator: " ").map(String.init)
                }
            case "zintuig":
                guard section.header.count == 2, let question = section.value("vraag") else {
                    throw FileProblem(file: source, line: section.line, message: "[zintuig NAAM] heeft 'vraag = …' en woorden")
                }
                var trigger = PatternToken()
                for line in section.bareLines {
                    for word in line.value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                        let compiled = try Self.compile(String(word), category: nil, file: source, line: line.line).tokens[0]
                        trigger.exact.formUnion(compiled.exact)
                        trigger.prefixes += compiled.prefixes
                        trigger.suffixes += compiled.suffixes
                        trigger.classes += compiled.classes
                    }
                }
                senses.removeAll { $0.name == section.header[1] }
                senses.append((section.header[1], trigger, question))
            case "teksten":
                for entry in section.entries { texts[entry.key] = entry.value }
            case "betekenis":
                guard section.header.count == 2, section.bareLines.isEmpty else {
                    throw FileProblem(file: source, line: section.line, message: "[betekenis NAAM] heeft 'woorden = …', 'aanwijzing = …' en eventueel 'tenzij = …' en 'bereik = zinsdeel|zin'")
                }
                var sense = NeutralSense(name: section.header[1])
                for entry in section.entries {
                    switch entry.key {
                    case "woorden": sense.words = try Self.wordSet(entry.value, file: source, line: entry.line)
                    case "aanwijzing": sense.cues = try Self.wordSet(entry.value, file: source, line: entry.line)
                    case "tenzij": sense.unless = try Self.wordSet(entry.value, file: source, line: entry.line)
                    case "bereik":
                        guard let scope = NeutralSense.Scope(rawValue: entry.value) else {
                            throw FileProblem(file: source, line: entry.line, message: "bereik is 'zinsdeel' of 'zin', niet '\(entry.value)'")
                        }
                        sense.scope = scope
                    default:
                        throw FileProblem(file: source, line: entry.line, message: "onbekende sleutel '\(entry.key)' (toegestaan: woorden, aanwijzing, tenzij, bereik)")
                    }
                }
                guard !sense.words.exact.isEmpty || !sense.words.prefixes.isEmpty || !sense.words.classes.isEmpty,
                      !sense.cues.exact.isEmpty || !sense.cues.classes.isEmpty || sense.cues.number || !sense.cues.prefixes.isEmpty else {
                    throw FileProblem(file: source, line: section.line, message: "[betekenis \(section.header[1])] mist 'woorden = …' of 'aanwijzing = …'")
                }
                neutralSenses.removeAll { $0.name == sense.name }
                neutralSenses.append(sense)
            default:
                throw FileProblem(file: source, line: section.line,
                                  message: "onbekende kop '[\(section.header[0])]'; verwacht [categorie …], [uitzonderingen], [waarneming], [klasse …], [normalisatie], [zintuig …], [betekenis …] of [teksten]")
            }
        }
    }

    /// Words separated by spaces (each a word, `a|b`, `woord*`, `<klasse>` or `<getal>`) as one token that matches any.
    static func wordSet(_ value: String, file: String, line: Int) throws -> PatternToken {
        var token = PatternToken()
        for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let compiled = try compile(String(word), category: nil, file: file, line: line).tokens[0]
            guard !compiled.negated, !compiled.isGap else {
                throw FileProblem(file: file, line: line, message: "'\(word)': hier staan alleen woorden")
            }
            token.exact.formUnion(compiled.exact)
            token.prefixes += compiled.prefixes
            token.suffixes += compiled.suffixes
            token.classes += compiled.classes
            token.compounds += compiled.compounds
            token.number = token.number || compiled.number
            token.infinitive = token.infinitive || compiled.infinitive
        }
        return token
    }

    /// Words that cannot stand alone as a finding but open a phrase ("met opzet", "in paniek").
    static let phraseOpeners: Set<String> = [
        "met", "de", "het", "een", "in", "op", "aan", "van", "te", "om", "uit", "door", "voor", "bij", "tot", "naar",
        "over", "zo", "heel", "erg", "niet", "geen", "mijn", "ons", "onze", "zijn", "haar", "hun", "die", "dit", "dat",
        "deze", "er", "ten", "ter", "als",
    ]
    /// Other closed-class words: a list of only these and phrase openers is meant as positions ("van hem|haar mag").
    static let closedClass: Set<String> = phraseOpeners.union([
        "z'n", "d'r", "hem", "hen", "ze", "zij", "hij", "me", "mij", "je", "jij", "jou", "is", "was", "waren", "wordt",
        "worden", "werd", "werden", "heeft", "had", "hebben", "zou", "zal", "kan", "wel", "al", "eigen", "vanwege", "zich",
    ])

    /// The pitfall of the syntax: words separated by a space are positions, so `expres|opzettelijk|met opzet` reads as
    /// "expres opzet", "opzettelijk opzet" or "met opzet", never "expres" alone. An alternative list whose last word
    /// opens a phrase while another is a content word is almost always that mistake: the phrase needs its own line.
    /// Where the positions are meant ("klopt er|iets niet"), the opener goes first.
    static func checkPhraseAlternative(_ word: String, next: String?, line: String, file: String, number: Int) throws {
        guard next != nil, !word.hasPrefix("!"), word.contains("|") else { return }
        let alternatives = word.split(separator: "|").map { DutchText.fold(String($0)) }
        guard let last = alternatives.last, phraseOpeners.contains(last),
              let whole = alternatives.dropLast().first(where: { !closedClass.contains($0) && !$0.hasPrefix("<") }) else { return }
        throw FileProblem(file: file, line: number, message: "'\(word)' in '\(line)': een spatie scheidt posities, dus dit leest als "
                            + "'\(whole) \(next!)', niet als '\(whole)' alleen; zet '\(last) \(next!)' op een eigen regel")
    }

    /// Compiles one line of the word lists.
    static func compile(_ line: String, category: CoachCategory?, file: String, line number: Int) throws -> CoachPattern {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var exempt = false
        var questionOnly = false
        var contradictionOnly = false
        while let option = words.last, ["@eigen", "@vraag", "@tegenspraak"].contains(option) {
            switch option {
            case "@eigen": exempt = true
            case "@vraag": questionOnly = true
            default: contradictionOnly = true
            }
            words.removeLast()
        }
        guard !words.isEmpty else { throw FileProblem(file: file, line: number, message: "leeg patroon") }
        var tokens: [PatternToken] = []
        for (position, word) in words.enumerated() {
            if word.hasPrefix("@") {
                throw FileProblem(file: file, line: number, message: "onbekende optie '\(word)' (alleen '@eigen', '@vraag' of '@tegenspraak' aan het eind)")
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
            try Self.checkPhraseAlternative(word, next: position + 1 < words.count ? words[position + 1] : nil, line: line,
                                            file: file, number: number)
            var token = PatternToken()
            var body = Substring(word)
            if body.hasPrefix("!") { token.negated = true; body = body.dropFirst() }
            for alternative in body.split(separator: "|", omittingEmptySubsequences: false).map(String.init) {
                let folded = DutchText.fold(alternative)
                if folded == "<inf>" { token.infinitive = true; continue }
                if folded == "<getal>" { token.number = true; continue }
                if folded.hasPrefix("<") && folded.hasSuffix(">") && folded.count > 2 {
                    let names = folded.dropFirst().dropLast().components(separatedBy: "><")
                    guard !names.contains(where: \.isEmpty) else {
                        throw FileProblem(file: file, line: number, message: "ongeldige klasse '\(alternative)' in patroon '\(line)'")
                    }
                    if names.count == 1 { token.classes.append(names[0]) } else { token.compounds.append(names) }
                    continue
                }
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
        return CoachPattern(tokens: tokens, category: category, exemptForWorker: exempt, questionOnly: questionOnly,
                            contradictionOnly: contradictionOnly, source: line)
    }
}

/// Small closed word classes the engine itself needs (not meant to be extended by a corporation).
enum DutchWords {
    static let firstPerson: Set<String> = ["ik", "me", "mij", "mezelf", "mijzelf", "we", "wij", "ons", "onszelf", "'k"]
    /// The worker as the subject of a clause: not "me" or "mij", which are objects ("hield me aan en zei dat").
    static let firstPersonSubject: Set<String> = ["ik", "we", "wij", "'k"]
    /// His own: "mijn hart ging tekeer", "mijn gevoel zei me dat".
    static let firstPersonPossessive: Set<String> = ["mijn", "mn", "m'n"]
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
