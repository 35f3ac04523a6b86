import Foundation

/// The practice cases: the embedded `oefencasussen.kaart`, optionally with a corporation's own file on top.
public enum PracticeCases {
    public static let defaultFileName = "oefencasussen.kaart"

    /// The embedded cases, checked against `card` (a corporation's card that dropped a signal the cases use is a
    /// problem with the cases, named by line).
    public static func builtIn(card: Signalenkaart) throws -> [PracticeCase] {
        guard let text = EmbeddedAssets.files[defaultFileName] else { preconditionFailure("practice cases not embedded") }
        return try PracticeCaseParser.parse(text, source: defaultFileName, card: card, base: nil)
    }

    /// The embedded cases with `file` (a corporation's) on top, when given.
    public static func load(customFile file: URL?, card: Signalenkaart) throws -> [PracticeCase] {
        guard let file else { return try builtIn(card: card) }
        let text = try KeyValueDocument.readNonEmptyText(file)
        // A file that replaces the built-in cases must not fail on a built-in case its card lacks.
        let base = try? builtIn(card: card)
        return try PracticeCaseParser.parse(text, source: file.path, card: card, base: base ?? [])
    }
}
