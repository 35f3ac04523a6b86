import Foundation
import VoordeurKit

/// Reads a PIN on the command line: from the terminal without echo, or one line from standard input
/// (`--pincode-stdin`, for scripts and tests). The PIN is never an argument: arguments are visible in `ps`.
enum PinPrompt {
    /// One line from standard input, without its line end; nil at end of input.
    static func lineFromStandardInput() -> String? {
        readLine(strippingNewline: true).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }

    /// Asks `prompt` on the controlling terminal (/dev/tty) with echo off, so the PIN is not shown and does not end
    /// up in the terminal's scroll-back. Throws when there is no terminal.
    static func askOnTerminal(_ prompt: String) throws -> String {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw CLIFailure(message: CLIPinTexts.noTerminal) }
        defer { close(fd) }
        var saved = termios()
        let hasTermios = tcgetattr(fd, &saved) == 0
        if hasTermios {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        defer { if hasTermios { tcsetattr(fd, TCSAFLUSH, &saved) } }
        _ = prompt.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != 10, byte != 13, bytes.count < 1024 { bytes.append(byte) }
        defer { for index in bytes.indices { bytes[index] = 0 } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
