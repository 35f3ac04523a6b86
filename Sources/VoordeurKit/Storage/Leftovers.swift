import Foundation

/// What start-up cleaned before reading any draft.
public struct Leftovers: Equatable, Sendable {
    /// Temporary files of our own naming (`.bezoek-….tmp`, `.overdracht-….tmp`, …) left by a crash between
    /// writing and renaming.
    public var temporaryFiles = 0
    /// Lock files no running program holds (left by a program that was killed).
    public var staleLocks = 0

    public init(temporaryFiles: Int = 0, staleLocks: Int = 0) {
        self.temporaryFiles = temporaryFiles
        self.staleLocks = staleLocks
    }

    /// Dutch, with correct plurals; empty when nothing was found.
    public var notices: [String] {
        var out: [String] = []
        if temporaryFiles > 0 {
            out.append(trCount("storage.temporaryfiles", temporaryFiles))
        }
        if staleLocks > 0 {
            out.append(trCount("storage.stalelocks", staleLocks))
        }
        return out
    }
}
