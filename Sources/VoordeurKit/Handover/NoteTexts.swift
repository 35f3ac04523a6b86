import Foundation

/// The fixed texts of the handover note (title, subject, urgency, the six sections, labels), read from the string
/// table of the note's language (`note.*` keys): the consulent's `[sociaal-consulent] taal`, not the screen's.
public struct NoteTexts: Sendable {
    public let strings: Strings

    public init(_ strings: Strings) { self.strings = strings }

    private func t(_ key: String) -> String { strings["note.\(key)"] }
    private func t(_ key: String, _ values: [String: Any]) -> String { strings["note.\(key)", values] }

    // MARK: Title and subject

    public var title: String { t("title") }
    public var urgentPrefix: String { t("urgent.prefix") }
    public var acuteDanger: String { t("urgent.acutedanger") }
    public var called112: String { t("urgent.called112") }
    public var honourRelated: String { t("urgent.honourrelated") }
    public var recentSexualViolence: String { t("urgent.recentsexual") }

    public func workOrder(_ reference: String) -> String {
        reference.isEmpty ? t("subject.noworkorder") : t("subject.workorder", ["werkorder": reference])
    }

    public func visitAt(_ dateTime: String) -> String { t("subject.visit", ["tijd": dateTime]) }

    /// The guide (p. 13, "Specifieke vormen"): with honour-related violence a conversation about the suspicions can
    /// bring extra risks, because the risk of violence may grow when more people know.
    public var honourNamedWarning: String { t("honournamed") }

    // MARK: Header

    public var visitLabel: String { t("header.visit") }
    public var writtenLabel: String { t("header.written") }
    public var fromLabel: String { t("header.from") }
    public var toLabel: String { t("header.to") }
    public var corporationLabel: String { t("header.corporation") }
    public var homeLabel: String { t("header.home") }
    public var homeMissing: String { t("header.home.missing") }
    public var reasonLabel: String { t("header.reason") }
    public var reasonOtherLabel: String { t("header.reasonother") }

    // MARK: Sections, in the order the consulent needs them

    public var sectionUrgency: String { t("section.urgency") }
    public var sectionPresent: String { t("section.present") }
    public func sectionFacts(_ layout: FactsLayout) -> String { t("section.facts.\(layout.rawValue)") }
    public var sectionQuotes: String { t("section.quotes") }
    public var sectionActions: String { t("section.actions") }
    public var sectionConcern: String { t("section.concern") }
    public var sectionCoach: String { t("section.coach") }

    // MARK: Urgency lines

    public var specialAcuteDanger: String { t("special.acutedanger") }
    public var special112Called: String { t("special.called112") }
    public var special112NotCalled: String { t("special.not112") }
    public func callWorkerNow(_ who: String) -> String { t("special.callworker", ["wie": who]) }
    public var specialRecentSexual: String { t("special.recentsexual") }
    public var specialHonourRelated: String { t("special.honourrelated") }
    public var noUrgency: String { t("nourgency") }

    // MARK: Body

    public var nobodyEntered: String { t("nobody") }
    public var childrenLabel: String { t("children") }
    /// "ja, 2 (4 jaar, leeftijd ?)": the ages as typed, a bare number with "jaar".
    public func children(_ ages: [String]) -> String {
        let shown = ages.map { age in
            age.isEmpty ? t("children.noage") : (age.allSatisfy(\.isNumber) ? t("children.age", ["leeftijd": age]) : age)
        }
        return t("children.yes", ["n": ages.count]) + (shown.isEmpty ? "" : " (" + shown.joined(separator: ", ") + ")")
    }
    public var noSignals: String { t("nosignals") }
    public var aboutLabel: String { t("about") }
    public var aboutNobody: String { t("about.nobody") }
    public var observedLabel: String { t("observed") }
    public var notDescribed: String { t("notdescribed") }
    public var noPerson: String { t("noperson") }
    public var noQuotes: String { t("noquotes") }
    public func quoteSource(_ title: String) -> String { t("quotesource", ["titel": title]) }
    public var thirdPartyTitle: String { t("thirdparty") }
    public var sourceLabel: String { t("thirdparty.source") }
    public var roleUnknown: String { t("thirdparty.roleunknown") }
    public var howKnownLabel: String { t("thirdparty.howknown") }
    public var saidLabel: String { t("thirdparty.said") }
    public var advisedVeiligThuisLabel: String { t("thirdparty.advisedveiligthuis") }
    public var advised112Label: String { t("thirdparty.advised112") }
    public var notFilled: String { t("notfilled") }
    public var namedLabel: String { t("named") }
    public var reactionLabel: String { t("reaction") }
    public var agreedLabel: String { t("agreed") }
    public var returnVisitLabel: String { t("returnvisit") }
    public var concernIntro: String { t("concern.intro") }
    public var nothingNamed: String { t("nothingnamed") }
    public var workerUnset: String { t("workerunset") }
    public var consulent: String { t("consulent") }
    public var noRemarks: String { t("noremarks") }
    public func reactionAt(_ title: String) -> String { t("remark.reaction", ["titel": title]) }
    public func thirdPartyAt(_ role: String) -> String { t("remark.thirdparty", ["rol": role]) }
    public func yesNo(_ value: Bool) -> String { strings[value ? "answer.ja" : "answer.nee"] }

    // MARK: Closing

    public func otherCause(_ cause: String) -> String { t("othercause", ["oorzaak": cause]) }
    public var contactRequest: String { t("contactrequest") }
    public var adviceLine: String { t("advice") }
    public var privacyLine: String { t("privacy") }
    public var ownSignalsTitle: String { t("ownsignals") }
    /// "kind (ca. 6) – nr. 3": two persons present with the same label.
    public func numbered(_ person: String, _ number: Int) -> String { t("personnumber", ["persoon": person, "n": number]) }
}
