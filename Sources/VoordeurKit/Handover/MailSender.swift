import Foundation

/// How a handover note reaches the sociaal consulent. Voordeur opens no network connection itself: it hands the
/// note to a program on the worker's machine.
public enum MailMethod: Equatable, Sendable {
    /// The configured `verzendcommando` (e.g. `/usr/sbin/sendmail -t`, `msmtp -t`): gets the whole message
    /// (the .eml: headers with the consulent as recipient, and the note) on standard input.
    case command([String])
    /// `xdg-email` at this path: opens the worker's mail program with the consulent, the subject and the note as
    /// an attachment; the worker sends it from there.
    case xdgEmail(String)

    /// Dutch, for messages and the status line.
    public var label: String {
        switch self {
        case .command(let argv): return tr("mail.command", ["commando": argv.joined(separator: " ")])
        case .xdgEmail: return tr("mail.xdgemail")
        }
    }
}

/// What happened when the note was handed over.
public struct MailOutcome: Equatable, Sendable {
    public var method: MailMethod
    /// The consulent's address.
    public var recipient: String
    /// With xdg-email: the note file the mail program attaches (0600, in the export folder, kept for the
    /// retention period like every export).
    public var attachment: URL?
    /// One Dutch line for the command line or the status line.
    public var statusLine: String
}

public enum MailSender {
    /// Said when there is no way to send: what to configure.
    public static var notConfigured: String { tr("mail.notconfigured") }

    public static var missingRecipient: String { tr("mail.norecipient") }

    /// Which method to use: the configured command (a command line, split without a shell), else xdg-email when
    /// `lookup` finds it, else nil (then show `notConfigured`). Pure: `lookup` maps a program name to its path.
    public static func choose(configuredCommand: String?,
                              lookup: (String) -> String? = { CommandRunner.findExecutable($0) }) throws -> MailMethod? {
        if let line = configuredCommand, !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                return .command(try CommandRunner.split(line))
            } catch let problem as CommandProblem {
                throw CommandProblem("verzendcommando '\(line)': \(problem.message)")
            }
        }
        return lookup("xdg-email").map { .xdgEmail($0) }
    }

    /// Hands `note` over with `method`. `attachmentFolder` is where xdg-email's attachment is written
    /// (`tightenFolder`: make an existing folder 0700, as for the default export folder). `run` starts a program
    /// with input; by default `CommandRunner.run`, stopped when `cancellation` is set. Throws a `CommandProblem` (one Dutch line; nothing was deleted)
    /// with the command's exit code and standard error when it fails.
    public static func send(_ note: HandoverNote, via method: MailMethod, attachmentFolder: URL, tightenFolder: Bool = true,
                            environment: [String: String] = ProcessEnvironment.current, timeout: TimeInterval = 60,
                            cancellation: Cancellation? = nil,
                            run: (([String], Data) throws -> CommandResult)? = nil) throws -> MailOutcome {
        let recipient = note.config.consulentEmail
        guard !recipient.isEmpty else { throw CommandProblem(missingRecipient) }
        let start = run ?? {
            try CommandRunner.run($0, input: $1, environment: environment, timeout: timeout, cancellation: cancellation)
        }
        switch method {
        case .command(let argv):
            let message = Data(note.email().utf8)
            let result = try attempt(argv, input: message, start: start)
            guard result.succeeded else {
                throw CommandProblem(tr("mail.failed", ["reden": result.failureLine(command: argv.joined(separator: " "))]))
            }
            return MailOutcome(method: method, recipient: recipient, attachment: nil,
                               statusLine: tr("mail.sent", ["aan": recipient, "via": method.label]))
        case .xdgEmail(let path):
            let file = attachmentFolder.appendingPathComponent("overdracht-\(note.visitID).txt")
            do {
                try SecureFile.ensurePrivateFolder(attachmentFolder, tightenExisting: tightenFolder)
                try SecureFile.write(Data(note.plainText().utf8), to: file)
            } catch let error as StorageError {
                throw CommandProblem(tr("mail.noattachment", ["reden": error.message]))
            }
            let argv = [path, "--utf8", "--subject", note.emailSubject,
                        "--body", note.mailBody, "--attach", file.path, recipient]
            let result = try attempt(argv, input: Data(), start: start)
            guard result.succeeded else {
                throw CommandProblem(tr("mail.notopened", ["reden": result.failureLine(command: "xdg-email"), "pad": file.path]))
            }
            return MailOutcome(method: method, recipient: recipient, attachment: file,
                               statusLine: tr("mail.opened", ["aan": recipient, "bestand": file.lastPathComponent]))
        }
    }

    static func attempt(_ argv: [String], input: Data, start: ([String], Data) throws -> CommandResult) throws -> CommandResult {
        do {
            return try start(argv, input)
        } catch let problem as CommandProblem {
            throw CommandProblem(tr("mail.failed", ["reden": problem.message]))
        }
    }
}
