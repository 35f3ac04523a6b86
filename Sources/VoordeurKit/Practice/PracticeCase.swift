import Foundation

/// One practice case (`voordeur oefen`): a situation as a worker meets it on a repair visit, the card's signals it
/// holds (none, for a case where restraint is the skill), signals off the card, model descriptions, the right next
/// step and the pitfalls. Read from `Assets/oefencasussen.kaart` or a corporation's case file.
public struct PracticeCase: Equatable, Sendable {
    /// Lower-case letters, digits and '-', unique in the list.
    public var id: String
    public var title: String
    /// What the worker sees, hears and smells, and what people say: one entry per paragraph.
    public var situation: [String]
    /// The card's signals in the case, by id (`woning.vuistafdrukken`).
    public var signals: [String]
    /// Signals in the case that are not on the card (free text).
    public var freeSignals: [String]
    /// One or two descriptions as a worker could write them.
    public var models: [String]
    /// Who to call, what not to do.
    public var nextStep: String
    /// What a worker easily gets wrong here (a distractor, an interpretation).
    public var pitfalls: String

    public init(id: String, title: String, situation: [String], signals: [String], freeSignals: [String] = [],
                models: [String] = [], nextStep: String, pitfalls: String = "") {
        self.id = id
        self.title = title
        self.situation = situation
        self.signals = signals
        self.freeSignals = freeSignals
        self.models = models
        self.nextStep = nextStep
        self.pitfalls = pitfalls
    }
}
