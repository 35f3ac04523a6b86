import Foundation

/// A few values that depend only on their key (layout sizes per width), computed once.
final class SmallCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    func value(key: String, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        if values.count > 256 { values = [:] }
        let value = make()
        values[key] = value
        return value
    }
}
