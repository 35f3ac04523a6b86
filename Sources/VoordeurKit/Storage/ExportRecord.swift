import Foundation

/// Which exported notes of a visit exist: voordeur records every path it writes a note to, in a small file beside
/// the draft (`bezoek-ID.exports`, one absolute path a line, 0600), so that deletion can say what remains.
public enum ExportRecord {
    public static let suffix = DataLayout.exportRecordSuffix
}

extension DraftStore {
    public func exportRecordURL(for id: String) -> URL { folder.appendingPathComponent(DataLayout.exportRecord(id)) }

    /// The paths of notes exported for the visit, as recorded (whether or not they still exist).
    public func exportedFiles(for id: String) -> [String] {
        guard DraftID.isValid(id), let opened = try? openFolder(),
              case .success(let read) = opened.read(DataLayout.exportRecord(id), limit: 1024 * 1024),
              case .plain(let data) = unsealed(read) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { $0.hasPrefix("/") }
    }

    /// Records that a note of visit `id` was written to `file`. Call it after every successful export.
    public func recordExport(id: String, file: URL) throws {
        guard DraftID.isValid(id) else { throw StorageError("ongeldig ID '\(TextSanitizer.singleLine(id))'") }
        let path = file.standardizedFileURL.path
        // A record sealed with a key this store does not have (or one that will not open) is kept as it is: writing
        // a new one over it would lose the paths it holds.
        if let opened = try openFolder(), case .success(let existing) = opened.read(DataLayout.exportRecord(id), limit: 1024 * 1024) {
            if case .locked = unsealed(existing) { return }
            if case .damaged = unsealed(existing) { return }
        }
        var paths = exportedFiles(for: id)
        guard !paths.contains(path) else { return }
        paths.append(path)
        try makeFolder().write(sealed(Data((paths.joined(separator: "\n") + "\n").utf8)), as: DataLayout.exportRecord(id))
    }
}

extension DraftStore {
    /// Writes a note into the default export folder `overdracht/`, opened without following a link, so a link
    /// planted there is refused rather than written through (issue 23, item 3). Returns the file.
    public func writeExport(_ data: Data, named name: String) throws -> URL {
        guard let notes = try makeFolder().subfolder(DataLayout.exportFolder, create: true) else {
            throw StorageError("kan map \(defaultExportFolder.path) niet maken")
        }
        try notes.write(data, as: name)
        return defaultExportFolder.appendingPathComponent(name)
    }
}
