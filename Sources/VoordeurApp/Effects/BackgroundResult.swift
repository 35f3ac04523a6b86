import Foundation

/// What background work hands back to the UI loop: the message for `App.update`, and bytes for the terminal
/// (OSC 52), which only the UI thread may write, between frames.
public struct BackgroundResult: Sendable {
    public var message: Message?
    public var terminalOutput: String?

    public init(_ message: Message?, terminalOutput: String? = nil) {
        self.message = message
        self.terminalOutput = terminalOutput
    }
}
