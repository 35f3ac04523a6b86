import Foundation

/// Who speaks, and what lies inside what they said. A speech verb ("zei", "vertelde", "gaf aan", "volgens …") opens
/// reported speech that runs to the end of the sentence, or to where the worker speaks again ("… maar ik zag") or
/// contradicts it ("…, maar haar vriend heeft haar geduwd": patterns marked `@tegenspraak` count only there).
/// The speaker is the nearest person before the verb in the sentence, else right after it ("zei mevrouw"):
/// - the worker himself ("ik zei tegen haar dat", "mijn gevoel zei me dat"): no hearsay;
/// - a record the program asks for (`<bron>`: the work order, the rent administration): no remark at all, and what
///   it says, up to the next comma, is the record's;
/// - someone not present (`<derden>`: neighbours, school, colleagues, "men", "ze zeggen"): hearsay stays one remark,
///   and the words inside are the source's, so they get no remark of their own;
/// - the person he was talking to (any other person): he heard it himself, an observation. The hearsay remark becomes
///   a tip to quote the words literally, and the words inside are hers, not his conclusion.
/// Silent: "mevrouw vertelde dat ze vannacht op de bank had geslapen", "mw zei dat ze bang is als hij thuiskomt".
/// Still a remark: "de overbuurvrouw zegt dat hij haar slaat" (hearsay).
struct ReportedSpeechRule: CoachRule {
    private static let titles: Set<String> = ["mw", "mevr", "mvr", "mevrouw", "dhr", "mr", "meneer", "mijnheer"]
    enum Speaker { case worker, record, absent, present }

    /// How far after the verb its "dat" may stand: "vertelde me in de keuken dat", "zei toen ik de kast dichtdeed dat".
    static let frameReach = 10
    /// Verbs of speech whose particle stands apart in a main clause, with the particles that make them speech.
    private static let separableSpeech: [String: Set<String>] = [
        "gaf": ["aan", "toe", "door"], "geeft": ["aan", "toe", "door"], "gaven": ["aan", "toe", "door"],
        "geven": ["aan", "toe", "door"],
        "legde": ["uit"], "legt": ["uit"], "legden": ["uit"], "leggen": ["uit"],
        "biechtte": ["op"], "biecht": ["op"], "deed": ["verslag"], "doet": ["verslag"],
    ]
    /// Verbs right after "dat" that make it a pronoun: "dat is altijd zo", "dat klopt".
    private static let finiteAfterPronoun: Set<String> = ["is", "was", "waren", "klopt", "klopte", "gebeurt",
                                                          "gebeurde", "komt", "kwam", "doet", "deed", "heb", "had", "hoor"]
    /// Words with which the worker comments on what was said: "…, maar dat is onzin".
    /// Words that say the speaker was not in the room with the worker.
    private static let remote: Set<String> = ["belde", "gebeld", "appte", "geappt", "mailde", "gemaild",
                                              "whatsapp", "whatsappte", "sms", "smste", "telefonisch"]
    /// Finite verbs that may stand before the subject after a contrast word: "alleen laat haar broer …".
    private static let finiteFirst: Set<String> = ["heeft", "had", "hebben", "hadden", "laat", "liet", "is", "was"]
    /// Verbs with which a record says something: "op de werkorder staat dat".
    private static let written: Set<String> = ["staat", "stond", "stonden", "staan"]
    private static let contrastSubject: Set<String> = ["hij", "ze", "zij", "die", "er", "het", "ie"]
    /// Contrast words that only end what was said before a person named anew ("terwijl" also means "while").
    private static let contrast: Set<String> = ["terwijl", "echter", "alleen"]
    /// Person words that are no subject: "maar haar arm", "maar hem zag ik niet".
    private static let objectPronouns: Set<String> = ["haar", "hem", "hun", "hen", "ze", "zij", "hij", "ie"]
    private static let determiners: Set<String> = ["de", "die", "zijn", "haar", "hun", "d'r", "z'n", "zn", "een"]
    private static let comment: Set<String> = ["is", "was", "klopt", "klopte", "lijkt", "leek", "kan", "geloof"]

    struct Frame {
        var verb: Int
        var speaker: Speaker
        /// Token range of the speaker and the verb (and a "dat" or "aan" right after it).
        var frame: Range<Int>
        /// Token range of what was said.
        var scope: Range<Int>
    }

