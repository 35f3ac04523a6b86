import Foundation

/// Folder listings for the data folder, which may hold hundreds of drafts and is read at every start.
public enum Directory {
    /// The names in the folder at `path`, as `FileManager.contentsOfDirectory` gives them (without "." and "..", in
    /// no particular order), read with readdir(3): a tenth of the instructions per name. nil when it cannot be read.
    public static func names(_ path: String) -> [String]? { names(path) { _ in true } }

    /// The names for which `keep` is true, judged on their bytes: a name not kept costs no string.
    public static func names(_ path: String, where keep: (UnsafeBufferPointer<UInt8>) -> Bool) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { start in
                    let name = UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)))
                    let dots = name.count <= 2 && name.allSatisfy { $0 == UInt8(ascii: ".") }
                    if !dots, keep(name) { names.append(String(decoding: name, as: UTF8.self)) }
                }
            }
        }
        return names
    }

    /// Whether the bytes of a name start with `prefix` (memcmp: every draft's name is checked at every start).
    public static func hasPrefix(_ name: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { prefix in
            name.count >= prefix.count && (prefix.isEmpty || memcmp(name.baseAddress!, prefix.baseAddress!, prefix.count) == 0)
        }
    }

    /// Whether the bytes of a name end with `suffix`.
    public static func hasSuffix(_ name: UnsafeBufferPointer<UInt8>, _ suffix: String) -> Bool {
        var suffix = suffix
        return suffix.withUTF8 { suffix in
            name.count >= suffix.count
                && (suffix.isEmpty || memcmp(name.baseAddress! + (name.count - suffix.count), suffix.baseAddress!, suffix.count) == 0)
        }
    }
}
