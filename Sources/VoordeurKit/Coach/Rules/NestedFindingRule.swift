import Foundation

/// One remark per stretch of text. A finding inside a wider one is dropped when it shares a fixed word of it ("volgens"
/// in "volgens mij"), or covers the same characters; two overlapping findings of one category that share a word are one
/// remark ("heb de indruk dat"). A word in the gap of a pattern ("verwaarloosd" in "zien er ... uit") keeps its own.
struct NestedFindingRule: CoachRule {
    func apply(to context: inout CoachContext) {
        let tokens = context.tokens
        var raw = context.findings
        raw.sort { ($0.start, -$0.end, $0.pattern) < ($1.start, -$1.end, $1.pattern) }
        var kept: [RawFinding] = []
        for item in raw where !kept.contains(where: { outer in
            // A tip never swallows an opmerking.
            (outer.level == .tip && item.level == .opmerking) ? false :
            (outer.start <= item.start && item.end <= outer.end && (item.start..<item.end).contains(where: outer.fixed.contains))
                || (tokens[outer.start].start == tokens[item.start].start && tokens[outer.end - 1].end == tokens[item.end - 1].end)
                || (context.category(outer) == context.category(item)
                    && item.start < outer.end && item.fixed.contains(where: outer.fixed.contains))
        }) {
            kept.append(item)
        }
        context.findings = kept
    }
}
