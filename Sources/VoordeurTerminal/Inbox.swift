import Foundation

/// Results posted by other threads for the UI loop, taken in the order they came.
final class Inbox<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Item] = []

    func post(_ item: Item) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    /// Whether nothing waits to be taken.
    var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.isEmpty
    }

    /// Everything posted so far; empty when nothing was.
    func take() -> [Item] {
        lock.lock()
        defer { lock.unlock() }
        let taken = items
        items = []
        return taken
    }
}
