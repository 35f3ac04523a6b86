import CSodium
import Foundation
import VoordeurKit

/// Encryption at rest: Argon2id's unlock at the limits the program uses (and libsodium's named limits beside it, for
/// the choice in KdfLimits), sealing one draft, and the drafts benchmark with every draft sealed.
enum CryptoBench {
    static func run(_ sink: inout Int) {
        guard only.isEmpty || "crypto".contains(only) || only.contains("crypto") || only.contains("drafts") else { return }
        let limits: [(String, KdfLimits)] = [
            ("used, 2 × 256 MiB", .standard),
            ("3 × 128 MiB", KdfLimits(passes: 3, memoryBytes: 128 * 1024 * 1024)),
            ("interactive, 2 × 64 MiB", KdfLimits(passes: UInt64(crypto_pwhash_OPSLIMIT_INTERACTIVE),
                                                 memoryBytes: UInt64(crypto_pwhash_MEMLIMIT_INTERACTIVE))),
            ("moderate, 3 × 256 MiB", KdfLimits(passes: UInt64(crypto_pwhash_OPSLIMIT_MODERATE),
                                               memoryBytes: UInt64(crypto_pwhash_MEMLIMIT_MODERATE))),
        ]
        for (name, limit) in limits {
            guard let key = try? SecretKey.random(), let file = try? KeyFile.protecting(key, pin: "246810", limits: limit) else {
                print("crypto: no key (libsodium)"); return
            }
            _ = measure("crypto: unlock (Argon2id \(name))", runs: 7) {
                sink &+= (try? file.unlock(pin: "246810")) == nil ? 0 : 1
            }
        }
        guard let key = try? SecretKey.random() else { return }
        var visit = Visit.new()
        visit.updateObservation("woning.vuistafdrukken") { $0.description = description(length: 2000) }
        let plain = (try? DraftStore.encode(visit)) ?? Data()
        _ = measure("crypto: seal one draft (\(plain.count) bytes)", runs: 5000) { sink &+= Seal.seal(plain, key: key).count }
        let sealed = Seal.seal(plain, key: key)
        _ = measure("crypto: open one sealed draft", runs: 5000) { sink &+= Seal.open(sealed, key: key)?.count ?? 0 }
        DraftsBench.run(&sink, key: key)
    }
}
