import Foundation

/// What the PIN screen asks of the effect runner. Each runs Argon2id (about 0.3 s) or deletes files, so it runs off
/// the UI loop; the answer comes back as a `PinResult`.
public enum PinWork: Equatable, Sendable {
    /// Unlock the data key and open the drafts.
    case unlock(String)
    /// Make the data key with this first PIN, seal what is plain, and open the drafts.
    case choose(String)
    /// Record "zonder pincode" and open the drafts.
    case withoutPin
    /// Check the PIN of the idle lock (the drafts are open already).
    case check(String)
    case change(old: String, new: String)
    /// Delete every draft and the key file (offered after ten wrong PINs).
    case wipeAll
}
