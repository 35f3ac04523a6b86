import Foundation
import VoordeurKit

/// The whole state of the program: a value, changed only by `App.update`.
public struct AppState: Sendable {
    public var card: Signalenkaart
    public var config: Config
    /// The coach; built in the background at start, so the first use may wait for it (see PendingCoach).
    public var coach: Coach { analysis.coach }
    public var visit: Visit
    public var exportFolder: URL
    public var rows: Int
    public var columns: Int
    public var tab: TabID = .list(0)
    /// Each tab's own selection and scroll offset.
    public var cursors: [TabID: ListCursor] = [:]
    /// Overlays on top of the tabs (editor, help, dialogs), the last one active.
    public var overlays: [Overlay] = []
    /// Changes not yet saved.
    public var dirty = false
    public var lastSaved: Date?
    /// A save problem stays visible until a save succeeds.
    public var saveProblem: String?
    /// A one-off message (export written, copied, …).
    public var status: String?
    public var exportFormat: NoteFormat = .txt
    /// The note (not the draft) with personal data replaced by its label: `[telefoonnummer]`, `[naam]`, …
    public var redacted = false
    /// Every try in this session to write, send or copy the note, with its outcome: the handover question names
    /// them, and deleting is offered only after one succeeded.
    public var handoverLog: [HandoverAttempt] = []
    /// The tries that succeeded.
    public var handedOverCopies: [HandoverAttempt] { handoverLog.filter(\.succeeded) }
    public var quitting = false
    /// A send running off the UI loop (what the status line says), until its result arrives. Keys keep working
    /// meanwhile; only a second send and "handed over" wait for it.
    public var busy: String?
    /// The time of the last tick; used for time stamps so `update` stays a pure function.
    public var now: Date
    /// Whether this visit has a draft on disk (a new, untouched visit has none).
    public var onDisk: Bool
    /// Number of coach remarks per description (by signal id or own-signal id), kept current by `update`.
    public var remarkCounts: [String: Int] = [:]
    /// Messages from the start, shown one at a time: each stays until the next key.
    public var notices: [String] = []
    /// Where the configuration is written by the settings screen.
    public var configLocation: URL
    /// Whether a PIN protects the drafts: then the screen locks after `vergrendel-na` minutes without a key.
    public var pinProtected = false
    /// When the last key or paste came (for the idle lock).
    public var lastInput: Date
    /// Whether spelling help is on (the dictionary was found); shown on the settings screen.
    public var spellingStatus: String = ""
    /// The handover note, built once per change of the visit (see HandoverMemo).
    public let memo = HandoverMemo()
    /// The coach and the personal-data check, per sentence or paragraph, cached: a keystroke re-reads one piece.
    public let analysis: IncrementalAnalysis
    /// Spelling help (Hunspell), loading in the background; nil when the program runs without it.
    public let speller: Speller?
    /// Practice mode (`voordeur oefen`): set while practising; then nothing of the visit on screen is kept.
    public var practice: PracticeSession?
    /// The practice cases (the built-in ones when empty; a corporation's file adds or replaces them).
    public var practiceCases: [PracticeCase] = []

    public static let minimumRows = 20
    public static let minimumColumns = 60

    public init(card: Signalenkaart, config: Config, coach: Coach, visit: Visit, exportFolder: URL,
                rows: Int = 24, columns: Int = 80, notices: [String] = [], now: Date = Date(), onDisk: Bool = false,
                configLocation: URL? = nil, speller: Speller? = nil) {
        self.init(card: card, config: config, pendingCoach: PendingCoach(coach), visit: visit, exportFolder: exportFolder,
                  rows: rows, columns: columns, notices: notices, now: now, onDisk: onDisk,
                  configLocation: configLocation, speller: speller)
    }

