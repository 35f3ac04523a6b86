/// Columns of plain text (`lijst`, the note's labels, the help screen) without Foundation's NSString padding.
extension String {
    /// This text cut or filled with spaces to `width` characters, as `padding(toLength:withPad:" ",startingAt:0)`.
    public func padded(to width: Int) -> String {
        // In printable ASCII a byte is a Character: counted without grapheme breaking (a row of `lijst` for every
        // draft). "\r\n" is one Character of two bytes, hence printable only.
        let count = utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) ? utf8.count : self.count
        if count >= width { return count == width ? self : String(prefix(width)) }
        return self + String(repeating: " ", count: width - count)
    }
}
