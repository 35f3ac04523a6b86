import Foundation

/// Reads the signalenkaart: the embedded default card, optionally extended or replaced by a corporation's card file.
public enum CardLoader {
    public static let defaultCardName = "signalenkaart.kaart"

    /// The card that ships inside the binary, parsed when the program was built (the build plugin runs `CardParser` on
    /// `Assets/signalenkaart.kaart`), so starting parses nothing: the card was a fifth of the work before the first
    /// frame.
    public static func defaultCard(_ language: Language = .nl) -> Signalenkaart {
        EmbeddedAssets.cards[assetName(language)] ?? EmbeddedAssets.cards[defaultCardName]!
    }

    /// The file in Assets/ that holds `language`'s card: the same ids, the texts translated.
    public static func assetName(_ language: Language) -> String {
        language == .nl ? defaultCardName : "signalenkaart.\(language.rawValue).kaart"
    }

    /// The default card of `language`, combined with `file` when given.
    public static func load(customFile file: URL?, language: Language = .nl) throws -> Signalenkaart {
        let base = defaultCard(language)
        guard let file else { return base }
        let text = try KeyValueDocument.readNonEmptyText(file)
        return try parse(text, source: file.path, base: base)
    }

    /// Parses a card (see `CardParser`).
    public static func parse(_ text: String, source: String, base: Signalenkaart?) throws -> Signalenkaart {
        try CardParser.parse(text, source: source, base: base)
    }
}
