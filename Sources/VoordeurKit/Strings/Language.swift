/// A language the program speaks: its screens, messages and help (`--taal`, `[voordeur] taal`, the locale), or the
/// note (`[sociaal-consulent] taal`).
public enum Language: String, CaseIterable, Sendable {
    case nl, en

    /// `--taal`, then the configuration, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG` as POSIX orders them: the
    /// first one set decides), else Dutch.
    public static func choose(option: String?, configured: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(rawValue: option.lowercased()) { return language }
        if let configured, let language = Language(rawValue: configured.lowercased()) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .nl
        }
        return .nl
    }
}
