import VoordeurKit

/// The mail programs the settings screen offers: those found on this machine, as a `verzendcommando`. The empty
/// choice is xdg-email (the worker's own mail program opens); a typed command goes in the field below it.
enum MailPrograms {
    static let candidates: [(program: String, command: String)] = [("msmtp", "msmtp -t"), ("sendmail", "sendmail -t")]

    static func choices(lookup: (String) -> String? = { CommandRunner.findExecutable($0) }) -> [String] {
        var out = [""]
        for candidate in candidates {
            if let path = lookup(candidate.program) ?? (candidate.program == "sendmail" ? lookup("/usr/sbin/sendmail") : nil) {
                out.append(candidate.program == "sendmail" && !path.isEmpty ? "\(path) -t" : candidate.command)
            }
        }
        return out
    }
}