    func apply(to context: inout CoachContext) {
        let frames = self.frames(in: context)
        // A contradiction needs the words it contradicts, spoken by someone else, right before it.
        context.drop { context, item in
            context.patterns.patterns[item.pattern].contradictionOnly
                && !frames.contains { $0.speaker != .worker && $0.scope.upperBound == item.start
                                      && context.tokens[$0.verb].sentence == context.tokens[item.start].sentence }
        }
        guard !frames.isEmpty else { return }
        var result: [RawFinding] = []
        for var item in context.findings {
            let category = context.category(item)
            if let frame = frames.first(where: { $0.frame.overlaps(item.start..<item.end) }), category == .horenZeggen {
                switch frame.speaker {
                // What the worker said, or what his own feeling "told" him, is no one else's information.
                case .worker, .record: continue
                case .present:
                    item.level = .tip
                    item.tip = "tip-letterlijk"
                case .absent: break
                }
                result.append(item)
                continue
            }
            // What a record says is the record's, named as its source: "volgens werkbon ingetrapt" is what the work
            // order says, for the consulent to weigh, not the worker's conclusion.
            if let frame = frames.first(where: { $0.speaker != .worker
                                                 && $0.scope.lowerBound <= item.start && item.end <= $0.scope.upperBound }) {
                // The speaker's own words. Third-party speech keeps its hearsay remark, which the frame carries.
                if frame.speaker == .absent, category == .horenZeggen { result.append(item) }
                continue
            }
            result.append(item)
        }
        context.findings = result
    }

    func frames(in context: CoachContext) -> [Frame] {
        let tokens = context.tokens
        var frames: [Frame] = []
        // Each class is looked up once, not once per token.
        let speaking = context.grammar["spreken"], opinion = context.grammar["mening"], asking = context.grammar["vraag"]
        for i in tokens.indices where isSpeech(i, context, speaking: speaking, opinion: opinion, asking: asking) {
            let sentence = context.sentence(of: i)
            guard let speaker = speaker(of: i, sentence: sentence, context) else { continue }
            // A question is reported speech only from the person present: "mw vroeg of ik het slot kon vervangen
            // zodat haar ex er niet meer in kan" is her request. A neighbour's question still carries what he claims.
            if context.isWord(i, of: "vraag"), speaker.kind != .present { continue }
            var frameEnd = i + 1
            // "gaf aan dat", "zei tegen mij dat", "vertelde me dat": the frame runs to the "dat" or "of" nearby.
            // "volgens de werkbon …" has no "dat": what follows the source is what it says.
            var j = i + 1
            var opening: Int?
            if tokens[i].folded == "volgens", let position = speaker.position { frameEnd = position + 1; j = sentence.upperBound }
            while j < min(sentence.upperBound, i + Self.frameReach) {
                if isComplementiser(j, context) { frameEnd = j + 1; opening = j; break }
                j += 1
            }
            var scopeEnd = sentence.upperBound
            // The worker speaks again: "… en ik zag", "maar ik denk".
            var k = frameEnd
            while k < sentence.upperBound {
                if DutchWords.firstPerson.contains(tokens[k].folded), k > frameEnd,
                   ["en", "maar", "want", "toen", "terwijl", "daarna"].contains(tokens[k - 1].folded) {
                    scopeEnd = k - 1
                    break
                }
                // "… maar hij slaat haar gewoon": after "maar" a new subject is the worker contradicting the words.
                // A person named anew does the same, also after "terwijl", "echter", "alleen": "…, maar moeder heeft
                // hem geknepen", "terwijl oom hem tegen de deur heeft geduwd".
                // With the verb first the person follows it: "echter heeft haar ex de deur ingetrapt".
                if k > frameEnd, tokens[k - 1].folded == "maar" && isContrastSubject(k, context)
                    || (tokens[k - 1].folded == "maar" || Self.contrast.contains(tokens[k - 1].folded))
                        && (isNamedPerson(k, context) || k + 1 < sentence.upperBound && isNamedPerson(k + 1, context)
                            && Self.finiteFirst.contains(tokens[k].folded)) {
                    scopeEnd = k - 1
                    break
                }
                // "…, maar dat is onzin": a comment on the words, in the worker's voice.
                // "…, dat is niet waar": after a comma the same comment is the worker's too.
                if k > frameEnd, k + 1 < sentence.upperBound,
                   ["maar", "en"].contains(tokens[k - 1].folded) || tokens[k - 1].clause != tokens[k].clause,
                   ["dat", "dit", "wat"].contains(tokens[k].folded), Self.comment.contains(tokens[k + 1].folded) {
                    scopeEnd = k - 1
                    break
                }
                k += 1
            }
            // A record speaks only in its own clause, the one its "dat" opens, or the one its colon opens: "volgens
            // werkbon ingetrapt", "op de werkorder staat dat …", "volgens de planning: raam vernield"; not past a
            // bracket ("meneer (86 volgens de werkorder) is …").
            if speaker.kind == .record {
                var end = (opening ?? i) + 1
                // To the next comma or bracket; past a colon, which opens what the record says.
                while end < sentence.upperBound {
                    let between = context.text.characters[tokens[end - 1].end..<tokens[end].start]
                    if between.contains(where: { ",()".contains($0) }) { break }
                    end += 1
                }
                scopeEnd = min(scopeEnd, end)
            }
            let speakerStart = speaker.position ?? i
            frames.append(Frame(verb: i, speaker: speaker.kind, frame: min(speakerStart, i)..<max(frameEnd, speakerStart + 1),
                                scope: frameEnd..<max(frameEnd, scopeEnd)))
        }
        return frames
    }

