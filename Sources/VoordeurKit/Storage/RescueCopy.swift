import Foundation

/// When the draft cannot be saved at the end (disk full, read-only, no permission), a copy goes elsewhere: the
/// data folder first, then `$XDG_RUNTIME_DIR`, then the export folder. 0600, never over another file.
public enum RescueCopy {
    public enum Outcome: Equatable, Sendable {
        case success(String)
        case failure([String])
    }

    public static func folders(dataFolder: URL, exportFolder: URL,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var out = [dataFolder]
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
            out.append(URL(fileURLWithPath: runtime).appendingPathComponent("voordeur"))
        }
        out.append(exportFolder)
        return out
    }

    public static func write(_ visit: Visit, candidates: [URL], now: Date = Date()) -> Outcome {
        guard let data = try? DraftStore.encode(visit) else { return .failure(["kan het concept niet omzetten"]) }
        var reasons: [String] = []
        let stamp = Int(now.timeIntervalSince1970)
        for folder in candidates {
            let file = folder.appendingPathComponent("reservekopie-\(visit.id)-\(stamp).json")
            do {
                try SecureFile.ensurePrivateFolder(folder, tightenExisting: false)
                try SecureFile.write(data, to: file, overwrite: false)
                return .success(file.path)
            } catch {
                reasons.append("\(folder.path): \((error as? StorageError)?.message ?? "\(error)")")
            }
        }
        return .failure(reasons)
    }
}
