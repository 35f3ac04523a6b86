import Foundation

/// What the review after a practice case says: the card's signals found, missed and ticked without reason in the
/// case, the coach's remarks that remained, the worker's own descriptions beside the models, and the next step.
/// Computed from the practice visit, which is never saved.
public struct PracticeReview: Equatable, Sendable {
    public struct Described: Equatable, Sendable {
        /// The signal's text on the card, or an own signal's title.
        public var place: String
        public var text: String
        public var remarks: [CoachFinding]
    }

    public var practiceCase: PracticeCase
    public var found: [CardSignal]
    public var missed: [CardSignal]
    /// Ticked, but not in the case.
    public var extra: [CardSignal]
    /// The worker's own signals (titles).
    public var ownSignals: [String]
    /// Every description he wrote, with the coach's remarks that remained on it.
    public var described: [Described]

    /// `remarks` is the coach (its opmerkingen on a text).
    public init(practiceCase: PracticeCase, visit: Visit, card: Signalenkaart, remarks: (String) -> [CoachFinding]) {
        self.practiceCase = practiceCase
        let ticked = card.allSignals.filter { visit.isTicked($0.id) }
        let inCase = practiceCase.signals.compactMap(card.signal(id:))
        found = inCase.filter { visit.isTicked($0.id) }
        missed = inCase.filter { !visit.isTicked($0.id) }
        extra = ticked.filter { !practiceCase.signals.contains($0.id) }
        ownSignals = visit.ownSignals.map(\.title).filter { !$0.isEmpty }
        var described: [Described] = []
        for signal in card.allSignals {
            guard let observation = visit.observation(for: signal.id), !observation.description.isEmpty else { continue }
            described.append(Described(place: signal.text, text: observation.description, remarks: remarks(observation.description)))
        }
        for own in visit.ownSignals where !own.description.isEmpty {
            described.append(Described(place: own.title, text: own.description, remarks: remarks(own.description)))
        }
        for report in visit.thirdParty where !report.said.isEmpty {
            described.append(Described(place: report.role, text: report.said, remarks: remarks(report.said)))
        }
        self.described = described
    }

    /// The coach's remarks left in all descriptions.
    public var remarkCount: Int { described.reduce(0) { $0 + $1.remarks.count } }
}
