import CSodium
import Foundation

/// A 32-byte key in memory that libsodium owns: `sodium_malloc` puts it between guard pages and `mlock`s it (so it
/// is not written to swap, within RLIMIT_MEMLOCK), and `sodium_free` wipes it before it is given back. The key
/// never lives in a Swift `Data` or `Array`, which the runtime copies freely.
public final class SecretKey: @unchecked Sendable {
    public static let byteCount = 32
    let pointer: UnsafeMutableRawPointer

    /// A key of random bytes.
    public static func random() throws -> SecretKey {
        let key = try SecretKey()
        randombytes_buf(key.pointer, Self.byteCount)
        return key
    }

    /// An all-zero key to be filled by libsodium (a derivation or an unwrap).
    init() throws {
        try Sodium.ready()
        guard let memory = sodium_malloc(Self.byteCount) else { throw StorageError(CryptoTexts.noSecureMemory) }
        pointer = memory
        sodium_memzero(pointer, Self.byteCount)
    }

    deinit { sodium_free(pointer) }

    var bytes: UnsafePointer<UInt8> { UnsafePointer(pointer.assumingMemoryBound(to: UInt8.self)) }
    var mutableBytes: UnsafeMutablePointer<UInt8> { pointer.assumingMemoryBound(to: UInt8.self) }
}