    /// A pronoun, or a person word with or without its article, right after "maar".
    private func isContrastSubject(_ k: Int, _ context: CoachContext) -> Bool {
        Self.contrastSubject.contains(context.tokens[k].folded) || isNamedPerson(k, context)
    }

    /// A person word with or without its article and one word before it: "oom", "die man", "de nieuwe vriend".
    private func isNamedPerson(_ k: Int, _ context: CoachContext) -> Bool {
        let tokens = context.tokens
        if context.isWord(k, of: "persoon"), !Self.objectPronouns.contains(tokens[k].folded) { return true }
        guard Self.determiners.contains(tokens[k].folded) else { return false }
        return (k + 1...k + 2).contains { $0 < tokens.count && tokens[$0].sentence == tokens[k].sentence
                                          && context.isWord($0, of: "persoon") && !Self.objectPronouns.contains(tokens[$0].folded) }
    }

    /// "dat" or "of" that opens what was said; not the pronoun of "…, dat is altijd zo".
    private func isComplementiser(_ j: Int, _ context: CoachContext) -> Bool {
        let tokens = context.tokens
        guard ["dat", "of"].contains(tokens[j].folded) else { return false }
        guard j + 1 < tokens.count, tokens[j + 1].sentence == tokens[j].sentence else { return true }
        return !Self.finiteAfterPronoun.contains(tokens[j + 1].folded)
    }

    private func isSpeech(_ i: Int, _ context: CoachContext, speaking: PatternToken, opinion: PatternToken,
                          asking: PatternToken) -> Bool {
        let tokens = context.tokens
        let word = tokens[i].folded
        if word == "volgens" { return true }
        // What a record says: "op de melding staat dat", "in de planning stond dat".
        if Self.written.contains(word) {
            let clause = context.clause(of: i)
            return clause.contains { context.isWord($0, of: "bron") }
                && (i + 1..<min(tokens.count, i + 4)).contains { tokens[$0].sentence == tokens[i].sentence && isComplementiser($0, context) }
        }
        // Separable verbs of speech ("gaf aan", "gaf toe", "legde uit"): the particle follows within three words.
        if let particles = Self.separableSpeech[word],
           (i + 1..<min(tokens.count, i + 4)).contains(where: { particles.contains(tokens[$0].folded) }) {
            return true
        }
        // Every token passes here on every keystroke: the cheap test first.
        guard asking.matches(word) || speaking.matches(word) else { return false }
        // "van horen zeggen" is the idiom for hearsay, not a report of the worker's own words.
        if word == "zeggen", i > 0, tokens[i - 1].folded == "horen" { return false }
        // An opinion ("vindt dat") is no report of words, and a verb of speech without "dat", "of" or ":" nearby
        // ("schreeuwt voortdurend", "zeggen nooit iets") reports nothing, unless the speaker follows it ("…, zegt zijn dochter").
        if opinion.matches(word) { return false }
        return (i + 1..<min(tokens.count, i + Self.frameReach)).contains { tokens[$0].sentence == tokens[i].sentence && isComplementiser($0, context) }
            || context.text.quoteFollows(tokens[i].end)
            || (i > 0 && tokens[i - 1].clause != tokens[i].clause && tokens[i - 1].sentence == tokens[i].sentence)
    }


