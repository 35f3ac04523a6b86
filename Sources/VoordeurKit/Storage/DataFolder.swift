import Foundation

/// Where drafts live: `--data-dir`, else `VOORDEUR_DATA_DIR`, else `$XDG_DATA_HOME/voordeur`,
/// else `~/.local/share/voordeur`.
public enum DataFolder {
    public static func resolve(option: String?, environment: [String: String] = ProcessEnvironment.current) -> URL {
        if let option, !option.isEmpty { return URL(fileURLWithPath: expandTilde(option, environment: environment)) }
        if let dir = environment["VOORDEUR_DATA_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: expandTilde(dir, environment: environment))
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("voordeur")
        }
        return home(environment).appendingPathComponent(".local/share/voordeur")
    }

    static func home(_ environment: [String: String]) -> URL {
        if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return FileManager.default.homeDirectoryForCurrentUser
    }

    public static func expandTilde(_ path: String, environment: [String: String] = ProcessEnvironment.current) -> String {
        if path == "~" { return home(environment).path }
        if path.hasPrefix("~/") { return home(environment).path + String(path.dropFirst(1)) }
        return path
    }
}
