import Foundation

/// A flag the screen sets (Esc while sending) and a running helper program checks: the program is then stopped like
/// one that took too long. Shared between the UI thread and the thread that waits for the program.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false

    public init() {}

    public func cancel() {
        lock.lock()
        flag = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }
}
