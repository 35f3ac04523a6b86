import CSodium
import Foundation

/// libsodium's one-time start: `sodium_init` picks the fastest implementations and seeds the random generator. It is
/// safe to call again (it returns 1 then), so every entry point of the crypto code calls `ready()` instead of relying
/// on the program's start.
enum Sodium {
    private static let initialised: Bool = sodium_init() >= 0

    /// Whether libsodium could start (it fails only when no random source is available).
    static func ready() throws {
        guard initialised else { throw StorageError(CryptoTexts.sodiumUnavailable) }
    }

    /// Random bytes from the kernel's generator.
    static func random(_ count: Int) -> Data {
        var data = Data(count: count)
        data.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, count) }
        return data
    }

    /// Overwrites the bytes of `data` with zeros, in a way the optimiser does not remove. Swift may have copied the
    /// bytes before (a `Data` is copied on write), so this wipes this copy only: "where practical".
    static func wipe(_ data: inout Data) {
        guard !data.isEmpty else { return }
        data.withUnsafeMutableBytes { sodium_memzero($0.baseAddress!, $0.count) }
    }
}
