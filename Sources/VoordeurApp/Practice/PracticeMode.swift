import Foundation
import VoordeurKit

extension Action {
    public static let finishPractice = Action("finishPractice")
}

/// Practice mode's rules: how it starts and ends, what it keeps from happening, and how the screen says "Oefening".
public enum PracticeMode {
    /// The practice visit's id: no draft id has this shape, so even a stray save could not pass for a visit.
    public static let visitID = "oefening"

    /// `effects` with everything that would keep, write, send or copy the practice visit taken out; the final save
    /// becomes a plain quit. Marks the state clean, so a tick or a signal (SIGTERM) finds nothing to save.
    static func guarded(_ state: inout AppState, _ effects: [Effect]) -> [Effect] {
        guard var session = state.practice else { return effects }
        if state.visit.id == visitID {
            state.dirty = false
            if let problem = state.saveProblem {
                session.returnSaveProblem = problem
                state.practice = session
                state.saveProblem = nil
                state.status = problem
            }
        }
        // Quitting while the real visit's save had failed: that visit is the one to save (once; its outcome quits).
        func quitting() -> Effect {
            guard session.returnSaveProblem != nil, let real = session.returnTo else { return .quit }
            session.returnSaveProblem = nil
            state.practice = session
            return .finalSave(real)
        }
        return effects.compactMap { effect -> Effect? in
            switch effect {
            case .save(let visit): return visit.id == visitID ? nil : effect
            case .finalSave(let visit): return visit.id == visitID ? quitting() : effect
            case .quit: return quitting()
            case .saveCopy(let visit, _): return visit.id == visitID ? nil : effect
            case .writeExport(_, _, _, let id): return id == visitID ? nil : effect
            case .send(let outgoing): return outgoing.note.visitID == visitID && !outgoing.isTest ? nil : effect
            case .deleteVisit(let id): return id == visitID ? nil : effect
            case .copyToClipboard: return state.visit.id == visitID ? nil : effect
            case .openVisit(let id, let current): return .openVisit(id: id, current: current?.id == visitID ? nil : current)
            case .newVisit(let current): return .newVisit(current: current?.id == visitID ? nil : current)
            default: return effect
            }
        }
    }

    /// The cases to choose from: the program's (with a corporation's file) or, when none were given, the built-in ones.
    static func cases(_ state: AppState) -> [PracticeCase] {
        state.practiceCases.isEmpty ? ((try? PracticeCases.builtIn(card: state.card)) ?? []) : state.practiceCases
    }

    /// The state `voordeur oefen` starts in: practice, with the list of cases open.
    public static func standalone(_ state: inout AppState) {
        App.replaceVisit(&state, with: Visit(id: visitID, startedAt: state.now), onDisk: false)
        state.practice = PracticeSession()
        state.push(PracticePickerOverlay(standalone: true))
    }

    /// Starts `practiceCase` on a new, empty practice visit. Coming from a real visit, that visit is saved first
    /// (when it changed) and kept to go back to.
    static func start(_ state: inout AppState, _ practiceCase: PracticeCase) -> [Effect] {
        var effects: [Effect] = []
        var session = state.practice ?? PracticeSession(returnTo: state.visit, returnOnDisk: state.onDisk)
        if state.practice == nil, state.dirty {
            let visit = state.visit.touched(state.now)
            effects.append(.save(visit))
            session.returnTo = visit
            session.returnOnDisk = true
        }
        session.practiceCase = practiceCase
        App.replaceVisit(&state, with: Visit(id: visitID, startedAt: state.now), onDisk: false)
        state.practice = session
        state.tab = PracticeCaseTab.tabID
        state.status = nil
        return effects
    }

    /// Ends practice: back to the real visit, or (started with `voordeur oefen`) the end of the program.
    static func leave(_ state: inout AppState) -> [Effect] {
        guard let session = state.practice else { return [] }
        guard let visit = session.returnTo else { return [.quit] }
        App.replaceVisit(&state, with: visit, onDisk: session.returnOnDisk)
        state.practice = nil
        state.status = tr("oefen.status.terug")
        if let problem = session.returnSaveProblem {
            state.saveProblem = problem
            state.dirty = true
        }
        return []
    }

    /// The keys practice takes over on the tabs: `q` finishes (the review), `b` (other visits) waits.
    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard state.top == nil, state.practice?.practiceCase != nil else { return nil }
        let action = KeyBindings.action(for: key, in: KeyBindings.tabMap(TabRegistry.component(state.tab)))
        switch action {
        case .quit?, .finishPractice?:
            finish(&state)
            return []
        case .visits?:
            state.status = tr("oefen.status.geenbezoeken")
            return []
        default:
            return nil
        }
    }

    /// The tabs' key map for the footer: while practising, q says that it finishes (the review), not that it stops,
    /// and `b` (other visits, which wait) is not offered.
    static func footerMap(_ state: AppState, _ map: [KeyBinding]) -> [KeyBinding] {
        guard state.practice?.practiceCase != nil else { return map }
        return [KeyBinding(keys: [.character("q")], label: "q", help: tr("oefen.toets.afronden"), context: .lists, action: .quit,
                           short: tr("oefen.toets.afronden.kort"))] + map.filter { $0.action != .visits }
    }

    /// Opens the review of the case on screen.
    static func finish(_ state: inout AppState) {
        guard let practiceCase = state.practice?.practiceCase else { return }
        let analysis = state.analysis
        let review = PracticeReview(practiceCase: practiceCase, visit: state.visit, card: state.card) { analysis.coach($0).findings }
        state.push(PracticeReviewOverlay(review: review))
    }

    /// The title bar's text while practising (nil otherwise): the plain marker, the case, the signals ticked.
    static func title(_ state: AppState) -> String? {
        guard let session = state.practice else { return nil }
        guard let practiceCase = session.practiceCase else { return tr("oefen.titel.kies") }
        return tr("oefen.titel", ["titel": practiceCase.title, "signalen": trCount("count.signals", state.visit.signalCount)])
    }

    /// Every screen while practising: the title bar in the practice colour (no real visit uses it), with the word
    /// "OEFENING" at its right end, so the mark is there without colour too.
    static func drawMarker(_ screen: inout Screen, _ state: AppState) {
        guard state.practice != nil, !state.isTooSmall, !state.overlays.contains(.discreet) else { return }
        let marker = " " + tr("oefen.marker") + " "
        let width = DisplayWidth.of(marker)
        // The title ends after a whole word before the marker.
        var start = state.columns - width - 1
        while start > 1, screen[0, start - 1].character != " " { start -= 1 }
        screen.write(String(repeating: " ", count: state.columns - start), row: 0, column: start)
        screen.write(marker, row: 0, column: state.columns - width)
        screen.fillRow(0, style: [.reverse, .bold], tone: .practice)
    }
}
