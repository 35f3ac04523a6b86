import Foundation

/// The process's environment, read once. `ProcessInfo.environment` builds a new dictionary on every call (about
/// 0.25 M instructions), and start-up asked for it 14 times; voordeur never changes its own environment.
public enum ProcessEnvironment {
    public static let current: [String: String] = ProcessInfo.processInfo.environment
}
