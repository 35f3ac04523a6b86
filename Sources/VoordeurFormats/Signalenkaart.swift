import Foundation

/// One signal on the card, e.g. "vuistafdrukken in muren of deuren".
public struct CardSignal: Equatable, Sendable {
    /// Stable id, `list.name` (e.g. `woning.vuistafdrukken`); drafts refer to signals by this id.
    public var id: String
    /// The card's own wording.
    public var text: String
    /// A short question that asks for the objective observation behind the signal.
    public var hint: String

    public init(id: String, text: String, hint: String) {
        self.id = id
        self.text = text
        self.hint = hint
    }
}

/// A list on the card: "In en rond de woning" or "De huurder" (a corporation may add more).
public struct CardList: Equatable, Sendable {
    public var id: String
    public var title: String
    public var signals: [CardSignal]

    public init(id: String, title: String, signals: [CardSignal]) {
        self.id = id
        self.title = title
        self.signals = signals
    }
}

/// The signalenkaart: the card with signals that can point to domestic violence or child abuse.
public struct Signalenkaart: Equatable, Sendable {
    public var name: String
    public var introduction: String
    /// "Andere oorzaak": signals can have another cause.
    public var otherCause: String
    /// "Tip! Benoem direct".
    public var tip: String
    /// The corporation's own job titles (vakman, opzichter, ...).
    public var jobTitles: [String]
    public var lists: [CardList]

    public init(name: String, introduction: String, otherCause: String, tip: String, jobTitles: [String], lists: [CardList]) {
        self.name = name
        self.introduction = introduction
        self.otherCause = otherCause
        self.tip = tip
        self.jobTitles = jobTitles
        self.lists = lists
    }

    public var allSignals: [CardSignal] { lists.flatMap(\.signals) }

    public func signal(id: String) -> CardSignal? { allSignals.first { $0.id == id } }

    public func list(containing signalID: String) -> CardList? {
        lists.first { $0.signals.contains { $0.id == signalID } }
    }

    /// The card as plain text, as printed by `voordeur kaart`.
    /// The card as text; `otherCauseTitle` and `tipLabel` are the fixed words in the reader's language.
    public func renderedAsText(otherCauseTitle: String = "Andere oorzaak", tipLabel: String = "Tip!") -> String {
        var out = "\(name)\n\n\(introduction)\n"
        for list in lists {
            out += "\n\(list.title):\n"
            for signal in list.signals { out += "  - \(signal.text)\n" }
        }
        out += "\n\(otherCauseTitle)\n\(otherCause)\n\n\(tipLabel) \(tip)\n"
        return TextSanitizer.clean(out)
    }
}
