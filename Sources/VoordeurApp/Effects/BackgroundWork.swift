import Foundation
import VoordeurKit

/// The work running off the UI loop (a send, copies, exports), each with the flag that cancels it.
final class BackgroundWork: @unchecked Sendable {
    private let lock = NSLock()
    private var running: [ObjectIdentifier: Cancellation] = [:]
    private let group = DispatchGroup()

    /// Runs `body` on a thread of its own with a fresh cancellation flag.
    func start(_ body: @escaping @Sendable (Cancellation) -> Void) {
        let flag = Cancellation()
        lock.lock()
        running[ObjectIdentifier(flag)] = flag
        lock.unlock()
        group.enter()
        let thread = Thread { [self] in
            body(flag)
            lock.lock()
            running[ObjectIdentifier(flag)] = nil
            lock.unlock()
            group.leave()
        }
        thread.start()
    }

    /// Whether anything runs.
    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !running.isEmpty
    }

    /// Cancels everything that runs.
    func cancel() {
        lock.lock()
        let flags = Array(running.values)
        lock.unlock()
        flags.forEach { $0.cancel() }
    }

    /// Waits at most `timeout` seconds for running work to end.
    func wait(timeout: TimeInterval) {
        _ = group.wait(timeout: .now() + timeout)
    }
}
