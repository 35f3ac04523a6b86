import Foundation

/// A question in the worker's own voice is a judgement when it is rhetorical: in a note of what he saw, a direct
/// question about what someone does ("wie laat er nou een baby alleen!", "wat voor moeder doet dat?") states his view,
/// not an observation. Patterns marked `@vraag` count only in a sentence that ends in "?" or "!" and that is not a
/// question he reports having asked ("ik vroeg hoe het met de kinderen ging?"). Quoted questions never reach the rules.
/// Silent: "waarom de kraan lekt weet ik nog niet", "ik vroeg waarom ze niet opendeed?". Still a remark:
/// "hoe haalt die man het in zijn hoofd?".
struct RhetoricalQuestionRule: CoachRule {
    func apply(to context: inout CoachContext) {
        context.drop { context, item in
            guard context.patterns.patterns[item.pattern].questionOnly else { return false }
            guard let mark = context.closingMark(ofSentenceAt: item.start), mark == "?" || mark == "!" else { return true }
            let sentence = context.sentence(of: item.start)
            return (sentence.lowerBound..<item.start).contains { context.isWord($0, of: "vraag") }
        }
        // One question is one remark: of several `@vraag` patterns in a sentence ("wie laat er nou …", "nou"), the
        // first and widest stays.
        let findings = context.findings
        let order = findings.indices.sorted { (findings[$0].start, -findings[$0].end) < (findings[$1].start, -findings[$1].end) }
        var seen = Set<Int>()
        var extra = Set<Int>()
        for index in order where context.patterns.patterns[findings[index].pattern].questionOnly {
            if !seen.insert(context.tokens[findings[index].start].sentence).inserted { extra.insert(index) }
        }
        context.findings = findings.indices.filter { !extra.contains($0) }.map { findings[$0] }
    }
}
