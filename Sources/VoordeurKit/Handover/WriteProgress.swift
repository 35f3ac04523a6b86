import Foundation

/// How many bytes of a program's input the writing thread got into the pipe; read by the waiting thread.
final class WriteProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = 0

    func set(_ count: Int) {
        lock.lock()
        bytes = count
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }
}