    private func speaker(of verb: Int, sentence: Range<Int>, _ context: CoachContext) -> (kind: Speaker, position: Int?)? {
        let tokens = context.tokens
        if tokens[verb].folded == "volgens" {
            guard verb + 1 < sentence.upperBound else { return nil }
            for j in (verb + 1)..<min(sentence.upperBound, verb + 4) {
                if let kind = kind(of: j, verb: verb, context) { return (kind, j) }
            }
            return nil
        }
        // "er wordt gezegd dat", "in de flat werd verteld dat": no one in particular, so not the person present.
        if verb > sentence.lowerBound, ["wordt", "werd", "worden", "werden"].contains(tokens[verb - 1].folded) {
            return (.absent, nil)
        }
        // After the words, the speaker follows the verb: "…, zegt zijn dochter", "zei de huismeester".
        var after = verb + 1
        while after < sentence.upperBound, ["de", "het", "een", "zijn", "haar", "mijn", "hun", "d'r", "die"].contains(tokens[after].folded) {
            after += 1
        }
        if after > verb + 1 || (after < sentence.upperBound && tokens[after].clause == tokens[verb].clause && verb > sentence.lowerBound
                                && tokens[verb - 1].clause != tokens[verb].clause),
           after < sentence.upperBound, let kind = kind(of: after, verb: verb, context), kind != .worker {
            return (kind, after)
        }
        var j = verb - 1
        while j >= sentence.lowerBound {
            // Another verb of speaking or asking before this one has its own subject: "toen ik vroeg antwoordde mw dat".
            if context.isWord(j, of: "vraag") || context.isWord(j, of: "spreken") { break }
            // "toen ik de kraan verving en vertelde de buurvrouw dat": the worker of an earlier clause is not the speaker.
            if let kind = kind(of: j, verb: verb, context), kind != .worker || tokens[j].clause == tokens[verb].clause {
                return (kind, j)
            }
            j -= 1
        }
        // Inversion: "zei mevrouw", "vertelde ze", "zegt de buurvrouw".
        for j in (verb + 1)..<min(sentence.upperBound, verb + 4) {
            if let kind = kind(of: j, verb: verb, context) { return (kind, j) }
        }
        return nil
    }

    private func kind(of j: Int, verb: Int, _ context: CoachContext) -> Speaker? {
        let word = context.tokens[j].folded
        // The worker as subject; "me", "mij" and "ons" are objects ("hield me aan en zei dat"): the speaker is another.
        if DutchWords.firstPersonSubject.contains(word) || DutchWords.firstPersonPossessive.contains(word) { return .worker }
        if DutchWords.firstPerson.contains(word) { return context.tokens[verb].folded == "volgens" ? .worker : nil }
        if context.isWord(j, of: "bron") { return .record }
        if context.isWord(j, of: "derden") { return .absent }
        // "ze zeggen", "zeggen ze": plural speech in the present is what people say.
        if ["ze", "zij"].contains(word), context.isWord(verb, of: "spreken-meervoud") { return .absent }
        if context.isWord(j, of: "persoon") || DutchWords.thirdPerson.contains(word) {
            let tokens = context.tokens
            let sentence = context.sentence(of: j)
            // Someone who phoned or wrote was not there: "de schoonmoeder belde en vertelde mij dat".
            if (sentence.lowerBound..<verb).contains(where: { Self.remote.contains(tokens[$0].folded) }) { return .absent }
            // A neighbour by where he lives: "huurder van 2 hoog", "de buurvrouw van nr 14". A bare title is how notes
            // name the tenant visited ("mw van nr 20 zei dat"); "de mevrouw van nr 14" is someone else.
            let tenantTitle = Self.titles.contains(word) && (j == 0 || !["de", "die", "een", "het"].contains(tokens[j - 1].folded))
            if !tenantTitle, j + 2 < sentence.upperBound, tokens[j + 1].folded == "van" {
                let next = tokens[j + 2].folded
                let floor = next.first?.isNumber == true && j + 3 < sentence.upperBound && tokens[j + 3].folded == "hoog"
                if floor || ["nr", "nummer", "hiernaast", "hierboven", "hieronder", "beneden", "boven"].contains(next) { return .absent }
            }
            // The whole sentence is a source's report: "opzichter: huurder klaagt dat".
            if (sentence.lowerBound..<j).contains(where: { context.isWord($0, of: "derden") && context.text.characters.indices.contains(tokens[$0].end)
                                                               && context.text.characters[tokens[$0].end] == ":" }) {
                return .absent
            }
            return .present
        }
        return nil
    }
}
