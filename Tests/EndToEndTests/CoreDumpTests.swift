import Foundation
import XCTest

/// A crash must not write the typed description to disk: the process makes itself non-dumpable at start.
final class CoreDumpTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.available, "tmux is not installed (.ci/run installs it)")
    }

    /// Every regular file under `folder` (not following links), for finding a core file whatever its name.
    func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }

    /// The soft limit "Max core file size" of a process, from /proc (bytes, or "unlimited").
    func coreLimit(of pid: Int32) -> String? {
        let limits = (try? String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)) ?? ""
        guard let line = limits.split(separator: "\n").first(where: { $0.hasPrefix("Max core file size") }) else { return nil }
        return line.dropFirst("Max core file size".count).split(separator: " ").first.map(String.init)
    }

    /// The parent's pid, from /proc/PID/stat (the field after the parenthesised command name and the state).
    func parent(of pid: Int32) -> Int32? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.range(of: ")", options: .backwards) else { return nil }
        let fields = stat[close.upperBound...].split(separator: " ")
        return fields.count > 1 ? Int32(fields[1]) : nil
    }

    func testSIGSEGVWithTypedTextLeavesNoCoreFile() throws {
        // Where the kernel would put a core: a file name relative to the working folder (this machine: "core"), an
        // absolute path, or "|program" (systemd-coredump, apport), which this test cannot search but the shell's
        // "(core dumped)" still reveals.
        let pattern = ((try? String(contentsOfFile: "/proc/sys/kernel/core_pattern", encoding: .utf8)) ?? "core")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let sandbox = try Sandbox()
        let workFolder = sandbox.root.appendingPathComponent("werkmap")
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        var searched = [workFolder, sandbox.root]
        if pattern.hasPrefix("/") {
            searched.append(URL(fileURLWithPath: pattern).deletingLastPathComponent())
        }
        let before = Set(searched.flatMap { files(under: $0) })

        let tmux = try Tmux(sandbox: sandbox,
                            shellPrefix: "cd \(Tmux.quote(workFolder.path)) && ulimit -c unlimited && ")
        try tmux.waitFor("vuistafdrukken")
        try tmux.keys("Enter")
        try tmux.waitFor("Wat zie ik?")
        // A word that appears nowhere else, to look for in whatever the crash leaves behind.
        let marker = "kwikzilverdeurpost"
        try tmux.type("Ik zie een \(marker) met een deuk.")
        try tmux.waitFor(marker)
        let pid = try XCTUnwrap(tmux.pid)
        // The shell that started it allows cores of any size; the program itself has lowered its own limit to 0.
        XCTAssertEqual(coreLimit(of: try XCTUnwrap(parent(of: pid))), "unlimited")
        XCTAssertEqual(coreLimit(of: pid), "0")
        XCTAssertEqual(kill(pid, SIGSEGV), 0)
        XCTAssertEqual(try tmux.waitForExit(timeout: 60), 128 + SIGSEGV)

        // The shell reports a dump the kernel wrote ("Segmentation fault (core dumped)"), whatever the core_pattern.
        let screen = try tmux.joinedScreen()
        XCTAssertFalse(screen.contains("core dumped"), screen)
        guard !pattern.hasPrefix("|") else { return }
        let new = Set(searched.flatMap { files(under: $0) }).subtracting(before)
        for file in new where !file.path.hasPrefix(sandbox.data.path) {
            let bytes = (try? Data(contentsOf: file)) ?? Data()
            XCTAssertNil(bytes.range(of: Data(marker.utf8)), "\(file.path) holds the typed text")
            XCTAssertFalse(file.lastPathComponent.hasPrefix("core"), "a core file appeared: \(file.path)")
        }
    }
}