    /// With a coach that may still be being built: nothing here waits for it unless a description needs counting.
    public init(card: Signalenkaart, config: Config, pendingCoach: PendingCoach, visit: Visit, exportFolder: URL,
                rows: Int = 24, columns: Int = 80, notices: [String] = [], now: Date = Date(), onDisk: Bool = false,
                configLocation: URL? = nil, speller: Speller? = nil) {
        self.speller = speller
        self.now = now
        lastInput = now
        self.onDisk = onDisk
        self.card = card
        self.config = config
        analysis = IncrementalAnalysis(pending: pendingCoach, speller: speller)
        self.visit = visit
        self.exportFolder = exportFolder
        self.rows = rows
        self.columns = columns
        self.notices = notices
        self.configLocation = configLocation ?? config.source.map { URL(fileURLWithPath: $0) } ?? Config.defaultLocation()
        status = self.notices.isEmpty ? nil : self.notices.removeFirst()
        recountRemarks()
    }

    public var tabs: [TabID] { practice == nil ? TabRegistry.tabs(card) : TabRegistry.practiceTabs(card) }

    public var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }

    public func cursor(_ tab: TabID) -> ListCursor { cursors[tab] ?? ListCursor() }
    public func selected(_ tab: TabID) -> Int { cursor(tab).selected }

    /// The active overlay, if any.
    public var top: Overlay? { overlays.last }

    public var editor: EditorState? { overlays.last?.as(EditorOverlay.self)?.editor }

    /// The top overlay as `type`, when it is one.
    public func top<T: OverlayComponent>(_ type: T.Type) -> T? { overlays.last?.as(type) }

    /// Opens an overlay on top.
    public mutating func push(_ component: any OverlayComponent) { overlays.append(Overlay(component)) }

    /// Replaces the top overlay (one that changed outside its own update).
    public mutating func replaceTop(_ component: any OverlayComponent) {
        if overlays.isEmpty { overlays.append(Overlay(component)) } else { overlays[overlays.count - 1] = Overlay(component) }
    }

    /// Recomputes the coach's remark counts for every description.
    public mutating func recountRemarks() {
        var counts: [String: Int] = [:]
        for observation in visit.observations where !observation.description.isEmpty {
            counts[observation.signalID] = analysis.coach(observation.description).findings.count
        }
        for own in visit.ownSignals where !own.description.isEmpty {
            counts[own.id] = analysis.coach(own.description).findings.count
        }
        remarkCounts = counts
    }

    /// Days until the retention period deletes this draft (counted from its last change).
    public var daysLeft: Int {
        DataLayout.daysLeft(retentionDays: config.retentionDays, changed: visit.updatedAt, now: now)
    }

    /// Marks the visit changed: it is saved on the next tick.
    public mutating func touch() { dirty = true }
}

/// The handover note and its lines, built once per change of what it depends on and read by every frame.
public final class HandoverMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var key: (Visit, Config, Date, Bool, Int)?
    private var note: HandoverNote?
    private var lines: [Int: [(String, Style, Tone)]] = [:]
    /// How often the note was built (benchmarks and tests read it).
    public private(set) var builds = 0

    public init() {}

    /// The note for `state`; the clock only counts to the minute, so a tick does not rebuild it.
    public func note(_ state: AppState) -> HandoverNote {
        lock.lock()
        defer { lock.unlock() }
        return noteLocked(state)
    }

    private func noteLocked(_ state: AppState) -> HandoverNote {
        let minute = Date(timeIntervalSince1970: (state.now.timeIntervalSince1970 / 60).rounded(.down) * 60)
        // The speller's generation: typos matched once the dictionary is loaded change the coach's remarks.
        let generation = state.speller?.generation ?? 0
        if let key, let note, key.0 == state.visit, key.1 == state.config, key.2 == minute, key.3 == state.redacted,
           key.4 == generation { return note }
        let visit = state.redacted ? Redactor.redacted(state.visit) : state.visit
        let note = HandoverNote(visit: visit, card: state.card, config: state.config, coach: state.coach, now: minute)
        self.key = (state.visit, state.config, minute, state.redacted, generation)
        self.note = note
        lines = [:]
        builds += 1
        return note
    }

    /// The preview lines (warnings, then the note as text) at `width`.
    func lines(_ state: AppState, width: Int, build: (HandoverNote) -> [(String, Style, Tone)]) -> [(String, Style, Tone)] {
        lock.lock()
        defer { lock.unlock() }
        let note = noteLocked(state)
        if let cached = lines[width] { return cached }
        let made = build(note)
        lines[width] = made
        return made
    }
}
