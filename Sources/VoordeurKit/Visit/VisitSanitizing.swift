import Foundation

extension Visit {
    /// The visit with every text field passed through `TextSanitizer`: descriptions and what third parties said keep
    /// their newlines and tabs, every other field is one line. Applied to every draft read from disk.
    public func sanitized() -> Visit {
        var visit = self
        let line = TextSanitizer.singleLine
        // Descriptions keep their tabs, as the editor does: a pasted tab must not turn into a space on the next start.
        let text = { (s: String) in TextSanitizer.clean(s, keepTabs: true) }
        visit.reasonOther = line(reasonOther)
        visit.homeReference = line(homeReference)
        visit.observations = observations.map {
            var o = $0
            o.signalID = line(o.signalID)
            o.description = text(o.description)
            o.tenantReaction = line(o.tenantReaction)
            o.personIDs = o.personIDs.map(line)
            o.time = line(o.time)
            return o
        }
        visit.ownSignals = ownSignals.map {
            var s = $0
            s.id = line(s.id)
            s.title = line(s.title)
            s.description = text(s.description)
            s.tenantReaction = line(s.tenantReaction)
            s.personIDs = s.personIDs.map(line)
            s.time = line(s.time)
            return s
        }
        visit.thirdParty = thirdParty.map {
            var r = $0
            r.id = line(r.id)
            r.role = line(r.role)
            r.said = text(r.said)
            r.howKnown = line(r.howKnown)
            return r
        }
        visit.persons = persons.map { PresentPerson(id: line($0.id), role: $0.role, age: line($0.age)) }
        visit.agreed = text(agreed)
        visit.returnVisit = line(returnVisit)
        visit.concern = text(concern)
        return visit
    }

    /// Every free text of the visit with a name for where it stands, in the order the tabs show them: what the
    /// personal-data check and the redactor look at.
    public var textFields: [(field: VisitTextField, text: String)] {
        var out: [(VisitTextField, String)] = [(.reasonOther, reasonOther), (.homeReference, homeReference)]
        for o in observations {
            out.append((.observationDescription(o.signalID), o.description))
            out.append((.observationReaction(o.signalID), o.tenantReaction))
        }
        for s in ownSignals {
            out.append((.ownSignalTitle(s.id), s.title))
            out.append((.ownSignalDescription(s.id), s.description))
            out.append((.ownSignalReaction(s.id), s.tenantReaction))
        }
        for r in thirdParty {
            out.append((.thirdPartyRole(r.id), r.role))
            out.append((.thirdPartySaid(r.id), r.said))
            out.append((.thirdPartyHowKnown(r.id), r.howKnown))
        }
        out += [(.agreed, agreed), (.returnVisit, returnVisit), (.concern, concern)]
        return out.filter { !$0.1.isEmpty }
    }

    /// Changes one text field.
    public mutating func setText(_ field: VisitTextField, _ value: String) {
        switch field {
        case .reasonOther: reasonOther = value
        case .homeReference: homeReference = value
        case .observationDescription(let id):
            if let i = observations.firstIndex(where: { $0.signalID == id }) { observations[i].description = value }
        case .observationReaction(let id):
            if let i = observations.firstIndex(where: { $0.signalID == id }) { observations[i].tenantReaction = value }
        case .ownSignalTitle(let id):
            if let i = ownSignals.firstIndex(where: { $0.id == id }) { ownSignals[i].title = value }
        case .ownSignalDescription(let id):
            if let i = ownSignals.firstIndex(where: { $0.id == id }) { ownSignals[i].description = value }
        case .ownSignalReaction(let id):
            if let i = ownSignals.firstIndex(where: { $0.id == id }) { ownSignals[i].tenantReaction = value }
        case .thirdPartyRole(let id):
            if let i = thirdParty.firstIndex(where: { $0.id == id }) { thirdParty[i].role = value }
        case .thirdPartySaid(let id):
            if let i = thirdParty.firstIndex(where: { $0.id == id }) { thirdParty[i].said = value }
        case .thirdPartyHowKnown(let id):
            if let i = thirdParty.firstIndex(where: { $0.id == id }) { thirdParty[i].howKnown = value }
        case .agreed: agreed = value
        case .returnVisit: returnVisit = value
        case .concern: concern = value
        }
    }
}

/// Where a free text of a visit stands.
public enum VisitTextField: Hashable, Sendable {
    case reasonOther, homeReference
    case observationDescription(String), observationReaction(String)
    case ownSignalTitle(String), ownSignalDescription(String), ownSignalReaction(String)
    case thirdPartyRole(String), thirdPartySaid(String), thirdPartyHowKnown(String)
    case agreed, returnVisit, concern

    /// For a preview, in the screen's language: "Toelichting bij 'anders'", "Beschrijving (woning.vuistafdrukken)".
    public var label: String {
        switch self {
        case .reasonOther: return tr("visit.row.reasonother")
        case .homeReference: return tr("visit.field.homereference")
        case .observationDescription(let id): return tr("textfield.description", ["id": id])
        case .observationReaction(let id): return tr("textfield.reaction", ["id": id])
        case .ownSignalTitle: return tr("textfield.owntitle")
        case .ownSignalDescription: return tr("textfield.owndescription")
        case .ownSignalReaction: return tr("textfield.ownreaction")
        case .thirdPartyRole: return tr("textfield.thirdpartyrole")
        case .thirdPartySaid: return tr("textfield.thirdpartysaid")
        case .thirdPartyHowKnown: return tr("textfield.thirdpartyhowknown")
        case .agreed: return tr("textfield.agreed")
        case .returnVisit: return tr("textfield.returnvisit")
        case .concern: return tr("textfield.concern")
        }
    }
}
