import Foundation
import VoordeurKit

/// The screen texts of the handover questions, the new visit fields, the review and the urgency messages (issue 21),
/// from the string tables (`Assets/teksten.nl`, `teksten.en`, keys `handover.*`, `urgent.*`, `newfield.*`,
/// `review.*`, `visittime.*`, `sending.*`).
public enum AppNoteTexts {
    // MARK: Handover

    static func attempt(_ kind: HandoverAttempt.Kind, succeeded: Bool, detail: String) -> String {
        let what: String
        switch kind {
        case .written: what = tr(succeeded ? "handover.attempt.written" : "handover.attempt.writefailed")
        case .sent: what = tr(succeeded ? "handover.attempt.sent" : "handover.attempt.sendfailed")
        case .copied: what = tr(succeeded ? "handover.attempt.copied" : "handover.attempt.copyfailed")
        }
        return detail.isEmpty ? what : tr("handover.attempt.detail", ["wat": what, "detail": detail])
    }

    static var nothingTried: String { tr("handover.nothingtried") }
    static func succeeded(_ list: [String]) -> String { tr("handover.succeeded", ["lijst": list.joined(separator: "; ")]) }
    static func failed(_ list: [String]) -> String { tr("handover.failed", ["lijst": list.joined(separator: "; ")]) }
    static var askHandedOver: String { tr("handover.ask") }
    static var handedOverYes: String { tr("handover.ask.yes") }
    static var handedOverNo: String { tr("handover.ask.no") }
    static var stillConcept: String { tr("handover.stillconcept") }
    static var handedOverNoDeletion: String { tr("handover.nodeletion") }
    static var noLegalBasis: String { tr("handover.nolegalbasis") }
    static func askDelete(folder: String) -> String { tr("handover.askdelete", ["map": folder]) }
}

extension AppNoteTexts {
    // MARK: Urgency

    static var call112First: String { tr("urgent.call112first") }
    static func callConsulentNow(name: String, phone: String) -> String {
        let who = [name, phone].filter { !$0.isEmpty }
        return who.isEmpty ? tr("urgent.callconsulent.unset") : tr("urgent.callconsulent", ["wie": who.joined(separator: ", ")])
    }
    static var called112Route: String { tr("special.called112.route") }
    /// Short enough for the editor's status lines; the note and the review carry the guide's full sentence.
    static var honourNamedShort: String { tr("urgent.honournamed") }
}

extension AppNoteTexts {
    // MARK: New fields

    static var aboutWhom: String { tr("newfield.about") }
    static var aboutWhomNote: String { tr("newfield.about.note") }
    static var aboutWhomNoPersons: String { tr("newfield.about.nopersons") }
    static var timeLabel: String { tr("newfield.time") }
    static var howKnownLabel: String { tr("newfield.howknown") }
    static func personRole(_ number: Int) -> String { tr("newfield.person.role", ["n": number]) }
    static func personAge(_ number: Int) -> String { tr("newfield.person.age", ["n": number]) }
    static var noPersonsYet: String { tr("newfield.nopersons") }
    static var personsTitle: String { tr("newfield.persons.title") }
    static var personsNote: String { tr("newfield.persons.note") }
    static var agreedTitle: String { tr("newfield.agreed.title") }
    static var returnVisitTitle: String { tr("newfield.returnvisit.title") }
    static var concernTitle: String { tr("newfield.concern.title") }
    static var concernNote: String { tr("newfield.concern.note") }
    static var tickedAsk: String { tr("newfield.tickedask") }
    static var erasedUnticked: String { tr("newfield.erasedunticked") }
    static var notFilled: String { tr("newfield.notfilled") }
}

extension AppNoteTexts {
    /// The Bezoek tab's row labels that issue 21 added.
    static var rowPersons: String { tr("visit.row.persons") }
    static var rowAgreed: String { tr("visit.row.agreed") }
    static var rowReturnVisit: String { tr("visit.row.returnvisit") }
    static var rowConcern: String { tr("visit.row.concern") }
}

