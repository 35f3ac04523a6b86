import Foundation

/// A coach that is built on a thread of its own, so the interactive program's first frame does not wait for the
/// word lists to be read and indexed (about 25 ms, see BENCHMARKS.md). The first use waits until it is there; a
/// coach given ready-made is there at once.
///
/// Building starts when `start()` is called (the terminal driver calls it once the first frame is painted), or at
/// the first use, whichever comes first. Started earlier, next to the start-up work, the building thread's memory
/// traffic stalled the main thread by about 2 ms (measured with the start-up trace, BENCHMARKS.md).
public final class PendingCoach: @unchecked Sendable {
    private let condition = NSCondition()
    private var built: Coach?
    private var make: (@Sendable () -> Coach)?

    /// A coach that is ready.
    public init(_ coach: Coach) { built = coach }

    /// A coach that `make` builds on another thread after `start()`, or on the first use.
    public init(building make: @escaping @Sendable () -> Coach) {
        self.make = make
    }

    /// Starts building on another thread, unless building has started or the coach is there.
    public func start() {
        guard let make = takeMake() else { return }
        let thread = Thread { [self] in finish(make()) }
        thread.name = "voordeur-coach"
        thread.start()
    }

    /// Whether the coach is built (a check that never waits and starts nothing).
    public var isReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return built != nil
    }

    /// The coach: built here when nothing started building it yet, else waited for.
    public var coach: Coach {
        if let make = takeMake() {
            let coach = make()
            finish(coach)
            return coach
        }
        condition.lock()
        defer { condition.unlock() }
        while built == nil { condition.wait() }
        return built!
    }

    /// The builder, once: whoever takes it builds.
    private func takeMake() -> (@Sendable () -> Coach)? {
        condition.lock()
        defer { condition.unlock() }
        let taken = make
        make = nil
        return taken
    }

    private func finish(_ coach: Coach) {
        condition.lock()
        built = coach
        condition.broadcast()
        condition.unlock()
    }
}
