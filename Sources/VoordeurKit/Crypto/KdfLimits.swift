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

    /// Two passes over 256 MiB: the memory of libsodium's "moderate" limits (memory is what makes guessing on
    /// graphics cards expensive) with one pass fewer, so that unlocking stays well under a second. Measured on one
    /// core of this machine (BENCHMARKS.md): about 0.3 s, against 0.43 to 0.62 s for "moderate" (3 × 256 MiB) and 0.07 s for
    /// "interactive" (2 × 64 MiB). Never on the path of a keystroke: the PIN screen runs it off the UI loop.
    public static let standard = KdfLimits(passes: 2, memoryBytes: 256 * 1024 * 1024)

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
