import VoordeurKit

extension KeyContext {
    public static let practiceReview = KeyContext("practiceReview")
}

extension Action {
    public static let otherCase = Action("otherCase"), stopPractice = Action("stopPractice")
}

/// The review after a practice case (full screen): signals found, missed and ticked without reason in the case,
/// each with the card's question; the coach's remarks that remained; his descriptions beside the models; the next
/// step and the pitfalls. Esc goes back to the case, n to another case, q ends practice.
public struct PracticeReviewOverlay: OverlayComponent, Equatable {
    public var review: PracticeReview
    public var scroll = 0
    public init(review: PracticeReview) { self.review = review }

    public static let keyContext = KeyContext.practiceReview
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.up, .character("k")], label: "↑ / k", help: tr("keys.up"), context: .practiceReview, action: .moveUp),
         KeyBinding(keys: [.down, .character("j")], label: "↓ / j", help: tr("keys.down"), context: .practiceReview, action: .moveDown),
         KeyBinding(keys: [.pageUp], label: "PgUp", help: tr("keys.pageup"), context: .practiceReview, action: .pageUp),
         KeyBinding(keys: [.pageDown, .character(" ")], label: "PgDn", help: tr("keys.pagedown"), context: .practiceReview, action: .pageDown),
         KeyBinding(keys: [.home], label: "Home", help: tr("keys.first"), context: .practiceReview, action: .first),
         KeyBinding(keys: [.end], label: "End", help: tr("keys.last"), context: .practiceReview, action: .last),
         KeyBinding(keys: [.character("n")], label: "n", help: tr("oefen.toets.andere"), context: .practiceReview, action: .otherCase, short: tr("oefen.toets.andere.kort")),
         KeyBinding(keys: [.escape], label: "Esc", help: tr("oefen.toets.verder"), context: .practiceReview, action: .close, short: tr("oefen.toets.verder.kort")),
         KeyBinding(keys: [.character("q")], label: "q", help: tr("oefen.toets.stop"), context: .practiceReview, action: .stopPractice, short: tr("oefen.toets.stop.kort"))]
    }
    public var isFullScreen: Bool { true }

    static func region(_ state: AppState) -> Range<Int> { 2..<max(3, state.rows - 2) }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let action = self.action(for: key)
        switch action {
        case .close?: return .close
        case .otherCase?:
            state.push(PracticePickerOverlay())
            return .close
        case .stopPractice?: return .close(PracticeMode.leave(&state))
        default:
            if let moved = Self.lines(review, width: state.columns - 2).scrolled(scroll, action, visible: Self.region(state).count) {
                scroll = moved
            }
            return .stay
        }
    }

    public func view(_ state: AppState, into screen: inout Screen) {
        Chrome.drawTitle(&screen, state, tr("oefen.nabespreking.titel", ["titel": review.practiceCase.title]))
        let summary = tr("oefen.nabespreking.score", ["gevonden": review.found.count, "totaal": review.practiceCase.signals.count,
                                                     "extra": review.extra.count, "opmerkingen": review.remarkCount])
        screen.write(summary, row: 1, column: 1, width: state.columns - 2, style: .bold)
        Self.lines(review, width: state.columns - 2).draw(&screen, scroll: scroll, region: Self.region(state), columns: state.columns)
        let hints = KeyBindings.fittedHints(optional: [], required: [.close, .otherCase, .stopPractice], in: Self.keyMap,
                                            width: state.columns - 2, prefix: [tr("help.scroll")])
        Chrome.drawFooter(&screen, state, status: (state.rows - 3)..<(state.rows - 2), hints: hints, override: ("", .plain, []))
    }

    /// The review as lines at `width`.
    static func lines(_ review: PracticeReview, width: Int) -> ScrolledText {
        var out: [(String, Style, Tone)] = []
        func heading(_ text: String, tone: Tone = .plain) {
            if !out.isEmpty { out.append(("", [], .plain)) }
            out += TextWrap.lines(text, width: width).map { ($0, .bold, tone) }
        }
        func item(_ mark: String, _ text: String, tone: Tone = .plain, style: Style = []) {
            out += TextWrap.hanging(text, width: width, first: "  \(mark) ", rest: "    ").map { ($0, style, tone) }
        }
        let practiceCase = review.practiceCase
        if practiceCase.signals.isEmpty {
            heading(tr("oefen.nabespreking.geensignalen"), tone: review.extra.isEmpty ? .ok : .warning)
        }
        if !review.found.isEmpty {
            heading(trCount("oefen.nabespreking.gevonden", review.found.count), tone: .ok)
            for signal in review.found { item("✓", signal.text) }
        }
        if !review.missed.isEmpty {
            heading(trCount("oefen.nabespreking.gemist", review.missed.count), tone: .warning)
            for signal in review.missed {
                item("✗", signal.text)
                item(" ", tr("oefen.nabespreking.vraag", ["vraag": signal.hint]), style: .dim)
            }
        }
        if !review.extra.isEmpty {
            heading(trCount("oefen.nabespreking.extra", review.extra.count), tone: .warning)
            for signal in review.extra {
                item("+", signal.text)
                item(" ", tr("oefen.nabespreking.vraag", ["vraag": signal.hint]), style: .dim)
            }
        }
        if !practiceCase.freeSignals.isEmpty || !review.ownSignals.isEmpty {
            heading(tr("oefen.nabespreking.eigen"))
            for free in practiceCase.freeSignals { item("•", free) }
            if !review.ownSignals.isEmpty { item(" ", tr("oefen.nabespreking.jouweigen", ["signalen": review.ownSignals.joined(separator: "; ")])) }
        }
        heading(trCount("oefen.nabespreking.opmerkingen", review.remarkCount), tone: review.remarkCount == 0 ? .plain : .warning)
        for described in review.described where !described.remarks.isEmpty {
            item("⚠", described.place + ": " + described.remarks.map { "\($0.category.label) \"\($0.match)\"" }.joined(separator: ", "))
            for remark in described.remarks where !remark.explanation.isEmpty { item(" ", remark.explanation, style: .dim) }
        }
        if review.remarkCount == 0 { item(" ", tr(review.described.isEmpty ? "oefen.nabespreking.nietsbeschreven" : "oefen.nabespreking.geenopmerkingen")) }
        if !practiceCase.models.isEmpty || !review.described.isEmpty {
            heading(tr("oefen.nabespreking.beschrijvingen"))
            for described in review.described { item("▸", tr("oefen.nabespreking.jij", ["plek": described.place, "tekst": described.text])) }
            for model in practiceCase.models { item("▹", tr("oefen.nabespreking.voorbeeld", ["tekst": model])) }
        }
        heading(tr("oefen.nabespreking.stap"), tone: .accent)
        item(" ", practiceCase.nextStep)
        if !practiceCase.pitfalls.isEmpty {
            heading(tr("oefen.nabespreking.valkuilen"))
            item(" ", practiceCase.pitfalls)
        }
        return ScrolledText(lines: out)
    }
}
