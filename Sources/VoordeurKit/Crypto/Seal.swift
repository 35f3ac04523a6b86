import CSodium
import Foundation

/// The one format of every file voordeur keeps in its data folder when a PIN is set:
///
///     "VDZ" 0x01 | nonce (24 bytes, random per write) | XChaCha20-Poly1305 ciphertext and tag (16 bytes)
///
/// The first four bytes (magic and format version) are authenticated as additional data, so a changed version byte
/// fails like a changed ciphertext. A random 24-byte nonce per write makes reuse under one key negligible, which is
/// why XChaCha20 and not ChaCha20 (12 bytes) was chosen: files are rewritten every second while typing.
public enum Seal {
    public static let magic: [UInt8] = [0x56, 0x44, 0x5A]  // "VDZ"
    public static let version: UInt8 = 1
    static let header = magic + [version]
    static let nonceBytes = Int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
    static let tagBytes = Int(crypto_aead_xchacha20poly1305_ietf_ABYTES)

    /// Whether `data` starts like a sealed file (of any version): such a file is never read as plain text.
    public static func isSealed(_ data: Data) -> Bool {
        data.count >= 4 && data.prefix(3).elementsEqual(magic)
    }

    /// `plain` sealed with `key`.
    public static func seal(_ plain: Data, key: SecretKey) -> Data {
        let nonce = Sodium.random(nonceBytes)
        var out = Data(header)
        out.append(nonce)
        var cipher = Data(count: plain.count + tagBytes)
        var written: UInt64 = 0
        _ = cipher.withUnsafeMutableBytes { c in
            plain.withUnsafeBytes { p in
                nonce.withUnsafeBytes { n in
                    header.withUnsafeBytes { ad in
                        crypto_aead_xchacha20poly1305_ietf_encrypt(
                            c.baseAddress!.assumingMemoryBound(to: UInt8.self), &written,
                            p.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(plain.count),
                            ad.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(header.count), nil,
                            n.baseAddress!.assumingMemoryBound(to: UInt8.self), key.bytes)
                    }
                }
            }
        }
        out.append(cipher.prefix(Int(written)))
        return out
    }

    /// The plain bytes of a sealed file, or nil when it was not sealed with `key`, was changed, or is of an unknown
    /// version (nothing of a damaged file is returned).
    public static func open(_ sealed: Data, key: SecretKey) -> Data? {
        let start = header.count + nonceBytes
        guard sealed.count >= start + tagBytes, sealed.prefix(4).elementsEqual(header) else { return nil }
        let nonce = Data(sealed[sealed.startIndex + header.count ..< sealed.startIndex + start])
        let cipher = Data(sealed[(sealed.startIndex + start)...])
        var plain = Data(count: cipher.count - tagBytes)
        var length: UInt64 = 0
        let result = plain.withUnsafeMutableBytes { p in
            cipher.withUnsafeBytes { c in
                nonce.withUnsafeBytes { n in
                    header.withUnsafeBytes { ad in
                        crypto_aead_xchacha20poly1305_ietf_decrypt(
                            p.baseAddress?.assumingMemoryBound(to: UInt8.self), &length, nil,
                            c.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(cipher.count),
                            ad.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(header.count),
                            n.baseAddress!.assumingMemoryBound(to: UInt8.self), key.bytes)
                    }
                }
            }
        }
        guard result == 0 else { return nil }
        plain.count = Int(length)
        return plain
    }
}