extension AppNoteTexts {
    // MARK: Review before export, send or copy

    static func reviewKey(_ action: ReviewAction) -> String {
        switch action {
        case .export: return "export"
        case .send: return "send"
        case .copy: return "copy"
        }
    }
    static func reviewTitle(_ action: ReviewAction) -> String { tr("review.title.\(reviewKey(action))") }
    static func reviewIntro(_ count: Int) -> String { trCount("review.intro", count) }
    static func reviewKeys(_ action: ReviewAction) -> String { tr("review.keys.\(reviewKey(action))") }
    static func coachPoint(_ place: String, _ findings: [CoachFinding]) -> String {
        tr("review.coach", ["plek": place,
                            "vondsten": findings.map { "\($0.category.name) \"\($0.match)\"" }.joined(separator: ", ")])
    }
    static func personalPoint(_ place: String, _ findings: [PersonalDataFinding]) -> String {
        let special = findings.contains(where: \.kind.isSpecial)
        let found = findings.map { "\($0.kind.label) \"\(TextSanitizer.singleLine($0.match))\"" }.joined(separator: ", ")
        return tr(special ? "review.special" : "review.personal", ["plek": place, "vondsten": found])
    }
    static var missingReference: String { tr("review.missing.reference") }
    static var missingReason: String { tr("review.missing.reason") }
    static var missingPersons: String { tr("review.missing.persons") }
    static func undescribed(_ title: String) -> String { tr("review.undescribed", ["titel": title]) }
    static func missingHowKnown(_ role: String) -> String { tr("review.missing.howknown", ["rol": role]) }
    static var missingSettings: String { tr("review.missing.settings") }
    static var missingAgreed: String { tr("review.missing.agreed") }
    static func placeReaction(_ title: String) -> String { tr("review.place.reaction", ["titel": title]) }
    static func placeThirdParty(_ role: String) -> String {
        tr("review.place.thirdparty", ["rol": role.isEmpty ? tr("review.place.roleunknown") : role])
    }
    static var placeReasonOther: String { tr("review.place.reasonother") }
    static var placeHomeReference: String { tr("review.place.homereference") }
    static func moreAbove(_ n: Int) -> String { tr("review.more.above", ["n": n]) }
    static func moreBelow(_ n: Int) -> String { tr("review.more.below", ["n": n]) }
}

extension AppNoteTexts {
    // MARK: Visit time

    static var visitTimeLabel: String { tr("visittime.label") }
    static var visitTimeNote: String { tr("visittime.note") }
    static var dateNotChanged: String { tr("editor.datenotchanged") }
}

extension AppNoteTexts {
    // MARK: Sending, set up in the settings

    static var mailProgram: String { tr("sending.program") }
    static var xdgEmailChoice: String { tr("sending.xdgemail") }
    static var sendCommand: String { tr("sending.command") }
    static var sendTest: String { tr("sending.test") }
    static var sendTestNeedsEmail: String { tr("sending.test.needsemail") }
    static var sendTestReference: String { tr("sending.test.reference") }
    static func sendTestStarted(_ address: String) -> String { tr("sending.test.started", ["adres": address]) }
    static func sendTestSent(_ line: String) -> String { tr("sending.test.sent", ["regel": line]) }
    static func sendTestFailed(_ reason: String) -> String { tr("sending.test.failed", ["reden": reason]) }
    /// Whether the status is a test message's outcome (shown in the settings while they are open).
    static func isSendTestOutcome(_ status: String) -> Bool {
        [tr("sending.test.sent", ["regel": ""]), tr("sending.test.failed", ["reden": ""]), tr("sending.test.started", ["adres": ""])]
            .contains { !$0.isEmpty && status.hasPrefix(String($0.prefix(while: { $0 != ":" && $0 != " " }))) }
    }
}
