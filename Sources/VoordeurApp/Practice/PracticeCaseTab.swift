import VoordeurKit

extension TabID {
    public static let practiceCase = TabID("practiceCase")
}

extension KeyContext {
    public static let practiceCase = KeyContext("practiceCase")
}

/// Practice's first tab: the case as the worker meets it, readable between ticking and describing (Tab goes to the
/// card's lists, Shift-Tab back here). Enter (or q on any tab) finishes: the review.
struct PracticeCaseTab: TabComponent {
    static let tabID = TabID.practiceCase
    var id: TabID { Self.tabID }
    var keyContext: KeyContext { .practiceCase }
    var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.enter], label: "Enter", help: tr("oefen.toets.afronden"), context: .practiceCase, action: .finishPractice,
                    short: tr("oefen.toets.afronden.kort"))]
    }

    func title(_ state: AppState, short: Bool) -> String { tr("oefen.tab.casus") }

    func heading(_ state: AppState, width: Int) -> [String] {
        guard let practiceCase = state.practice?.practiceCase else { return [] }
        return [DisplayWidth.truncateAtWord(practiceCase.title, to: width)]
    }

    func detail(_ state: AppState, width: Int) -> [String] { TextWrap.lines(tr("oefen.casus.uitleg"), width: width) }

    func rowCount(_ state: AppState) -> Int { 0 }

    func hints(_ state: AppState) -> [Action] { [] }

    /// The situation, wrapped to `width`, a blank line between paragraphs.
    static func text(_ state: AppState, width: Int) -> ScrolledText {
        let paragraphs = state.practice?.practiceCase?.situation ?? []
        var lines: [(String, Style, Tone)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { lines.append(("", [], .plain)) }
            lines += TextWrap.lines(paragraph, width: width).map { ($0, [], .plain) }
        }
        return ScrolledText(lines: lines)
    }

    func update(_ state: inout AppState, key: Key, action: Action?, regions: Regions) -> [Effect]? {
        let scroll = state.cursor(id).offset
        guard let moved = Self.text(state, width: regions.textWidth).scrolled(scroll, action, visible: regions.body.count) else { return nil }
        state.cursors[id] = ListCursor(selected: 0, offset: moved)
        return []
    }

    func view(_ state: AppState, regions: Regions, into screen: inout Screen) {
        let width = regions.textWidth
        ListView.drawHeading(&screen, heading(state, width: width), region: regions.heading, columns: state.columns)
        Self.text(state, width: width).draw(&screen, scroll: state.cursor(id).offset, region: regions.body, columns: state.columns)
        ListView.drawDetail(&screen, detail(state, width: width), region: regions.detail, columns: state.columns)
    }
}
