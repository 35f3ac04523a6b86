import CPrctl
import Foundation

/// Keeps the process's memory, which holds the descriptions typed, out of core files.
enum CoreDumps {
    /// Called first thing in `main`, before any draft is read: a crash (or `kill -SEGV`) would otherwise write the
    /// whole memory to a `core` file in the working folder, or hand it to systemd-coredump or apport, which keep it
    /// for days. Both measures, because each covers a case the other misses: the core-size limit stops core files the
    /// kernel writes itself, but a core_pattern that pipes to a program ignores it; non-dumpable stops both, and
    /// also a debugger attached by the same user. Failures are ignored: neither can fail for an unprivileged
    /// process lowering its own limits, and there is nothing better to do than to run on.
    static func disable() {
        _ = vd_disable_dumping()
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
    }
}
