import Foundation

/// The data folder's layout and its retention rule, in one place for every screen and command: the names of its
/// files, and when a draft goes and how many days it has left.
///
///     bezoek-ID.json       a draft                    bezoek-ID.lock     its one-writer lock (flock)
///     bezoek-ID.exports    where its notes went       redding-ID-TIME.json  a rescue copy
///     beschadigd/          drafts set aside           overdracht/        the default export folder
///     sleutel              the wrapped data key (or "zonder pincode"), see `KeyFile`
///     pincode-pogingen     wrong PINs in a row and the time of the last, see `PinAttempts`
public enum DataLayout {
    public static let draftPrefix = "bezoek-", draftSuffix = ".json"
    public static let lockSuffix = ".lock", exportRecordSuffix = ".exports"
    public static let rescuePrefix = "redding-"
    public static let quarantineFolder = "beschadigd", exportFolder = "overdracht"
    public static let keyFile = "sleutel"
    public static let pinAttemptsFile = "pincode-pogingen"
    /// A draft larger than this is set aside unread (ten 10,000-character descriptions take about 200 KB).
    public static let maximumDraftBytes = 16 * 1024 * 1024

    public static func draft(_ id: String) -> String { draftPrefix + id + draftSuffix }
    public static func lock(_ id: String) -> String { draftPrefix + id + lockSuffix }
    public static func exportRecord(_ id: String) -> String { draftPrefix + id + exportRecordSuffix }
    public static func rescue(_ id: String, at time: Date) -> String {
        "\(rescuePrefix)\(id)-\(DateText.format(time, "yyyyMMdd-HHmmss")).json"
    }

    /// The id in a draft's file name, or nil for any other name.
    public static func draftID(_ name: String) -> String? {
        guard name.hasPrefix(draftPrefix), name.hasSuffix(draftSuffix),
              name.utf8.count > draftPrefix.utf8.count + draftSuffix.utf8.count else { return nil }
        return String(name.dropFirst(draftPrefix.count).dropLast(draftSuffix.count))
    }

    /// The id of a rescue copy's file name `redding-ID-yyyyMMdd-HHmmss.json`, or nil.
    public static func rescueID(_ name: String) -> String? {
        guard name.hasPrefix(rescuePrefix), name.hasSuffix(".json") else { return nil }
        let middle = name.dropFirst(rescuePrefix.count).dropLast(".json".count)
        guard middle.count > 16 else { return nil }
        return String(middle.dropLast(16))
    }

    /// Drafts, their locks and export records, and rescue copies: what `wis --alles` deletes in the data folder.
    public static func isOwnDataFile(_ name: String) -> Bool {
        (name.hasPrefix(draftPrefix) && (name.hasSuffix(draftSuffix) || name.hasSuffix(exportRecordSuffix) || name.hasSuffix(lockSuffix)))
            || rescueID(name) != nil
    }

    // MARK: Retention

    /// A date this far ahead of the clock is taken as a clock that was (or is) wrong.
    public static let clockSlack: TimeInterval = 60

    /// Whether `date` lies more than a minute after `now`.
    public static func isInFuture(_ date: Date, now: Date) -> Bool { date.timeIntervalSince(now) > clockSlack }

    /// Whole days since `changed`, rounded down; a date in the future counts as now.
    static func age(since changed: Date, now: Date) -> Int {
        Int(max(0, now.timeIntervalSince(changed)) / 86_400)
    }

    /// Days left before the retention period deletes what was last changed at `changed`: the retention period
    /// less its whole days of age, never below 0 and never above the period (a future date counts as now).
    public static func daysLeft(retentionDays: Int, changed: Date, now: Date) -> Int {
        max(0, retentionDays - age(since: changed, now: now))
    }

    /// Whether the retention period has passed: exactly when `daysLeft` is 0.
    public static func isExpired(retentionDays: Int, changed: Date, now: Date) -> Bool {
        daysLeft(retentionDays: retentionDays, changed: changed, now: now) == 0
    }
}
