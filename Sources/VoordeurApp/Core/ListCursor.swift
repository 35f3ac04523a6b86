/// The selection and scroll offset of a list. The offset only moves when the selection would leave the view, so
/// ↑ moves the highlight and does not scroll the list under it.
public struct ListCursor: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    public mutating func move(to index: Int, count: Int, visible: Int) {
        selected = index
        clamp(count: count, visible: visible)
    }

    /// Moves for a list action (↑↓, a page, the ends); the one place list movement is written. Returns false when
    /// `action` is no movement.
    @discardableResult
    public mutating func apply(_ action: Action?, count: Int, visible: Int) -> Bool {
        let page = max(1, visible - 1)
        switch action {
        case .moveUp?: move(to: selected - 1, count: count, visible: visible)
        case .moveDown?: move(to: selected + 1, count: count, visible: visible)
        case .pageUp?: move(to: selected - page, count: count, visible: visible)
        case .pageDown?: move(to: selected + page, count: count, visible: visible)
        case .first?: move(to: 0, count: count, visible: visible)
        case .last?: move(to: count - 1, count: count, visible: visible)
        default: return false
        }
        return true
    }

    /// A dialog's ↑↓ (one binding for both): the key says which way.
    public mutating func step(_ key: Key, count: Int, visible: Int) {
        apply(key == .up || key == .character("k") ? .moveUp : .moveDown, count: count, visible: visible)
    }

    /// Keeps selection and offset inside the list and the selection inside the view.
    public mutating func clamp(count: Int, visible: Int) {
        let visible = max(1, visible)
        selected = max(0, min(selected, count - 1))
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, min(offset, count - visible))
    }

    public func clamped(count: Int, visible: Int) -> ListCursor {
        var copy = self
        copy.clamp(count: count, visible: visible)
        return copy
    }
}
