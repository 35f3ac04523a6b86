import Foundation
import VoordeurKit

/// Listing and opening a data folder with many drafts (issue 13: 500 drafts must not slow the start). The drafts are
/// written by the program itself, into a temporary folder removed afterwards.
enum DraftsBench {
    /// With `key`, every draft is sealed (a PIN is set), and reading opens each seal.
    static func run(_ sink: inout Int, count: Int = 500, key: SecretKey? = nil) {
        guard only.isEmpty || "drafts".contains(only) || only.contains("drafts") else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voordeur-bench-drafts-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DraftStore(folder: folder, key: key)
        let sealed = key == nil ? "" : " sealed"
        let card = CardLoader.defaultCard()
        for index in 0..<count {
            var visit = Visit(id: String(format: "20261202-%02d%02d-%04x", index / 60 % 24, index % 60, index), startedAt: Date())
            visit.updateObservation(card.allSignals[index % card.allSignals.count].id) { $0.ticked = true }
            do { try store.save(visit) } catch { print("drafts: could not write the drafts (\(error))"); return }
        }
        var local = 0
        _ = measure("drafts: summaries of \(count)\(sealed) drafts (lijst, overlay)", runs: 300) {
            local &+= store.summaries().summaries.count
        }
        _ = measure("drafts: opening \(count)\(sealed) drafts (retention, newest)", runs: 300) {
            local &+= (try? store.open(retentionDays: 30))?.visits.count ?? 0
        }
        sink &+= local
    }
}
