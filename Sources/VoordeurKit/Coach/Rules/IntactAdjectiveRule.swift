import Foundation

/// "heel" at the end of a clause is an adjective (intact), not an intensifier.
/// Silent: "de ruit in de achterdeur is nog heel". Still a remark: "de kinderen waren heel stil".
struct IntactAdjectiveRule: CoachRule {
    func apply(to context: inout CoachContext) {
        let intensifier = context.grammar["versterker"]
        let tokens = context.tokens
        context.drop { context, item in
            item.end == item.start + 1 && context.category(item) == .vaag && intensifier.matches(tokens[item.start].folded)
                && (item.end == tokens.count || tokens[item.end].clause != tokens[item.start].clause)
        }
    }
}
