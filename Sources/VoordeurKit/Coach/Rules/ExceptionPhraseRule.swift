import Foundation

/// Phrases that name a source the program asks for switch off whatever they contain, and nothing outside them.
/// Silent: "volgens de werkorder moet het slot vervangen worden". Still a remark: "volgens de buurman moet het slot …".
struct ExceptionPhraseRule: CoachRule {
    func apply(to context: inout CoachContext) {
        let spans = context.exceptionSpans
        guard !spans.isEmpty else { return }
        context.drop { context, item in spans.contains { $0.lowerBound <= item.start && item.end <= $0.upperBound } }
    }
}
