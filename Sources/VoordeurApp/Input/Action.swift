/// What a key does. A struct rather than an enum, so that a new tab or overlay declares its own actions in its own
/// file (`extension Action { static let … }`) without touching a central list.
public struct Action: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }

    public static let moveUp = Action("moveUp"), moveDown = Action("moveDown")
    public static let pageUp = Action("pageUp"), pageDown = Action("pageDown")
    public static let first = Action("first"), last = Action("last")
    public static let nextTab = Action("nextTab"), previousTab = Action("previousTab")
    public static let toggle = Action("toggle"), open = Action("open"), remove = Action("remove")
    public static let quit = Action("quit"), forceQuit = Action("forceQuit"), discreet = Action("discreet")
    /// Closes the active overlay (each overlay binds its own keys to it).
    public static let close = Action("close")
    public static let yes = Action("yes"), no = Action("no")
}
