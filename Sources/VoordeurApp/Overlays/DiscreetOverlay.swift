import VoordeurKit

/// F2: everything hidden behind a neutral screen until F2 again (handled before any overlay gets the key).
public struct DiscreetOverlay: OverlayComponent, Equatable {
    public init() {}
    public static let keyContext = KeyContext.everywhere
    public static var keyMap: [KeyBinding] { [] }
    public var isFullScreen: Bool { true }
    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult { .stay }

    public func view(_ state: AppState, into screen: inout Screen) {
        let line = "F2"
        screen.write(line, row: state.rows / 2, column: (state.columns - line.count) / 2, style: .dim, tone: .muted)
    }
}

extension Overlay {
    public static let discreet = Overlay(DiscreetOverlay())
}
