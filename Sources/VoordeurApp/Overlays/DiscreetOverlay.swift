import VoordeurKit

/// F2: everything hidden behind a neutral screen until F2 again (handled before any overlay gets the key).
public struct DiscreetOverlay: OverlayComponent, Equatable {
    public init() {}
    public static let keyContext = KeyContext.everywhere
    public static var keyMap: [KeyBinding] { [] }
    public var isFullScreen: Bool { true }
    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult { .stay }

    /// Hidden: an empty screen. Not even "F2": an onlooker must not learn how to show it again.
    public func view(_ state: AppState, into screen: inout Screen) {}
}

extension Overlay {
    public static let discreet = Overlay(DiscreetOverlay())
}
