import Foundation
import VoordeurFormats

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
    private let grammar: CoachGrammar
    /// Tip texts (`tip-…` in `[teksten]`), each explanation and question cut at `{woord}`.
    private let tipTexts: [String: (explanation: [Substring], question: [Substring])]
    private let normaliser: Normaliser
    private let cardWords: CardWords

    /// `card`: the signalenkaart in use; its signal words get a tip with the signal's question instead of a remark.
    public init(lexicon: CoachLexicon = .defaultLexicon(), speller: Speller? = .shared,
                spelling: CoachSpelling = .automatic, card: Signalenkaart? = CardLoader.defaultCard()) {
        cardWords = CardWords(card: card)
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
        grammar = CoachGrammar(lexicon)
        var tips: [String: (explanation: [Substring], question: [Substring])] = [:]
        for (key, value) in lexicon.texts where key.hasPrefix("tip-") && !key.hasSuffix("-vraag") {
            tips[key] = (value.split(separator: "{woord}", omittingEmptySubsequences: false),
                         (lexicon.texts[key + "-vraag"] ?? "").split(separator: "{woord}", omittingEmptySubsequences: false))
        }
        tipTexts = tips
        var help: SpellingHelp?
        if let speller, spelling != .off {
            help = SpellingHelp(speller: speller, waits: spelling == .waitForDictionary, findings: findings)
            // `.whenReady` loads the dictionary on first need (or when the program starts it after its first frame),
            // so building a coach never competes with the first frame.
        }
        normaliser = Normaliser(map: lexicon.normalisation, vocabulary: help?.vocabulary ?? SpellingHelp.vocabulary(of: findings),
                                spelling: help)
    }

    /// The rules that weigh the patterns' findings, in order. Each is one type in `Coach/Rules/`, named after what it
    /// decides; the order matters where one rule's result is another's input (nested findings are merged last).
    static let rules: [any CoachRule] = [
        ExceptionPhraseRule(),
        LiteralQuoteRule(),
        RhetoricalQuestionRule(),
        ReportedSpeechRule(),
        ConditionalWouldRule(),
        WitnessedActRule(),
        OwnExperienceRule(),
        CountedFrequencyRule(),
        PracticalMatterRule(),
        NeutralSenseRule(),
        IntactAdjectiveRule(),
        CardWordRule(),
        NestedFindingRule(),
    ]

    /// Analyses one text.
    public func analyse(_ text: String) -> CoachReport {
        var tokenised = Tokenised(text)
        tokenised.normalise(normaliser)
        tokenised.number(with: index.vocabulary)
        let tokens = tokenised.tokens
        var raw: [RawFinding] = []
        var exceptionSpans: [Range<Int>] = []
        var anchored = tokenised.hasQuote
        var fixed: [Int] = []
        fixed.reserveCapacity(8)
        for position in tokens.indices {
            if !anchored && (observation.matches(tokens[position].folded) || tokens[position].folded.first?.isNumber == true) {
                anchored = true
            }
            index.forEachCandidate(of: tokens[position].folded, id: tokenised.ids[position]) { entry in
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
                    raw.append(RawFinding(start: position, end: end, pattern: entry, fixed: fixed))
                }
            }
        }
        var context = CoachContext(text: tokenised, patterns: index, grammar: grammar, cardWords: cardWords, findings: raw,
                                   exceptionSpans: exceptionSpans)
        if !raw.isEmpty {
            for rule in Self.rules { rule.apply(to: &context) }
        }
        let kept = context.findings
        var findings: [CoachFinding] = []
        var tips: [CoachFinding] = []
        for item in kept {
            let category = index.patterns[item.pattern].category ?? .vaag
            let start = tokens[item.start].start
            let end = tokens[item.end - 1].end
            let match = String(tokenised.characters[start..<end])
            if item.level == .tip {
                let texts = item.tip.flatMap { tipTexts[$0] }
                var explanation = (texts?.explanation ?? []).joined(separator: match)
                var question = (texts?.question ?? []).joined(separator: match)
                if let signal = item.cardSignal {
                    explanation = explanation.replacingOccurrences(of: "{signaal}", with: signal.text)
                    question = signal.hint
                }
                tips.append(CoachFinding(category: category, level: .tip, start: start, end: end, match: match,
                                         explanation: explanation, question: question))
                continue
            }
            var explanation = (explanations[category] ?? []).joined(separator: match)
            var question = (questions[category] ?? []).joined(separator: match)
            if category == .oordeel, !alreadyDescribed.isEmpty,
               let observed = observationAfter(item, in: tokenised, findings: kept) {
                explanation = alreadyDescribed.map { $0.joined(separator: observed) }.joined(separator: match)
            }
            if category == .vaag || category == .oordeel, let sense = sense(of: item, in: tokenised) {
                question = sense.joined(separator: match)
            }
            findings.append(CoachFinding(category: category, start: start, end: end, match: match,
                                         explanation: explanation, question: question))
        }
        // What someone said to him, he heard: that is a sense already.
        return CoachReport(text: text, findings: findings, tips: tips, hasSensoryAnchor: anchored || !tips.isEmpty)
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

