import VoordeurKit

/// Where a binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case everywhere = "Overal"
    case lists = "In de lijsten en tabbladen"
    case editor = "In een beschrijving of ander veld"
    case handover = "Op het tabblad Overdracht"
    case help = "In de hulp"
}

/// What a key does.
public enum Action: Sendable, Equatable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case nextTab, previousTab
    case toggle, open, remove
    case help, special, quit, forceQuit, discreet, settings, visits
    case closeEditor, nextField, previousField
    case export, cycleFormat, copy, markHandedOver, send, redact
    case nextPage, spelling
}

/// One row of the key table: the keys, how the help screen shows them, and what they do. The same table drives
/// input handling, the footer and the help screen, so the help can never drift from the keys.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var label: String
    public var help: String
    public var context: KeyContext
    public var action: Action
    /// The word the footer shows next to the key ("vink", "beschrijf"); empty when the footer leaves it out.
    public var short: String = ""
}

public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.controlC], label: "Ctrl-C", help: "stoppen (alles wordt eerst opgeslagen)", context: .everywhere, action: .forceQuit, short: "stop"),
        KeyBinding(keys: [.f2], label: "F2", help: "scherm direct verbergen / weer tonen", context: .everywhere, action: .discreet, short: "verberg"),

        KeyBinding(keys: [.up, .character("k")], label: "↑ / k", help: "omhoog", context: .lists, action: .moveUp),
        KeyBinding(keys: [.down, .character("j")], label: "↓ / j", help: "omlaag", context: .lists, action: .moveDown),
        KeyBinding(keys: [.pageUp], label: "PgUp", help: "een pagina omhoog", context: .lists, action: .pageUp),
        KeyBinding(keys: [.pageDown], label: "PgDn", help: "een pagina omlaag", context: .lists, action: .pageDown),
        KeyBinding(keys: [.home], label: "Home", help: "naar het begin", context: .lists, action: .first),
        KeyBinding(keys: [.end], label: "End", help: "naar het eind", context: .lists, action: .last),
        // ←→ change tabs too, except where a row is a choice (Bezoek: reason, children), which takes them first.
        KeyBinding(keys: [.tab, .right], label: "Tab / →", help: "volgend tabblad", context: .lists, action: .nextTab),
        KeyBinding(keys: [.backTab, .left], label: "Shift-Tab / ←", help: "vorig tabblad", context: .lists, action: .previousTab),
        KeyBinding(keys: [.character(" ")], label: "Spatie", help: "aanvinken of uitvinken; keuze wisselen", context: .lists, action: .toggle, short: "vink"),
        KeyBinding(keys: [.enter], label: "Enter", help: "beschrijven of bewerken (vinkt pas aan als je iets schrijft)", context: .lists, action: .open, short: "beschrijf"),
        KeyBinding(keys: [.character("x"), .delete], label: "x / Delete", help: "eigen signaal of melding van derden verwijderen", context: .lists, action: .remove, short: "verwijder"),
        KeyBinding(keys: [.character("?")], label: "?", help: "hulp: toetsen en stappenplan", context: .lists, action: .help, short: "hulp"),
        KeyBinding(keys: [.character("!")], label: "!", help: "bijzondere situaties: acuut gevaar, seksueel geweld, eergerelateerd geweld", context: .lists, action: .special, short: "bijzonder"),
        KeyBinding(keys: [.character("i")], label: "i", help: "instellingen: jouw gegevens en die van de sociaal consulent", context: .lists, action: .settings, short: "instellingen"),
        KeyBinding(keys: [.character("b")], label: "b", help: "bezoeken: een ander concept openen of een nieuw bezoek beginnen", context: .lists, action: .visits, short: "bezoeken"),
        KeyBinding(keys: [.character("q")], label: "q", help: "stoppen (alles wordt eerst opgeslagen)", context: .lists, action: .quit, short: "stop"),

        KeyBinding(keys: [.escape], label: "Esc", help: "sluiten (alles blijft bewaard)", context: .editor, action: .closeEditor, short: "sluit"),
        KeyBinding(keys: [.tab], label: "Tab", help: "volgend veld (↑↓ blijven in de tekst)", context: .editor, action: .nextField, short: "volgend veld"),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", help: "vorig veld", context: .editor, action: .previousField),
        KeyBinding(keys: [.f3], label: "F3", help: "spelling: suggesties voor het onbekende woord bij de cursor (grijs onderstreept = onbekend woord)", context: .editor, action: .spelling, short: "spelling"),

        KeyBinding(keys: [.character("e")], label: "e", help: "notitie exporteren naar een bestand", context: .handover, action: .export, short: "exporteer"),
        KeyBinding(keys: [.character("f")], label: "f", help: "formaat wisselen: tekst, Markdown, e-mail, JSON", context: .handover, action: .cycleFormat, short: "formaat"),
        KeyBinding(keys: [.character("c")], label: "c", help: "notitie naar het klembord kopiëren (tmux, Wayland, X of de terminal)", context: .handover, action: .copy, short: "kopieer"),
        KeyBinding(keys: [.character("v")], label: "v", help: "notitie versturen naar de sociaal consulent (verzendcommando, anders je mailprogramma)", context: .handover, action: .send, short: "verstuur"),
        KeyBinding(keys: [.character("a")], label: "a", help: "persoonsgegevens in de notitie vervangen door [naam], [telefoonnummer] … (je ziet eerst wat verandert; het concept blijft zoals het is)", context: .handover, action: .redact, short: "anonimiseer"),
        KeyBinding(keys: [.character("o")], label: "o", help: "markeren als overgedragen, daarna eventueel het concept wissen", context: .handover, action: .markHandedOver, short: "overgedragen"),

        KeyBinding(keys: [.tab, .right, .left, .backTab], label: "Tab / ← →", help: "andere pagina: toetsen of stappenplan", context: .help, action: .nextPage, short: "pagina"),
        KeyBinding(keys: [.up, .character("k")], label: "↑ / k", help: "omhoog", context: .help, action: .moveUp),
        KeyBinding(keys: [.down, .character("j")], label: "↓ / j", help: "omlaag", context: .help, action: .moveDown),
        KeyBinding(keys: [.escape, .character("?"), .character("q")], label: "Esc / ?", help: "hulp sluiten", context: .help, action: .closeEditor, short: "sluit"),
    ]

    /// The action for `key` in the given contexts, searched in order.
    public static func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let binding = all.first(where: { $0.context == context && $0.keys.contains(key) }) { return binding.action }
        }
        return nil
    }

    /// The footer's hint for one action: "Spatie vink", from this table.
    public static func hint(_ action: Action, in contexts: [KeyContext]) -> String? {
        guard let binding = contexts.lazy.compactMap({ context in all.first { $0.context == context && $0.action == action } }).first
        else { return nil }
        let key = binding.label.components(separatedBy: " / ").first ?? binding.label
        return "\(key) \(binding.short)"
    }

    /// The footer's key hints for these actions: "Spatie vink · Enter beschrijf · …".
    public static func hints(_ actions: [Action], in contexts: [KeyContext]) -> String {
        actions.compactMap { hint($0, in: contexts) }.joined(separator: " · ")
    }

    /// Hints that fit in `width` columns. `required` are always kept (q, ?, F2); `optional` are dropped from the end
    /// first. The result keeps the order: optional ones, then required ones.
    public static func fittedHints(optional: [Action], required: [Action], in contexts: [KeyContext], width: Int,
                                   prefix: [String] = []) -> String {
        let requiredHints = required.compactMap { hint($0, in: contexts) }
        var optionalHints = prefix + optional.compactMap { hint($0, in: contexts) }
        func line() -> String { (optionalHints + requiredHints).joined(separator: " · ") }
        while !optionalHints.isEmpty, DisplayWidth.of(line()) > width { optionalHints.removeLast() }
        return line()
    }
}
