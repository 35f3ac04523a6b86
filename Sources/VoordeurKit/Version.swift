/// The program's version: the one place it is written. `voordeur --version`, `voordeur versie`, the man page and
/// `Packaging/deb.sh` all take it from here.
public enum VoordeurVersion {
    public static let current = "0.1.0"
}
