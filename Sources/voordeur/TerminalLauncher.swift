import Foundation
import VoordeurApp
import VoordeurKit
import VoordeurTerminal

enum TerminalLauncher {
    /// Retention first (drafts older than the configured days go), then the most recent concept or a new visit.
    static func launch(context: AppContext, forceNew: Bool) throws {
        // An unknown, missing or dumb TERM: one Dutch line before ncurses touches the terminal.
        if isatty(0) == 1, isatty(1) == 1, let problem = TerminalDriver.checkTerminal() {
            throw CLIFailure(message: problem)
        }
        let store = context.store
        var notices: [String] = []
        var latest: Visit?
        do {
            let opening = try store.open(retentionDays: context.config.retentionDays)
            latest = opening.latestConcept
            if !opening.removed.isEmpty {
                notices.append("\(opening.removed.count) concept(en) ouder dan \(context.config.retentionDays) dagen gewist (bewaartermijn).")
            }
            notices += opening.problems.map(\.description)
            // Only the default folder: a folder the worker chose is his to keep tidy.
            let removedExports = context.config.exportFolder != nil ? 0
                : try ExportFolder.purge(ExportFolder.resolve(context), olderThanDays: context.config.retentionDays)
            if removedExports > 0 {
                notices.append("\(removedExports) oude export(s) gewist (bewaartermijn).")
            }
        } catch {
            notices.append("Opruimen van oude concepten lukte niet: \(error)")
        }
        let visit = (forceNew ? nil : latest) ?? Visit.new()
        let coach = try CoachCommand.makeCoach(option: nil, configPath: nil, config: context.config)
        let state = AppState(card: context.card, config: context.config, coach: coach, visit: visit,
                             exportFolder: ExportFolder.resolve(context), notices: notices,
                             onDisk: !forceNew && latest != nil)
        do {
            try TerminalDriver.run(state: state, store: store)
        } catch let failure as TerminalDriver.Failure {
            throw CLIFailure(message: failure.description)
        }
    }
}

/// Where handover notes are written: `exportmap` from the configuration, else `overdracht/` in the data folder
/// (private, and covered by the retention period and `wis --alles`).
enum ExportFolder {
    static let defaultName = "overdracht"

    static func resolve(_ context: AppContext) -> URL {
        if let folder = context.config.exportFolder {
            return URL(fileURLWithPath: DataFolder.expandTilde(folder))
        }
        return context.store.folder.appendingPathComponent(defaultName)
    }

    /// Deletes exports written by voordeur (overdracht-*) older than `days` days.
    static func purge(_ folder: URL, olderThanDays days: Int, now: Date = Date()) throws -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var count = 0
        for name in names where name.hasPrefix("overdracht-") {
            let url = folder.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? now
            if now.timeIntervalSince(modified) > Double(days) * 86_400 {
                try FileManager.default.removeItem(at: url)
                count += 1
            }
        }
        return count
    }
}
