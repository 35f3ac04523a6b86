/// A tab of the main screen. A struct, so a new tab names itself in its own file.
public struct TabID: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let index: Int
    public init(_ name: String, index: Int = 0) {
        self.name = name
        self.index = index
    }
    public var description: String { index == 0 && name != "list" ? name : "\(name)(\(index))" }

    /// A list of the card ("In en rond de woning", "De huurder", ...), by index.
    public static func list(_ index: Int) -> TabID { TabID("list", index: index) }
}
