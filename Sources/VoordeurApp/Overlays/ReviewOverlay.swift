import VoordeurKit

/// One review before export, send or copy: every open point (the coach's remarks, personal data and special
/// categories, fields the consulent needs), each opening its field with Enter, confirmed once with j. The coach
/// reads every free text but the worker's concern (his interpretation is allowed there); the personal-data check
/// reads them all.
extension KeyContext {
    public static let review = KeyContext("review")
}

extension Action {
    public static let confirmReview = Action("confirmReview")
}

extension Overlay {
    public static func review(_ review: ReviewOverlay) -> Overlay { Overlay(review) }
}

public struct ReviewOverlay: OverlayComponent, Equatable {
    public var action: ReviewAction
    public var points: [ReviewPoint]
    public var cursor = ListCursor()
    public init(action: ReviewAction, points: [ReviewPoint]) {
        self.action = action
        self.points = points
    }

    public static let keyContext = KeyContext.review
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: [.up, .character("k")], label: "↑ / k", help: tr("keys.up"), context: .review, action: .moveUp),
         KeyBinding(keys: [.down], label: "↓", help: tr("keys.down"), context: .review, action: .moveDown),
         KeyBinding(keys: [.enter], label: "Enter", help: tr("keys.review.open"), context: .review, action: .open, short: tr("keys.review.open.short")),
         KeyBinding(keys: [.character("j"), .character("J"), .character("y"), .character("Y")], label: tr("keys.confirm.yes.label"), help: tr("keys.review.confirm"), context: .review, action: .confirmReview, short: tr("keys.review.confirm.short")),
         KeyBinding(keys: [.escape, .character("n"), .character("q")], label: "Esc / n", help: tr("keys.review.back"), context: .review, action: .close, short: tr("keys.review.back.short"))]
    }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let result = Self.update(&state, &self, key)
        return OverlayResult(keep: result.keep, effects: result.effects)
    }

    public func view(_ state: AppState, into screen: inout Screen) { Self.draw(&screen, state, self) }

    /// Opens the review, or runs the action at once when nothing is open.
    static func open(_ state: inout AppState, _ action: ReviewAction) -> [Effect] {
        let points = self.points(state)
        if points.isEmpty { return effects(state, action) }
        state.push(ReviewOverlay(action: action, points: points))
        return []
    }

    static func effects(_ state: AppState, _ action: ReviewAction) -> [Effect] {
        switch action {
        case .export(let format): return HandoverTab.exportEffects(state, format)
        case .copy: return [.copyToClipboard(state.memo.note(state).plainText())]
        case .send:
            return [.send(NoteToSend(note: state.memo.note(state), command: state.config.sendCommand,
                                     attachmentFolder: state.exportFolder, tightenFolder: state.config.exportFolder == nil))]
        }
    }

    /// Every open point, in the order of the note.
    static func points(_ state: AppState) -> [ReviewPoint] {
        let visit = state.visit
        var out: [ReviewPoint] = []
        if visit.homeReference.isEmpty {
            out.append(ReviewPoint(text: AppNoteTexts.missingReference,
                                   target: .editor(.visitField(.visitHomeReference), focus: .visitHomeReference)))
        }
        if visit.reason == nil { out.append(ReviewPoint(text: AppNoteTexts.missingReason, target: .visitRow(1))) }
        if visit.persons.isEmpty { out.append(ReviewPoint(text: AppNoteTexts.missingPersons, target: .editor(.persons, focus: nil))) }
        if state.config.workerName.isEmpty || state.config.workerPhone.isEmpty || state.config.consulentName.isEmpty {
            out.append(ReviewPoint(text: AppNoteTexts.missingSettings, target: .editor(.settings, focus: nil)))
        }
        func coach(_ text: String, _ place: String, _ target: ReviewTarget) {
            guard !text.isEmpty else { return }
            let findings = state.analysis.coach(text).findings
            if !findings.isEmpty { out.append(ReviewPoint(text: AppNoteTexts.coachPoint(place, findings), target: target)) }
        }
        func privacy(_ text: String, _ place: String, _ target: ReviewTarget) {
            guard !text.isEmpty else { return }
            let findings = PersonalDataScanner.scan(text, visitReference: visit.homeReference)
            if !findings.isEmpty { out.append(ReviewPoint(text: AppNoteTexts.personalPoint(place, findings), target: target)) }
        }
        for list in state.card.lists {
            for signal in list.signals {
                guard let o = visit.observation(for: signal.id), o.ticked || !o.description.isEmpty else { continue }
                let open = { (path: FieldPath) in ReviewTarget.editor(.signal(signal.id), focus: path) }
                if o.description.isEmpty { out.append(ReviewPoint(text: AppNoteTexts.undescribed(signal.text), target: open(.observation(signal.id, .description)))) }
                coach(o.description, signal.text, open(.observation(signal.id, .description)))
                coach(o.tenantReaction, AppNoteTexts.placeReaction(signal.text), open(.observation(signal.id, .reaction)))
                privacy(o.description, signal.text, open(.observation(signal.id, .description)))
                privacy(o.tenantReaction, AppNoteTexts.placeReaction(signal.text), open(.observation(signal.id, .reaction)))
            }
        }
        for own in visit.ownSignals {
            let open = { (path: FieldPath) in ReviewTarget.editor(.own(own.id), focus: path) }
            if own.description.isEmpty { out.append(ReviewPoint(text: AppNoteTexts.undescribed(own.title), target: open(.own(own.id, .description)))) }
            coach(own.description, own.title, open(.own(own.id, .description)))
            coach(own.tenantReaction, AppNoteTexts.placeReaction(own.title), open(.own(own.id, .reaction)))
            privacy(own.title, own.title, open(.ownTitle(own.id)))
            privacy(own.description, own.title, open(.own(own.id, .description)))
            privacy(own.tenantReaction, AppNoteTexts.placeReaction(own.title), open(.own(own.id, .reaction)))
        }
        for report in visit.thirdParty {
            let open = { (path: FieldPath) in ReviewTarget.editor(.thirdParty(report.id), focus: path) }
            let place = AppNoteTexts.placeThirdParty(report.role)
            if report.howKnown.isEmpty {
                out.append(ReviewPoint(text: AppNoteTexts.missingHowKnown(report.role), target: open(.thirdParty(report.id, .howKnown))))
            }
            coach(report.said, place, open(.thirdParty(report.id, .said)))
            privacy(report.role, place, open(.thirdParty(report.id, .role)))
            privacy(report.said, place, open(.thirdParty(report.id, .said)))
            privacy(report.howKnown, place, open(.thirdParty(report.id, .howKnown)))
        }
        let row = { (r: VisitTab.Row) in VisitTab.Row.allCases.firstIndex(of: r)! }
        let visitField = { (r: VisitTab.Row) -> ReviewTarget in
            guard let spec = r.field else { return .visitRow(row(r)) }
            return .editor(.visitField(spec.path), focus: spec.path)
        }
        if visit.agreed.isEmpty { out.append(ReviewPoint(text: AppNoteTexts.missingAgreed, target: visitField(.agreed))) }
        coach(visit.agreed, AppNoteTexts.rowAgreed.lowercased(), visitField(.agreed))
        privacy(visit.reasonOther, AppNoteTexts.placeReasonOther, visitField(.reasonOther))
        privacy(visit.homeReference, AppNoteTexts.placeHomeReference, visitField(.homeReference))
        privacy(visit.agreed, AppNoteTexts.rowAgreed.lowercased(), visitField(.agreed))
        privacy(visit.returnVisit, AppNoteTexts.rowReturnVisit.lowercased(), visitField(.returnVisit))
        // The concern is his interpretation: the coach leaves it alone, the personal-data check does not.
        privacy(visit.concern, AppNoteTexts.rowConcern.lowercased(), visitField(.concern))
        for person in visit.persons { privacy(person.age, AppNoteTexts.rowPersons.lowercased(), .editor(.persons, focus: .personAge(person.id))) }
        if visit.special.honourRelated,
           visit.observations.contains(where: { $0.namedToTenant == .ja }) || visit.ownSignals.contains(where: { $0.namedToTenant == .ja }) {
            out.insert(ReviewPoint(text: NoteTexts(.shared).honourNamedWarning, target: nil), at: 0)
        }
        return out
    }

    static func visible(_ state: AppState) -> Int { max(1, (state.rows - 9) / 2) }

    static func update(_ state: inout AppState, _ review: inout ReviewOverlay, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let count = review.points.count
        switch KeyBindings.action(for: key, in: keyMap) {
        case .close?: return (false, [])
        case .moveUp?: review.cursor.move(to: review.cursor.selected - 1, count: count, visible: visible(state))
        case .moveDown?: review.cursor.move(to: review.cursor.selected + 1, count: count, visible: visible(state))
        case .confirmReview?: return (false, effects(state, review.action))
        case .open?:
            guard review.points.indices.contains(review.cursor.selected),
                  let target = review.points[review.cursor.selected].target else { return (true, []) }
            go(&state, to: target)
            return (false, [])
        default: break
        }
        return (true, [])
    }

    /// Opens the field of a point; the review is asked again at the next e, v or c.
    static func go(_ state: inout AppState, to target: ReviewTarget) {
        switch target {
        case .visitRow(let row):
            state.tab = .visit
            state.cursors[.visit] = ListCursor(selected: row)
        case .editor(.visitField(let path), _):
            guard let spec = VisitTab.Row.allCases.compactMap(\.field).first(where: { $0.path == path }) else { return }
            state.tab = .visit
            state.overlays.append(.editor(EditorState(target: .visitField(path), specs: [spec], state: state)))
        case .editor(let editorTarget, let focus):
            EditorOverlay.open(&state, editorTarget)
            if let focus, var editor = state.top(EditorOverlay.self)?.editor,
               let index = editor.fields.firstIndex(where: { $0.spec.path == focus }) {
                editor.focus = index
                state.overlays[state.overlays.count - 1] = .editor(editor)
            }
        }
    }

    static func draw(_ screen: inout Screen, _ state: AppState, _ review: ReviewOverlay) {
        var lines = [AppNoteTexts.reviewIntro(review.points.count), ""]
        var highlight: Set<Int> = []
        let cursor = review.cursor.clamped(count: review.points.count, visible: visible(state))
        if cursor.offset > 0 { lines.append("  " + AppNoteTexts.moreAbove(cursor.offset)) }
        for (index, point) in review.points.enumerated().dropFirst(cursor.offset).prefix(visible(state)) {
            if index == cursor.selected { highlight.insert(lines.count) }
            lines.append((index == cursor.selected ? "▸ " : "  ") + point.text)
        }
        let below = review.points.count - cursor.offset - visible(state)
        if below > 0 { lines.append("  " + AppNoteTexts.moreBelow(below)) }
        lines += ["", AppNoteTexts.reviewKeys(review.action)]
        Box.draw(&screen, lines: lines, title: AppNoteTexts.reviewTitle(review.action), rows: state.rows, columns: state.columns,
                 highlight: highlight)
    }
}
