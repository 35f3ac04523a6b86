import Foundation
import VoordeurKit

/// A tab of the main screen.
public enum Tab: Hashable, Sendable {
    /// A list of the card ("In en rond de woning", "De huurder", ...), by index.
    case list(Int)
    case own, thirdParty, visit, handover
}

/// What the screen shows on top of the tabs.
public indirect enum Mode: Equatable, Sendable {
    case browse
    case editor(EditorState)
    case help(scroll: Int)
    case special(selected: Int)
    case confirm(Confirmation)
    /// Everything hidden behind a neutral screen (F2).
    case discreet(previous: Mode)
}

public enum Confirmation: Equatable, Sendable {
    case exportWithRemarks(NoteFormat)
    case deleteAfterHandover
    case removeOwnSignal(String)
    case removeThirdParty(String)
}

/// Work the driver carries out for the app; its results come back as messages.
public enum Effect: Equatable, Sendable {
    case save(Visit)
    case writeExport(folder: URL, fileName: String, content: String)
    case copyToClipboard(String)
    case deleteDraft(id: String)
    case quit
}

/// Everything that happens to the app.
public enum Message: Sendable {
    case key(Key)
    /// Text that arrived in one burst (a paste).
    case paste(String)
    case resize(rows: Int, columns: Int)
    /// A clock tick; unsaved changes are saved on it.
    case tick(Date)
    case saved(Date)
    case saveFailed(String)
    case exported(path: String)
    case exportFailed(String)
    case copied
    case draftDeleted
    case draftDeleteFailed(String)
}

/// The whole state of the program: a value, changed only by `update`.
public struct AppState: Sendable {
    public var card: Signalenkaart
    public var config: Config
    public var coach: Coach
    public var visit: Visit
    public var exportFolder: URL
    public var rows: Int
    public var columns: Int
    public var tab: Tab = .list(0)
    public var selection: [Tab: Int] = [:]
    public var mode: Mode = .browse
    /// Changes not yet saved.
    public var dirty = false
    public var lastSaved: Date?
    /// A save problem stays visible until a save succeeds.
    public var saveProblem: String?
    /// A one-off message (export written, copied, …).
    public var status: String?
    public var exportFormat: NoteFormat = .txt
    public var handoverScroll = 0
    public var quitting = false
    /// The time of the last tick; used for time stamps so `update` stays a pure function.
    public var now: Date
    /// Whether this visit has a draft on disk (a new, untouched visit has none).
    public var onDisk: Bool
    /// Number of coach remarks per description (by signal id or own-signal id), kept current by `update`.
    public var remarkCounts: [String: Int] = [:]
    /// Messages from the start (drafts deleted after the retention period, drafts set aside), shown one at a time:
    /// each stays until the next key.
    public var notices: [String] = []

    public static let minimumRows = 20
    public static let minimumColumns = 60

    public init(card: Signalenkaart, config: Config, coach: Coach, visit: Visit, exportFolder: URL,
                rows: Int = 24, columns: Int = 80, notices: [String] = [], now: Date = Date(), onDisk: Bool = false) {
        self.now = now
        self.onDisk = onDisk
        self.card = card
        self.config = config
        self.coach = coach
        self.visit = visit
        self.exportFolder = exportFolder
        self.rows = rows
        self.columns = columns
        self.notices = notices
        status = self.notices.isEmpty ? nil : self.notices.removeFirst()
        recountRemarks()
    }

    public var tabs: [Tab] { card.lists.indices.map(Tab.list) + [.own, .thirdParty, .visit, .handover] }

    public var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }

    public func selected(_ tab: Tab) -> Int { selection[tab] ?? 0 }

    /// Recomputes the coach's remark counts for every description.
    public mutating func recountRemarks() {
        var counts: [String: Int] = [:]
        for observation in visit.observations where !observation.description.isEmpty {
            counts[observation.signalID] = coach.analyse(observation.description).findings.count
        }
        for own in visit.ownSignals where !own.description.isEmpty {
            counts[own.id] = coach.analyse(own.description).findings.count
        }
        remarkCounts = counts
    }

    /// The short name of a tab for the tab bar.
    public func tabTitle(_ tab: Tab, short: Bool) -> String {
        switch tab {
        case .list(let index):
            let list = card.lists[index]
            if !short { return list.title }
            switch list.id {
            case "woning": return "Woning"
            case "huurder": return "Huurder"
            default: return DisplayWidth.truncate(list.title, to: 12)
            }
        case .own: return short ? "Eigen" : "Eigen signalen"
        case .thirdParty: return short ? "Derden" : "Van derden"
        case .visit: return "Bezoek"
        case .handover: return "Overdracht"
        }
    }
}
