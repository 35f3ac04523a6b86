import CNcursesw
import Foundation

extension TerminalDriver {
    /// Checks, before anything is painted, that `TERM` names a terminal that ncurses knows and that can place the
    /// cursor (not `dumb`). Returns nil when it can, else one Dutch line. Nothing reaches the terminal: the check
    /// opens an ncurses screen on /dev/null, closes it again, and restores the handlers ncurses installs for
    /// SIGINT, SIGTERM, SIGQUIT and SIGTSTP. Its SIGWINCH handler stays: ncurses installs that one only once per
    /// process, and the real screen needs it for resizes.
    public static func checkTerminal(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let advice = "start voordeur in een gewone terminal (bijvoorbeeld TERM=xterm-256color)"
        guard let term = environment["TERM"], !term.isEmpty else {
            return "TERM is niet ingesteld, dus het scherm kan niet worden opgebouwd; \(advice)"
        }
        if term == "dumb" {
            return "deze terminal (TERM=dumb) kan geen scherm opbouwen; \(advice)"
        }
        guard let output = fopen("/dev/null", "w") else { return nil }
        defer { fclose(output) }
        guard let input = fopen("/dev/null", "r") else { return nil }
        defer { fclose(input) }
        let signals = [SIGINT, SIGTERM, SIGTSTP, SIGQUIT]
        var saved: [sigaction] = signals.map { _ in sigaction() }
        for (index, sig) in signals.enumerated() { sigaction(sig, nil, &saved[index]) }
        defer { for (index, sig) in signals.enumerated() { sigaction(sig, &saved[index], nil) } }
        guard let screen = newterm(term, output, input) else {
            return "het terminaltype '\(term)' (TERM) is onbekend op deze computer; \(advice)"
        }
        let cursor = tigetstr("cup")
        let usable = cursor != nil && Int(bitPattern: cursor) != -1
        endwin()
        delscreen(screen)
        return usable ? nil : "deze terminal (TERM=\(term)) kan de cursor niet plaatsen; \(advice)"
    }
}
