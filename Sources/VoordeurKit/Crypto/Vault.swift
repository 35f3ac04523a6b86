import Foundation

/// The data folder's key: choosing, unlocking and changing the PIN. The data key is made once, at random, and never
/// changes; a PIN only wraps it (`KeyFile`), so a PIN change rewrites one small file and no draft.
public enum Vault {
    /// What the key file of `store`'s data folder says.
    public static func protection(of store: DraftStore) -> Protection {
        guard let folder = try? store.openFolder() else { return .notChosen }
        switch folder.read(DataLayout.keyFile, limit: 4096) {
        case .failure(.missing): return .notChosen
        case .failure: return .damaged
        case .success(let data):
            guard let file = KeyFile(data) else { return .damaged }
            return file.kind == .pin ? .pin(file) : .withoutPin
        }
    }

    /// The data key for `pin`, or nil when the PIN is wrong. About 0.3 s. Counts the try in the data folder: a wrong
    /// PIN adds one, a right one resets the count (see `PinAttempts`).
    public static func unlock(pin: String, store: DraftStore, now: Date = Date()) throws -> SecretKey? {
        guard case .pin(let file) = protection(of: store) else { throw StorageError(CryptoTexts.noPinSet) }
        return try counted(file.unlock(pin: pin), store: store, now: now)
    }

    /// The wrong PINs so far, as the data folder keeps them (none when the file is missing or unreadable).
    public static func attempts(store: DraftStore) -> PinAttempts {
        guard let folder = try? store.openFolder(), case .success(let data) = folder.read(DataLayout.pinAttemptsFile, limit: 256) else {
            return PinAttempts()
        }
        return PinAttempts(data) ?? PinAttempts()
    }

    /// Records the outcome of a try and passes its key on. A count that cannot be written (a read-only disk) does not
    /// stop the unlocking: the wait still holds in the running program.
    static func counted(_ key: SecretKey?, store: DraftStore, now: Date) -> SecretKey? {
        var attempts = attempts(store: store)
        if key == nil {
            attempts.failed(at: now)
            try? store.makeFolder().write(attempts.data, as: DataLayout.pinAttemptsFile)
        } else if attempts.failures > 0 {
            try? store.makeFolder().remove(DataLayout.pinAttemptsFile)
        }
        return key
    }

    /// Makes a new data key protected by `pin` and writes the key file. Refused when a PIN is already set (that is
    /// `changePin`) or the key file is damaged (it is never overwritten: it may be the only way to the drafts).
    public static func choosePin(_ pin: String, store: DraftStore, limits: KdfLimits = .standard) throws -> SecretKey {
        if let problem = PinRule.problem(pin) { throw StorageError(problem) }
        switch protection(of: store) {
        case .pin: throw StorageError(CryptoTexts.pinAlreadySet)
        case .damaged: throw StorageError(CryptoTexts.keyFileDamaged)
        case .notChosen, .withoutPin: break
        }
        let key = try SecretKey.random()
        let file = try KeyFile.protecting(key, pin: pin, limits: limits)
        try store.makeFolder().write(file.data, as: DataLayout.keyFile)
        return key
    }

    /// Records "zonder pincode" (the worker confirmed that the disk is encrypted). Never replaces a PIN.
    public static func chooseWithoutPin(store: DraftStore) throws {
        switch protection(of: store) {
        case .pin: throw StorageError(CryptoTexts.pinAlreadySet)
        case .damaged: throw StorageError(CryptoTexts.keyFileDamaged)
        case .notChosen, .withoutPin: break
        }
        try store.makeFolder().write(KeyFile.withoutPin.data, as: DataLayout.keyFile)
    }

    /// Rewraps the data key under `new`. Returns false (and changes nothing) when `old` is wrong.
    public static func changePin(from old: String, to new: String, store: DraftStore, now: Date = Date()) throws -> Bool {
        if let problem = PinRule.problem(new) { throw StorageError(problem) }
        guard case .pin(let file) = protection(of: store) else { throw StorageError(CryptoTexts.noPinSet) }
        guard let key = try counted(file.unlock(pin: old), store: store, now: now) else { return false }
        let rewrapped = try KeyFile.protecting(key, pin: new, limits: file.limits)
        try store.makeFolder().write(rewrapped.data, as: DataLayout.keyFile)
        return true
    }
}
