import VoordeurKit

/// What an overlay's update returns: whether it stays open, and the effects.
public struct OverlayResult {
    public var keep: Bool
    public var effects: [Effect]
    public init(keep: Bool, effects: [Effect] = []) {
        self.keep = keep
        self.effects = effects
    }
    public static let stay = OverlayResult(keep: true)
    public static let close = OverlayResult(keep: false)
    public static func close(_ effects: [Effect]) -> OverlayResult { OverlayResult(keep: false, effects: effects) }
}

/// A dialog or screen over the tabs (bubbles-style): it owns its state, its update, its view and its key map.
/// Opening one pushes it on `AppState.overlays`; the top one gets the keys first. A new overlay is a new file with a
/// type conforming to this protocol, plus one line in `OverlayRegistry.types`.
public protocol OverlayComponent: Sendable {
    /// The context its keys are listed under in the help.
    static var keyContext: KeyContext { get }
    /// Its own keys: they drive its update, its footer or key line, the help and the manual page.
    static var keyMap: [KeyBinding] { get }
    /// Keys on the tabs that open it (listed with the tabs' keys); empty when something else opens it.
    static var openers: [KeyBinding] { get }
    /// Opens it for one of its `openers`.
    static func open(_ state: inout AppState, _ action: Action) -> [Effect]

    /// Whether it covers the whole screen (nothing under it is drawn).
    var isFullScreen: Bool { get }
    mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult
    func view(_ state: AppState, into screen: inout Screen)
    /// Value equality across overlay types (tests and `AppState.top` comparisons).
    func isEqual(to other: any OverlayComponent) -> Bool
}

extension OverlayComponent {
    public static var openers: [KeyBinding] { [] }
    public static func open(_ state: inout AppState, _ action: Action) -> [Effect] { [] }
    public var isFullScreen: Bool { false }
    /// The action `key` has in this overlay's own map.
    func action(for key: Key) -> Action? { KeyBindings.action(for: key, in: Self.keyMap) }
}

extension OverlayComponent where Self: Equatable {
    public func isEqual(to other: any OverlayComponent) -> Bool { (other as? Self) == self }
}

/// An overlay on the stack: a type-erased component that compares by value.
public struct Overlay: Equatable, Sendable {
    public var component: any OverlayComponent
    public init(_ component: any OverlayComponent) { self.component = component }
    public static func == (lhs: Overlay, rhs: Overlay) -> Bool { lhs.component.isEqual(to: rhs.component) }

    /// The component as `type`, when it is one.
    public func `as`<T: OverlayComponent>(_ type: T.Type) -> T? { component as? T }
}
