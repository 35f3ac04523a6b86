import Foundation

/// One step of the coach's pipeline: it reads the text and the findings the patterns produced, and drops a finding,
/// demotes it to a tip, or leaves it. Each rule decides one thing, named by its type; `Coach.rules` lists them in order.
protocol CoachRule: Sendable {
    func apply(to context: inout CoachContext)
}
