import Foundation

extension Visit {
    /// Every free text but the work-order reference: an anonymised note still says which home it is about (issue 21).
    var redactableFields: [(field: VisitTextField, text: String)] { textFields.filter { $0.field != .homeReference } }
}

/// One replacement the redactor will make, for the preview the worker sees before exporting.
public struct RedactionChange: Equatable, Sendable {
    public var field: VisitTextField
    public var finding: PersonalDataFinding

    public var replacement: String { finding.kind.placeholder }

    /// One line in the screen's language: `Beschrijving (woning.slot): "06-12345678" wordt [telefoonnummer]`.
    public var description: String {
        tr("redact.change", ["veld": field.label, "gegeven": TextSanitizer.singleLine(finding.match), "door": replacement])
    }
}

/// Replaces personal data by its label in brackets (`[telefoonnummer]`, `[naam]`): in a text, or in a copy of a
/// visit from which a note is made. The draft itself is never changed.
public enum Redactor {
    /// `text` with every finding replaced by its placeholder. Findings must come from scanning this very text.
    public static func redact(_ text: String, findings: [PersonalDataFinding]) -> String {
        guard !findings.isEmpty else { return text }
        let chars = Array(text)
        var out = ""
        var position = 0
        for finding in findings.sorted(by: { $0.start < $1.start }) where finding.start >= position && finding.end <= chars.count {
            out += String(chars[position..<finding.start])
            out += finding.kind.placeholder
            position = finding.end
        }
        out += String(chars[position...])
        return out
    }

    /// `text` with its personal data replaced.
    public static func redact(_ text: String) -> String { redact(text, findings: PersonalDataScanner.scan(text)) }

    /// What redacting the visit would change, field by field in tab order.
    public static func changes(in visit: Visit) -> [RedactionChange] {
        PersonalDataScanner.waitForDictionary()
        return visit.redactableFields.flatMap { field, text in
            PersonalDataScanner.scan(text, visitReference: visit.homeReference).map { RedactionChange(field: field, finding: $0) }
        }
    }

    /// A copy of the visit with personal data replaced in every text field: build the note from this copy.
    public static func redacted(_ visit: Visit) -> Visit {
        // The preview and the note must replace the same things: both wait for the dictionary.
        PersonalDataScanner.waitForDictionary()
        var copy = visit
        for (field, text) in visit.redactableFields {
            let findings = PersonalDataScanner.scan(text, visitReference: visit.homeReference)
            if !findings.isEmpty { copy.setText(field, redact(text, findings: findings)) }
        }
        return copy
    }

    /// Dutch summary for a preview or standard error: "3 gegevens worden vervangen:" and one line a change.
    public static func preview(_ changes: [RedactionChange]) -> [String] {
        guard !changes.isEmpty else { return [tr("redact.none")] }
        return [trCount("redact.summary", changes.count)]
            + changes.map { "  \($0.description)" }
    }
}
