import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What lists show of each draft, kept beside the drafts in `concepten.lijst` (0600), so that listing hundreds of
/// drafts at every start costs one stat per draft instead of an open, a read and a close (issue 13: 500 drafts may
/// make the first frame and `lijst` at most 1.5 times slower than none; reading every draft alone costs more than that
/// on this machine kind).
///
/// An entry is used only while its draft's file has the same inode, size, modification time and change time as
/// when the entry was made. A save writes a new file and renames it over the old one (a new inode and change time),
/// and no program can set a change time back, so a changed draft is always read again. The index holds nothing the
/// drafts do not: the fields of `DraftSummary`, one line per draft, no descriptions.
///
/// Deleting a draft removes the index (it is made again at the next listing), so no summary of a deleted draft stays
/// behind. Listings hold a shared lock on the data folder from reading until the index is written, and deletions an
/// exclusive one, so a listing in a second window cannot write back a draft the first one just deleted.
struct SummaryIndex {
    static let fileName = "concepten.lijst"
    static let header = "voordeur concepten 1"

    /// One version of a draft file.
    struct Stamp: Equatable {
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        init(_ info: stat) {
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = info.st_mtim
            changed = info.st_ctim
        }

        init(inode: UInt64, size: Int64, modified: timespec, changed: timespec) {
            self.inode = inode
            self.size = size
            self.modified = modified
            self.changed = changed
        }

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }

        /// The stamp of `name` in the folder, when it is a regular file (a symbolic link is not followed).
        static func of(_ name: UnsafePointer<CChar>, in folder: Int32) -> Stamp? {
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Stamp(info)
        }
    }

    struct Entry {
        var stamp: Stamp
        var summary: DraftSummary
    }

    /// The entries in the order they were written (the folder's listing order of the last time, so the next listing
    /// usually meets them in the same order and needs no lookup by name).
    private(set) var entries: [Entry] = []
    private var next = 0
    private var byID: [String: Int]?
    /// Which entries the listing met (an entry not met is a draft removed since).
    private var met: [Bool]
    private var metCount = 0

    init(entries: [Entry] = []) {
        self.entries = entries
        met = Array(repeating: false, count: entries.count)
    }

    private mutating func use(_ index: Int) -> Entry {
        if !met[index] { met[index] = true; metCount += 1 }
        return entries[index]
    }

    /// The entry for the draft file `name` (`bezoek-ID.json`), if there is one.
    mutating func entry(named name: UnsafePointer<CChar>, length: Int) -> Entry? {
        if next < entries.count, DraftFileName.matches(name, length, id: entries[next].summary.id) {
            next += 1
            return use(next - 1)
        }
        // Out of order: a draft was added or removed since. Look it up by id.
        if byID == nil { byID = Dictionary(entries.enumerated().map { ($1.summary.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        let prefix = DraftFileName.prefix.utf8.count, suffix = DraftFileName.suffix.utf8.count
        guard length > prefix + suffix else { return nil }
        let id = String(decoding: UnsafeRawBufferPointer(start: name + prefix, count: length - prefix - suffix), as: UTF8.self)
        guard let index = byID?[id] else { return nil }
        return use(index)
    }

    /// Whether every entry was met (else drafts were removed since the index was written).
    var allMet: Bool { metCount == entries.count }

    // MARK: The file

    /// The index in the folder, or nil when there is none or it cannot be read as one (it is then made anew).
    static func read(in folder: Int32, buffer: UnsafeMutableBufferPointer<UInt8>) -> SummaryIndex? {
        let fd = openat(folder, fileName, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        var got: Int
        repeat { got = Glibc.read(fd, buffer.baseAddress, buffer.count) } while got < 0 && errno == EINTR
        if got == buffer.count {
            // Larger than the listing buffer (thousands of drafts): read it whole.
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size < 64 * 1024 * 1024 else {
                close(fd)
                return nil
            }
            var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
            bytes.withUnsafeMutableBufferPointer { all in
                _ = memcpy(all.baseAddress!, buffer.baseAddress!, got)
                while got < all.count {
                    let more = Glibc.read(fd, all.baseAddress! + got, all.count - got)
                    if more < 0, errno == EINTR { continue }
                    if more <= 0 { break }
                    got += more
                }
            }
            close(fd)
            guard got < bytes.count else { return nil }
            return bytes.withUnsafeBufferPointer { parse(UnsafeBufferPointer(rebasing: $0[..<got])) }
        }
        close(fd)
        guard got >= 0 else { return nil }
        return parse(UnsafeBufferPointer(rebasing: buffer[..<got]))
    }

    /// Entries from the file's bytes; nil when anything in it is not as `encode` writes it. One pass over the bytes
    /// (the index of 500 drafts is read at every start).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> SummaryIndex? {
        guard bytes.count > 0 else { return nil }
        var reader = FieldReader(bytes: bytes)
        guard reader.startLine(), let first = reader.field(last: true), first.elementsEqual(header.utf8) else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / 120)
        while !reader.atEnd {
            guard reader.startLine(),
                  let inode = reader.number(UInt64.self), let size = reader.number(Int64.self),
                  let mSeconds = reader.number(Int.self), let mNanoseconds = reader.number(Int.self),
                  let cSeconds = reader.number(Int.self), let cNanoseconds = reader.number(Int.self),
                  let idBytes = reader.field(), DraftID.isValid(utf8: idBytes),
                  let schema = reader.number(Int.self),
                  let started = reader.field().flatMap(UInt64.init(hex:)), let updated = reader.field().flatMap(UInt64.init(hex:)),
                  let status = reader.field().flatMap(Self.status),
                  let signals = reader.number(Int.self),
                  let reference = reader.field(last: true).flatMap(Self.text) else { return nil }
            let stamp = Stamp(inode: inode, size: size, modified: timespec(tv_sec: mSeconds, tv_nsec: mNanoseconds),
                              changed: timespec(tv_sec: cSeconds, tv_nsec: cNanoseconds))
            let summary = DraftSummary(id: String(decoding: idBytes, as: UTF8.self), schemaVersion: schema,
                                       startedAt: Date(timeIntervalSince1970: Double(bitPattern: started)),
                                       updatedAt: Date(timeIntervalSince1970: Double(bitPattern: updated)),
                                       homeReference: reference, status: status, signalCount: signals)
            entries.append(Entry(stamp: stamp, summary: summary))
        }
        return SummaryIndex(entries: entries)
    }

    private static func status(_ bytes: UnsafeBufferPointer<UInt8>) -> VisitStatus? {
        if bytes.elementsEqual(VisitStatus.concept.rawValue.utf8) { return .concept }
        if bytes.elementsEqual(VisitStatus.overgedragen.rawValue.utf8) { return .overgedragen }
        return nil
    }

    /// Valid UTF-8 as a string (most references are empty or ASCII, which need no validation of sequences).
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.isEmpty { return "" }
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Tab-separated fields on lines that each end in a newline, found with memchr.
    private struct FieldReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0
        /// Where the current line's newline is.
        var lineEnd = 0

        var atEnd: Bool { at == bytes.count }

        /// Starts the line at the reading position; false when no newline ends it.
        mutating func startLine() -> Bool {
            guard at < bytes.count, let newline = memchr(bytes.baseAddress! + at, 0x0A, bytes.count - at) else { return false }
            lineEnd = UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer(newline))
            return true
        }

        /// The next field's bytes; the `last` one runs to the end of the line (and holds no tab).
        mutating func field(last: Bool = false) -> UnsafeBufferPointer<UInt8>? {
            let start = at
            let tab = memchr(bytes.baseAddress! + at, 0x09, lineEnd - at)
            if last {
                guard tab == nil else { return nil }
                at = lineEnd + 1
                return UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            }
            guard let tab else { return nil }
            let end = UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer(tab))
            at = end + 1
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }

        mutating func number<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard let field = field() else { return nil }
            return T(ascii: field)
        }
    }

    /// The file's bytes: a header line, then one line of thirteen tab-separated fields per draft. Dates are the bits
    /// of their seconds since 1970, so they come back exactly. A summary whose text could break a line is left out
    /// (its draft is then read each time).
    static func encode(_ entries: [Entry]) -> Data {
        var out = Array((header + "\n").utf8)
        out.reserveCapacity(out.count + entries.count * 140)
        for entry in entries {
            let s = entry.summary, t = entry.stamp
            guard !s.homeReference.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }),
                  !s.id.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) else { continue }
            let fields: [String] = [
                String(t.inode), String(t.size), String(t.modified.tv_sec), String(t.modified.tv_nsec),
                String(t.changed.tv_sec), String(t.changed.tv_nsec), s.id, String(s.schemaVersion),
                String(s.startedAt.timeIntervalSince1970.bitPattern, radix: 16),
                String(s.updatedAt.timeIntervalSince1970.bitPattern, radix: 16),
                s.status.rawValue, String(s.signalCount), s.homeReference,
            ]
            out += fields.joined(separator: "\t").utf8
            out.append(0x0A)
        }
        return Data(out)
    }

    /// Writes the index into `folder` (the caller holds the folder's lock). Only into a folder of this user; a
    /// failure (a full disk, a read-only folder) leaves the listing as it was: the index is only a shortcut.
    static func write(_ entries: [Entry], folder: URL, descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_uid == geteuid() else { return }
        try? SecureFile.write(encode(entries), to: folder.appendingPathComponent(fileName), durable: false)
    }

    /// Removes the index from the folder (after a draft was deleted).
    static func remove(folder: URL) {
        unlink(folder.appendingPathComponent(fileName).path)
    }
}

