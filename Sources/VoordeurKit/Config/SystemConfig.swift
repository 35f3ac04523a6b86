import Foundation

/// The corporation's own configuration, read before the worker's: the card, the sociaal consulent, retention and
/// encryption, and the keys the worker may not change (`vergrendeld`).
///
/// Where: `VOORDEUR_SYSTEM_CONFIG` when set (an empty value means none: tests never read the real /etc), else the
/// first `voordeur/voordeur.conf` in `$XDG_CONFIG_DIRS`, else `/etc/voordeur/voordeur.conf`.
public enum SystemConfig {
    public static let standardPath = "/etc/voordeur/voordeur.conf"

    /// The system file to read, or nil when there is none.
    public static func location(environment: [String: String] = ProcessEnvironment.current) -> URL? {
        if let explicit = environment["VOORDEUR_SYSTEM_CONFIG"] {
            return explicit.isEmpty ? nil : URL(fileURLWithPath: explicit)
        }
        var candidates: [String] = []
        if let dirs = environment["XDG_CONFIG_DIRS"] {
            candidates += dirs.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
                .map { $0 + "/voordeur/voordeur.conf" }
        }
        candidates.append(standardPath)
        return candidates.first { FileKind.at($0) != .missing }.map { URL(fileURLWithPath: $0) }
    }

    /// Dutch: keys of the worker's file that were not used, said once.
    static func ignoredNotice(_ keys: [String], system: String) -> String { CryptoTexts.ignoredOverrides(keys, system: system) }
}
