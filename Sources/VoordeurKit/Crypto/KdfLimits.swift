import CSodium
import Foundation

/// The cost of turning a PIN into a key with Argon2id: passes over `memoryBytes` of memory. Stored in the key file,
/// so a file made with other limits still opens, and the limits can change between versions.
public struct KdfLimits: Equatable, Sendable {
    public var passes: UInt64
    public var memoryBytes: UInt64

    public init(passes: UInt64, memoryBytes: UInt64) {
        self.passes = passes
        self.memoryBytes = memoryBytes
    }

    /// Three passes over 128 MiB: between libsodium's "interactive" (2 × 64 MiB, about 0.15 s here) and "moderate"
    /// (3 × 256 MiB, about 1.1 s) limits, and measured at about 0.4 s on one core of this machine (BENCHMARKS.md):
    /// unlocking stays well under a second while every guess costs an attacker the same.
    public static let standard = KdfLimits(passes: 3, memoryBytes: 128 * 1024 * 1024)

    /// libsodium's smallest allowed limits: for tests of the file format, never for a worker's key.
    public static let fastestForTests = KdfLimits(passes: UInt64(crypto_pwhash_OPSLIMIT_MIN),
                                                  memoryBytes: UInt64(crypto_pwhash_MEMLIMIT_MIN))

    /// Limits a key file may ask for: within libsodium's bounds and at most 1 GiB, so that a planted key file cannot
    /// make the program allocate without end.
    var isAcceptable: Bool {
        passes >= UInt64(crypto_pwhash_OPSLIMIT_MIN) && passes <= 16
            && memoryBytes >= UInt64(crypto_pwhash_MEMLIMIT_MIN) && memoryBytes <= 1024 * 1024 * 1024
    }
}
