import VoordeurKit

/// The key maps every screen shares, and the lookups over any key map. Each tab and overlay keeps its own map in
/// its own file; `all` collects them from the registries for the help screen and the manual page.
public enum KeyBindings {
    /// Keys that work on every screen.
    public static var global: [KeyBinding] {
        [KeyBinding(keys: [.controlC], label: "Ctrl-C", help: tr("keys.quit"), context: .everywhere, action: .forceQuit, short: tr("keys.quit.short")),
         KeyBinding(keys: [.f2], label: "F2", help: tr("keys.discreet"), context: .everywhere, action: .discreet, short: tr("keys.discreet.short"))]
    }

    /// Keys every tab shares (a tab's own map comes first, so it may take one of these keys over).
    public static var lists: [KeyBinding] {
        [KeyBinding(keys: [.up, .character("k")], label: "↑ / k", help: tr("keys.up"), context: .lists, action: .moveUp),
         KeyBinding(keys: [.down, .character("j")], label: "↓ / j", help: tr("keys.down"), context: .lists, action: .moveDown),
         KeyBinding(keys: [.pageUp], label: "PgUp", help: tr("keys.pageup"), context: .lists, action: .pageUp),
         KeyBinding(keys: [.pageDown], label: "PgDn", help: tr("keys.pagedown"), context: .lists, action: .pageDown),
         KeyBinding(keys: [.home], label: "Home", help: tr("keys.first"), context: .lists, action: .first),
         KeyBinding(keys: [.end], label: "End", help: tr("keys.last"), context: .lists, action: .last),
         // ←→ change tabs too, except where a row is a choice (Bezoek: reason, children), which takes them first.
         KeyBinding(keys: [.tab, .right], label: "Tab / →", help: tr("keys.nexttab"), context: .lists, action: .nextTab),
         KeyBinding(keys: [.backTab, .left], label: "Shift-Tab / ←", help: tr("keys.previoustab"), context: .lists, action: .previousTab),
         KeyBinding(keys: [.character(" ")], label: tr("key.space"), help: tr("keys.toggle"), context: .lists, action: .toggle, short: tr("keys.toggle.short")),
         KeyBinding(keys: [.enter], label: "Enter", help: tr("keys.open"), context: .lists, action: .open, short: tr("keys.open.short")),
         KeyBinding(keys: [.character("x"), .delete], label: "x / Delete", help: tr("keys.remove"), context: .lists, action: .remove, short: tr("keys.remove.short")),
         KeyBinding(keys: [.character("q")], label: "q", help: tr("keys.quit"), context: .lists, action: .quit, short: tr("keys.quit.short"))]
    }

    /// The map the tabs use for `component`: its own keys, the shared list keys, the keys that open overlays, and
    /// the global ones (for the footer).
    static func tabMap(_ component: any TabComponent) -> [KeyBinding] {
        component.keyMap + lists + OverlayRegistry.openers + global
    }

    /// Every binding, grouped by context in the order the help shows them: everywhere, the tabs, each tab's own
    /// context, each overlay's.
    public static var all: [KeyBinding] {
        var bindings = global + lists + OverlayRegistry.openers
        var seen: Set<KeyContext> = [.everywhere, .lists]
        for component in TabRegistry.fixed + TabRegistry.practice where !seen.contains(component.keyContext) {
            seen.insert(component.keyContext)
            bindings += component.keyMap
        }
        for type in OverlayRegistry.types where !seen.contains(type.keyContext) {
            seen.insert(type.keyContext)
            bindings += type.keyMap
        }
        return bindings
    }

    /// The contexts of `all`, in order.
    public static var contexts: [KeyContext] {
        var seen: [KeyContext] = []
        for binding in all where !seen.contains(binding.context) { seen.append(binding.context) }
        return seen
    }

    /// The action for `key` in `map`: the first binding that has it.
    public static func action(for key: Key, in map: [KeyBinding]) -> Action? {
        map.first { $0.keys.contains(key) }?.action
    }

    /// The footer's hint for one action: "Spatie vink", from `map`.
    public static func hint(_ action: Action, in map: [KeyBinding]) -> String? {
        map.first { $0.action == action }?.hint
    }

    /// The footer's key hints for these actions: "Spatie vink · Enter beschrijf · …".
    public static func hints(_ actions: [Action], in map: [KeyBinding]) -> String {
        actions.compactMap { hint($0, in: map) }.joined(separator: " · ")
    }

    /// Hints that fit in `width` columns. `required` are always kept (q, ?, F2); `optional` are dropped from the end
    /// first. The result keeps the order: optional ones, then required ones.
    public static func fittedHints(optional: [Action], required: [Action], in map: [KeyBinding], width: Int,
                                   prefix: [String] = []) -> String {
        let requiredHints = required.compactMap { hint($0, in: map) }
        var optionalHints = prefix + optional.compactMap { hint($0, in: map) }
        func line() -> String { (optionalHints + requiredHints).joined(separator: " · ") }
        while !optionalHints.isEmpty, DisplayWidth.of(line()) > width { optionalHints.removeLast() }
        return line()
    }

    /// A dialog's own key line from its map, bindings with a short word only: "↑↓ kies · Enter openen · Esc terug"
    /// (`joiner` " = " gives "j = ja").
    static func dialogLine(_ map: [KeyBinding], joiner: String = " ", separator: String = " · ") -> String {
        map.filter { !$0.short.isEmpty }.map { ($0.label.components(separatedBy: " / ").first ?? $0.label) + joiner + $0.short }
            .joined(separator: separator)
    }
}
