/// One row of a key map: the keys, how the help shows them, and what they do. The same maps drive input handling,
/// the footer, the help screen and the manual page, so none of them can drift from the keys.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var label: String
    public var help: String
    public var context: KeyContext
    public var action: Action
    /// The word the footer shows next to the key ("vink", "beschrijf"); empty when the footer leaves it out.
    public var short: String = ""

    public init(keys: [Key], label: String, help: String, context: KeyContext, action: Action, short: String = "") {
        self.keys = keys
        self.label = label
        self.help = help
        self.context = context
        self.action = action
        self.short = short
    }

    /// The footer's form: "Spatie vink" (the first of several labels only).
    public var hint: String {
        let key = label.components(separatedBy: " / ").first ?? label
        return short.isEmpty ? key : "\(key) \(short)"
    }
}
