import VoordeurKit

/// The one list of overlays: the help, the footer and the tabs' opening keys are read from it.
public enum OverlayRegistry {
    public static let types: [any OverlayComponent.Type] = [
        EditorOverlay.self,
        SpellingOverlay.self,
        HelpOverlay.self,
        SpecialOverlay.self,
        VisitsOverlay.self,
        ConfirmOverlay.self,
        QuitOverlay.self,
        ReviewOverlay.self,
        DiscreetOverlay.self,
        PinOverlay.self,
        PracticePickerOverlay.self,
        PracticeReviewOverlay.self,
    ]

    /// The keys on the tabs that open an overlay.
    public static var openers: [KeyBinding] { types.flatMap { $0.openers } }

    /// Opens the overlay whose opener has `action`; nil when none has.
    static func open(_ state: inout AppState, _ action: Action) -> [Effect]? {
        guard let type = types.first(where: { $0.openers.contains { $0.action == action } }) else { return nil }
        return type.open(&state, action)
    }

    /// Hands the key to the top overlay and puts it back if it stays.
    static func update(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var top = state.overlays.popLast()?.component else { return [] }
        let depth = state.overlays.count
        let result = top.update(&state, key)
        // An overlay that stays goes back under anything it opened itself (a confirmation).
        if result.keep { state.overlays.insert(Overlay(top), at: min(depth, state.overlays.count)) }
        return result.effects
    }
}
