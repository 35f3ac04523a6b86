import Foundation

/// Benchmarks of the app layer; filled in with the TUI.
enum BenchExtras {
    static func run(_ sink: inout Int) {}
}
