import CSodium
import Foundation

/// The small file `sleutel` in the data folder (0600) that says how the data folder is protected:
///
///     "VDK" 0x01 0x00                                            no PIN: the worker confirmed an encrypted disk
///     "VDK" 0x01 0x01 | passes (u64 LE) | memory (u64 LE) | salt (16) | nonce (24) | wrapped data key (32 + 16)
///
/// With a PIN, Argon2id turns PIN and salt into a key-encryption key that unwraps the random data key with
/// XChaCha20-Poly1305; everything before the wrapped key is authenticated as additional data, so changed limits or
/// salt fail like a wrong PIN. A PIN change rewraps the same data key: no draft is rewritten.
public struct KeyFile: Equatable, Sendable {
    public enum Kind: UInt8, Sendable { case withoutPin = 0, pin = 1 }
    static let magic: [UInt8] = [0x56, 0x44, 0x4B]  // "VDK"
    static let version: UInt8 = 1
    static let saltBytes = Int(crypto_pwhash_SALTBYTES)

    public var kind: Kind
    public var limits: KdfLimits
    var salt: Data
    var nonce: Data
    var wrapped: Data

    /// The file that records "zonder pincode".
    public static let withoutPin = KeyFile(kind: .withoutPin, limits: .standard, salt: Data(), nonce: Data(), wrapped: Data())

    /// The bytes of the file.
    public var data: Data {
        var out = Data(Self.magic + [Self.version, kind.rawValue])
        guard kind == .pin else { return out }
        out.append(header.dropFirst(5))
        out.append(wrapped)
        return out
    }

    /// Magic, version, kind, limits, salt and nonce: authenticated with the wrapped key.
    var header: Data {
        var out = Data(Self.magic + [Self.version, kind.rawValue])
        withUnsafeBytes(of: limits.passes.littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: limits.memoryBytes.littleEndian) { out.append(contentsOf: $0) }
        out.append(salt)
        out.append(nonce)
        return out
    }

    /// Reads the file's bytes; nil when they are not a key file of this version (the caller says so).
    public init?(_ data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 5, Array(bytes[0..<3]) == Self.magic, bytes[3] == Self.version,
              let kind = Kind(rawValue: bytes[4]) else { return nil }
        if kind == .withoutPin {
            guard bytes.count == 5 else { return nil }
            self = .withoutPin
            return
        }
        let headerLength = 5 + 16 + Self.saltBytes + Seal.nonceBytes
        guard bytes.count == headerLength + SecretKey.byteCount + Seal.tagBytes else { return nil }
        func u64(_ at: Int) -> UInt64 { bytes[at..<at + 8].reversed().reduce(0) { $0 << 8 | UInt64($1) } }
        let limits = KdfLimits(passes: u64(5), memoryBytes: u64(13))
        guard limits.isAcceptable else { return nil }
        self.init(kind: .pin, limits: limits, salt: Data(bytes[21..<21 + Self.saltBytes]),
                  nonce: Data(bytes[21 + Self.saltBytes..<headerLength]), wrapped: Data(bytes[headerLength...]))
    }

    init(kind: Kind, limits: KdfLimits, salt: Data, nonce: Data, wrapped: Data) {
        self.kind = kind
        self.limits = limits
        self.salt = salt
        self.nonce = nonce
        self.wrapped = wrapped
    }

    /// A new file protecting `dataKey` with `pin` (a fresh salt and nonce). Takes as long as one unlock.
    public static func protecting(_ dataKey: SecretKey, pin: String, limits: KdfLimits = .standard) throws -> KeyFile {
        var file = KeyFile(kind: .pin, limits: limits, salt: Sodium.random(saltBytes), nonce: Sodium.random(Seal.nonceBytes),
                           wrapped: Data())
        let kek = try derive(pin: pin, salt: file.salt, limits: limits)
        let header = file.header
        var wrapped = Data(count: SecretKey.byteCount + Seal.tagBytes)
        var length: UInt64 = 0
        _ = wrapped.withUnsafeMutableBytes { w in
            header.withUnsafeBytes { ad in
                file.nonce.withUnsafeBytes { n in
                    crypto_aead_xchacha20poly1305_ietf_encrypt(
                        w.baseAddress!.assumingMemoryBound(to: UInt8.self), &length, dataKey.bytes, UInt64(SecretKey.byteCount),
                        ad.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(header.count), nil,
                        n.baseAddress!.assumingMemoryBound(to: UInt8.self), kek.bytes)
                }
            }
        }
        file.wrapped = wrapped
        return file
    }

    /// The data key, or nil for a wrong PIN (or a changed file: the two cannot be told apart, on purpose).
    /// Takes about 0.3 s (Argon2id): never call it on the path of a keystroke.
    public func unlock(pin: String) throws -> SecretKey? {
        guard kind == .pin else { return nil }
        let kek = try Self.derive(pin: pin, salt: salt, limits: limits)
        let key = try SecretKey()
        let header = self.header
        var length: UInt64 = 0
        let result = wrapped.withUnsafeBytes { w in
            header.withUnsafeBytes { ad in
                nonce.withUnsafeBytes { n in
                    crypto_aead_xchacha20poly1305_ietf_decrypt(
                        key.mutableBytes, &length, nil, w.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(wrapped.count),
                        ad.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(header.count),
                        n.baseAddress!.assumingMemoryBound(to: UInt8.self), kek.bytes)
                }
            }
        }
        return result == 0 && length == UInt64(SecretKey.byteCount) ? key : nil
    }

    /// Argon2id of the PIN into libsodium-owned memory. The PIN's own bytes are copied into a buffer that is wiped
    /// afterwards; the Swift `String` the PIN arrived in cannot be wiped (see README).
    static func derive(pin: String, salt: Data, limits: KdfLimits) throws -> SecretKey {
        let kek = try SecretKey()
        // A terminating zero, so that even an empty PIN has an address to pass; it is not hashed.
        var pinBytes = Data(pin.utf8) + [0]
        defer { Sodium.wipe(&pinBytes) }
        let result = pinBytes.withUnsafeBytes { p in
            salt.withUnsafeBytes { s in
                crypto_pwhash(kek.mutableBytes, UInt64(SecretKey.byteCount),
                              p.baseAddress!.assumingMemoryBound(to: CChar.self), UInt64(pinBytes.count - 1),
                              s.baseAddress!.assumingMemoryBound(to: UInt8.self),
                              limits.passes, Int(limits.memoryBytes), crypto_pwhash_ALG_ARGON2ID13)
            }
        }
        guard result == 0 else { throw StorageError(CryptoTexts.outOfMemoryForPin) }
        return kek
    }
}
