import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every system call the store makes, in one place: EINTR is retried here and nowhere else, and every failure becomes
/// a `StorageError` with a Dutch reason.
enum Posix {
    /// Repeats `call` while it fails with EINTR (a signal arrived, such as SIGWINCH on a resize).
    @inline(__always)
    static func retrying<T: BinaryInteger>(_ call: () -> T) -> T {
        var result: T
        repeat { result = call() } while result == -1 && errno == EINTR
        return result
    }

    /// `openat` that never follows a symbolic link in the last component and is closed on exec.
    static func open(_ name: String, in folder: Int32, _ flags: Int32, mode: mode_t = 0o600) -> Int32 {
        retrying { openat(folder, name, flags | O_NOFOLLOW | O_CLOEXEC, mode) }
    }

    /// Writes every byte (a write may be short); the errno of the failure, or 0.
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
        data.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let written = retrying { Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset) }
                if written < 0 { return errno }
                offset += written
            }
            return 0
        }
    }

    /// Reads to the end of the file; nil with errno set on failure.
    static func readAll(_ fd: Int32, expected: Int) -> Data? {
        var data = Data(count: expected + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(4096, data.count) }
            let got = data.withUnsafeMutableBytes { buffer in
                retrying { Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled) }
            }
            if got < 0 { return nil }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }

    /// Closes a descriptor that was written to: on Linux a failing close can report a write the disk refused (NFS,
    /// quota), so its result counts. EINTR is not retried: Linux has released the descriptor by then.
    static func closeChecked(_ fd: Int32) -> Int32 {
        Glibc.close(fd) == 0 || errno == EINTR ? 0 : errno
    }

    /// The file's status without following a link; nil when it is not there (errno set).
    static func status(_ name: String, in folder: Int32) -> stat? {
        var info = stat()
        return fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }

    /// Gives `from` the name `to` in `folder` only when `to` does not exist yet, atomically. Swift's Glibc module
    /// does not export renameat2(RENAME_NOREPLACE); link(2) has the same guarantee (EEXIST, decided by the kernel),
    /// after which the temporary name is removed.
    static func publishWithoutReplacing(_ from: String, as to: String, in folder: Int32) -> Int32 {
        if retrying({ linkat(folder, from, folder, to, 0) }) != 0 { return errno }
        unlinkat(folder, from, 0)
        return 0
    }

    /// A short Dutch reason for an errno value: the common table, except that a link is refused on purpose here.
    static func reason(_ code: Int32) -> String {
        code == ELOOP ? "dit is een symbolische koppeling; voordeur volgt die niet" : ErrnoText.reason(code)
    }
}