/// A lock on the data folder itself (flock on the folder), shared by listings and exclusive for deletions.
struct FolderLock {
    let descriptor: Int32

    /// Waits at most about a second for the lock; nil when the folder cannot be opened or the lock is not had in that
    /// time (a listing then writes no index; a deletion goes on and removes the index all the same).
    init?(_ folder: URL, exclusive: Bool) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var tries = 0
        while flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            tries += 1
            guard errno == EWOULDBLOCK || errno == EINTR, tries < 100 else {
                close(fd)
                return nil
            }
            usleep(10_000)
        }
        descriptor = fd
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

private extension FixedWidthInteger {
    /// A decimal number written by `String(_:)` (an optional minus, digits), from bytes.
    init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        var rest = bytes[...]
        let negative = Self.isSigned && rest.first == 0x2D
        if negative { rest = rest.dropFirst() }
        // Up to 18 digits cannot overflow 64 bits; longer ones are checked.
        guard !rest.isEmpty, rest.count <= 18 || Self.bitWidth < 64 else {
            guard let value = Self(String(decoding: bytes, as: UTF8.self)) else { return nil }
            self = value
            return
        }
        var value: Int64 = 0
        for byte in rest {
            guard byte &- 0x30 < 10 else { return nil }
            value = value &* 10 &+ Int64(byte &- 0x30)
        }
        guard let exact = Self(exactly: negative ? -value : value) else { return nil }
        self = exact
    }

    /// A lowercase hexadecimal number, from bytes.
    init?(hex bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= MemoryLayout<Self>.size * 2 else { return nil }
        var value: Self = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | Self(digit)
        }
        self = value
    }
}
