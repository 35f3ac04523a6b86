/// A key, as the terminal driver reports it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case controlC
    case f2, f3
    /// Any other key the terminal knows (function keys, mouse); ignored.
    case other(Int)
}
