import VoordeurKit

/// One list of the signalenkaart ("In en rond de woning", "De huurder"): tick signals, open their description.
struct CardListTab: TabComponent {
    var index: Int
    var id: TabID { .list(index) }

    static var caution: String { tr("card.caution") }

    static var questionLabel: String { tr("editor.question") + " " }
    static var questionIndent: String { String(repeating: " ", count: DisplayWidth.of(questionLabel)) }

    func list(_ state: AppState) -> CardList { state.card.lists[index] }

    func title(_ state: AppState, short: Bool) -> String {
        let list = list(state)
        if !short { return list.title }
        let key = "tab.list.\(list.id).short"
        return Strings.shared.has(key) ? tr(key) : DisplayWidth.truncate(list.title, to: 12)
    }

    func heading(_ state: AppState, width: Int) -> [String] {
        [list(state).title] + TextWrap.lines(Self.caution, width: width)
    }

    func detail(_ state: AppState, width: Int) -> [String] {
        let signals = list(state).signals
        let selected = state.selected(.list(index))
        guard signals.indices.contains(selected) else { return [] }
        return TextWrap.hanging(signals[selected].hint, width: width, first: Self.questionLabel, rest: Self.questionIndent)
    }

    func detailRows(_ state: AppState, width: Int) -> Int {
        let list = list(state)
        return Self.rows.value(key: "\(Strings.shared.language)|\(list.id)|\(width)|\(list.signals.count)") {
            list.signals.map { TextWrap.hanging($0.hint, width: width, first: Self.questionLabel, rest: Self.questionIndent).count }.max() ?? 0
        }
    }

    /// The tallest question of a list at a width: the same on every frame, so it is wrapped once.
    static let rows = SmallCache<Int>()

    func rowCount(_ state: AppState) -> Int { list(state).signals.count }

    func hints(_ state: AppState) -> [Action] { [.toggle, .open] }

    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]? {
        let signals = list(state).signals
        if ListView.move(&state, .list(index), action, count: signals.count, visible: regions.body.count) { return [] }
        guard signals.indices.contains(state.selected(.list(index))) else { return nil }
        let signal = signals[state.selected(.list(index))]
        switch action {
        case .toggle?:
            state.visit.updateObservation(signal.id) { $0.ticked.toggle() }
            state.touch()
            // Ticked without a word: the note needs what he saw and about whom, so the program asks for it.
            if let o = state.visit.observation(for: signal.id), o.ticked, o.description.isEmpty {
                state.status = AppNoteTexts.tickedAsk
            }
            return []
        case .open?:
            // Reading the question is not ticking: the signal is ticked once something is written, or with Space.
            EditorOverlay.open(&state, .signal(signal.id))
            return []
        default:
            return nil
        }
    }

    func view(_ state: AppState, regions: Regions, into screen: inout Screen) {
        let rows = list(state).signals.map { signal -> ListRow in
            let observation = state.visit.observation(for: signal.id)
            return ListRow(box: (observation?.ticked ?? false) ? "[x]" : "[ ]", text: signal.text,
                           marks: ListView.marks(description: observation?.description ?? "", id: signal.id, state: state))
        }
        ListView.drawListTab(&screen, self, .list(index), state, regions, rows: rows)
    }
}
