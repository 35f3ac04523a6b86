/// Where a binding applies: the whole program, the tabs, or one tab or overlay. Each component declares its own
/// context, so the help lists its keys under its own heading and no tab is a special case.
public struct KeyContext: Hashable, Sendable, CustomStringConvertible {
    /// Stored in no file; also the string table's key for the heading: `context.<name>`.
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }

    public static let everywhere = KeyContext("everywhere")
    public static let lists = KeyContext("lists")
}
