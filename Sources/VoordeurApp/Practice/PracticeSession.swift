import VoordeurKit

/// Practice mode (`voordeur oefen`, or `o` on the visits overlay): the case being practised and the real visit to go
/// back to. While it is set, nothing of the visit on screen is saved, exported, sent or copied (`PracticeMode.guarded`).
public struct PracticeSession: Equatable, Sendable {
    /// The case on screen; nil while the first one is being chosen.
    public var practiceCase: PracticeCase?
    /// The real visit the worker left for practice, restored when practice ends; nil when the program was started
    /// with `voordeur oefen` (then ending practice ends the program).
    public var returnTo: Visit?
    public var returnOnDisk: Bool
    /// The real visit's save (on the way into practice) failed: kept here, not in `AppState.saveProblem`, so that
    /// nothing (a tick, a signal's final save) takes the practice visit for the one to save; back in the visit it
    /// is said again and the save is tried again.
    public var returnSaveProblem: String?

    public init(practiceCase: PracticeCase? = nil, returnTo: Visit? = nil, returnOnDisk: Bool = false) {
        self.practiceCase = practiceCase
        self.returnTo = returnTo
        self.returnOnDisk = returnOnDisk
    }
}
