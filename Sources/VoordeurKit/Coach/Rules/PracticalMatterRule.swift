import Foundation

/// What a tenant says about an appointment or a defect of the home is practical, not hearsay; a plan for later is no
/// generalisation. Silent: "mevrouw zei dat ze morgen de hele dag thuis is voor de monteur". Still a remark: "de buren
/// zeggen dat hij de hele dag drinkt".
struct PracticalMatterRule: CoachRule {
    func apply(to context: inout CoachContext) {
        let practical = context.grammar["praktisch"], plan = context.grammar["plan"]
        context.drop { context, item in
            let category = context.category(item)
            guard category == .horenZeggen || category == .generalisatie else { return false }
            // "hij zou nog een sleutel hebben" is a claim about him, not an appointment she made.
            if category == .horenZeggen, let first = item.fixed.first,
               ["zou", "zouden"].contains(context.tokens[first].folded) { return false }
            let words = category == .horenZeggen ? practical : plan
            return context.tokens[context.sentence(of: item.start)].contains { words.matches($0.folded) }
        }
    }
}
