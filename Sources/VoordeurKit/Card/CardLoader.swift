import Foundation

/// Reads the signalenkaart: the embedded default card, optionally extended or replaced by a corporation's card file.
public enum CardLoader {
    public static let defaultCardName = "signalenkaart.kaart"

    /// The card that ships inside the binary, parsed when the program was built (the build plugin runs `CardParser` on
    /// `Assets/signalenkaart.kaart`), so starting parses nothing: the card was a fifth of the work before the first
    /// frame.
    public static func defaultCard() -> Signalenkaart { EmbeddedAssets.defaultCard }

    /// The default card, combined with `file` when given.
    public static func load(customFile file: URL?) throws -> Signalenkaart {
        let base = defaultCard()
        guard let file else { return base }
        let text = try KeyValueDocument.readNonEmptyText(file)
        return try parse(text, source: file.path, base: base)
    }

    /// Parses a card (see `CardParser`).
    public static func parse(_ text: String, source: String, base: Signalenkaart?) throws -> Signalenkaart {
        try CardParser.parse(text, source: source, base: base)
    }
}
