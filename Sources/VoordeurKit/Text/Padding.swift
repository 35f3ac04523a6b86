/// Columns of plain text (`lijst`, the note's labels, the help screen) without Foundation's NSString padding.
extension String {
    /// This text cut or filled with spaces to `width` characters, as `padding(toLength:withPad:" ",startingAt:0)`.
    public func padded(to width: Int) -> String {
        let count = self.count
        if count >= width { return count == width ? self : String(prefix(width)) }
        return self + String(repeating: " ", count: width - count)
    }
}
