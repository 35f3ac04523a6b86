import Foundation

/// Who speaks, and what lies inside what they said. A speech verb ("zei", "vertelde", "gaf aan", "volgens …") opens
/// reported speech that runs to the end of the sentence, or to where the worker speaks again ("… maar ik zag").
/// The speaker is the nearest person before the verb in the sentence, else right after it ("zei mevrouw"):
/// - the worker himself ("ik zei tegen haar dat"): nothing changes;
/// - a record the program asks for (`<bron>`: the work order, the rent administration): no remark at all;
/// - someone not present (`<derden>`: neighbours, school, colleagues, "men", "ze zeggen"): hearsay stays one remark,
///   and the words inside are the source's, so they get no remark of their own;
/// - the person he was talking to (any other person): he heard it himself, an observation. The hearsay remark becomes
///   a tip to quote the words literally, and the words inside are hers, not his conclusion.
/// Silent: "mevrouw vertelde dat ze vannacht op de bank had geslapen", "mw zei dat ze bang is als hij thuiskomt".
/// Still a remark: "de overbuurvrouw zegt dat hij haar slaat" (hearsay).
struct ReportedSpeechRule: CoachRule {
    enum Speaker { case worker, record, absent, present }

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
        guard !frames.isEmpty else { return }
        var result: [RawFinding] = []
        for var item in context.findings {
            let category = context.category(item)
            if let frame = frames.first(where: { $0.frame.overlaps(item.start..<item.end) && $0.speaker != .worker }),
               category == .horenZeggen {
                switch frame.speaker {
                case .record: continue
                case .present:
                    item.level = .tip
                    item.tip = "tip-letterlijk"
                case .absent, .worker: break
                }
                result.append(item)
                continue
            }
            // A record's words are not reported speech: "volgens de planning: raam vernield door de zoon" keeps its remark.
            if let frame = frames.first(where: { $0.speaker != .worker && $0.speaker != .record
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
        for i in tokens.indices where isSpeech(i, context) {
            let sentence = context.sentence(of: i)
            guard let speaker = speaker(of: i, sentence: sentence, context) else { continue }
            var frameEnd = i + 1
            // "gaf aan dat", "zei tegen mij dat", "vertelde me dat": the frame runs to the "dat" or "of" nearby.
            var j = i + 1
            while j < min(sentence.upperBound, i + 5) {
                if ["dat", "of"].contains(tokens[j].folded) { frameEnd = j + 1; break }
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
                k += 1
            }
            let speakerStart = speaker.position ?? i
            frames.append(Frame(verb: i, speaker: speaker.kind, frame: min(speakerStart, i)..<max(frameEnd, speakerStart + 1),
                                scope: frameEnd..<max(frameEnd, scopeEnd)))
        }
        return frames
    }

    private func isSpeech(_ i: Int, _ context: CoachContext) -> Bool {
        let word = context.tokens[i].folded
        if word == "volgens" { return true }
        // An opinion ("vindt dat") is no report of words, and a verb of speech without "dat", "of" or ":" nearby
        // ("schreeuwt voortdurend", "zeggen nooit iets") reports nothing, unless the speaker follows it ("…, zegt zijn dochter").
        if context.isWord(i, of: "mening") { return false }
        let tokens = context.tokens
        let reports = (i + 1..<min(tokens.count, i + 5)).contains { ["dat", "of"].contains(tokens[$0].folded) && tokens[$0].sentence == tokens[i].sentence }
            || context.text.quoteFollows(tokens[i].end)
            || (i > 0 && tokens[i - 1].clause != tokens[i].clause && tokens[i - 1].sentence == tokens[i].sentence)
        if context.isWord(i, of: "spreken") { return reports }
        // "gaf aan", "geeft aan": the particle follows within two words.
        if ["gaf", "geeft", "gaven"].contains(word) {
            return (i + 1..<min(context.tokens.count, i + 4)).contains { context.tokens[$0].folded == "aan" }
        }
        return false
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
            if let kind = kind(of: j, verb: verb, context) { return (kind, j) }
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
        if DutchWords.firstPerson.contains(word) { return .worker }
        if context.isWord(j, of: "bron") { return .record }
        if context.isWord(j, of: "derden") { return .absent }
        // "ze zeggen", "zeggen ze": plural speech in the present is what people say.
        if ["ze", "zij"].contains(word), context.isWord(verb, of: "spreken-meervoud") { return .absent }
        if context.isWord(j, of: "persoon") || DutchWords.thirdPerson.contains(word) { return .present }
        return nil
    }
}
