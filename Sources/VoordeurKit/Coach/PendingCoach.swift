import Foundation

/// A coach that is built on a thread of its own, so the interactive program's first frame does not wait for the
/// word lists to be read and indexed (about 45 ms, see BENCHMARKS.md). The first use waits until it is there; a
/// coach given ready-made is there at once.
public final class PendingCoach: @unchecked Sendable {
    private let condition = NSCondition()
    private var built: Coach?

    /// A coach that is ready.
    public init(_ coach: Coach) { built = coach }

    /// Starts building with `make` on another thread.
    public init(building make: @escaping @Sendable () -> Coach) {
        let thread = Thread { [self] in
            let coach = make()
            condition.lock()
            built = coach
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "voordeur-coach"
        thread.start()
    }

    /// Whether the coach is built (a check that never waits).
    public var isReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return built != nil
    }

    /// The coach; waits for it while it is still being built.
    public var coach: Coach {
        condition.lock()
        defer { condition.unlock() }
        while built == nil { condition.wait() }
        return built!
    }
}
