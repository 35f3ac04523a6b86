import Foundation
import VoordeurKit

/// The PIN screen as a component: its keys, its answers from the runner, its view. It covers the whole screen, so
/// nothing of a draft shows while it is up; Argon2id runs off the UI loop, and the wait after a wrong PIN is a time
/// on the screen, not a sleep, so no other key ever waits for it.
enum PinOverlay {
    // MARK: Keys

    static func update(_ state: inout AppState, _ pin: inout PinState, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let mayQuit = pin.mode == .unlock || pin.mode == .choose
        if key == .character("q"), mayQuit, pin.step != .confirmWithoutPin, pin.step != .wipeOffer {
            return (false, App.quit(&state))
        }
        if pin.busy { return (true, []) }
        if let until = pin.waitUntil {
            if state.now < until { return (true, []) }
            pin.waitUntil = nil
        }
        switch pin.step {
        case .confirmWithoutPin:
            if key == .character("j") {
                pin.busy = true
                return (true, [.pin(.withoutPin)])
            }
            if key == .character("n") || key == .escape { pin.step = .first }
            return (true, [])
        case .wipeOffer:
            if key == .character("j") {
                pin.busy = true
                return (true, [.pin(.wipeAll)])
            }
            if key == .character("n") || key == .escape {
                pin.step = .current
                pin.message = nil
            }
            return (true, [])
        default:
            break
        }
        switch key {
        case .character(let ch) where ch.isASCII && ch.isNumber:
            if pin.entered.count < PinRule.maximumDigits { pin.entered.append(ch) }
            pin.message = nil
        case .character("z") where pin.mode == .choose && pin.allowWithoutPin && pin.step == .first:
            pin.entered = ""
            pin.step = .confirmWithoutPin
        case .backspace:
            if !pin.entered.isEmpty { pin.entered.removeLast() }
        case .escape:
            if pin.mode == .change { return (false, []) }
            pin.entered = ""
        case .enter:
            return (true, submit(&pin))
        default:
            break
        }
        return (true, [])
    }

    static func submit(_ pin: inout PinState) -> [Effect] {
        let typed = pin.entered
        pin.entered = ""
        switch (pin.mode, pin.step) {
        case (.unlock, .current), (.relock, .current):
            guard !typed.isEmpty else { return [] }
            pin.busy = true
            return [.pin(pin.mode == .unlock ? .unlock(typed) : .check(typed))]
        case (.change, .current):
            guard !typed.isEmpty else { return [] }
            pin.currentPin = typed
            pin.step = .first
        case (_, .first):
            if let problem = PinRule.problem(typed) {
                pin.message = problem
            } else {
                pin.firstChoice = typed
                pin.step = .again
                pin.message = nil
            }
        case (_, .again):
            guard typed == pin.firstChoice else {
                pin.message = CryptoTexts.pinsDiffer
                pin.firstChoice = ""
                pin.step = .first
                return []
            }
            pin.busy = true
            return [.pin(pin.mode == .change ? .change(old: pin.currentPin, new: typed) : .choose(typed))]
        default:
            break
        }
        return []
    }

    // MARK: Answers from the runner

    static func receive(_ state: inout AppState, _ result: PinResult) -> [Effect] {
        guard let index = state.overlays.lastIndex(where: isPin), case .pin(var pin) = state.overlays[index] else { return [] }
        pin.busy = false
        switch result {
        case .unlocked(let start):
            App.replaceVisit(&state, with: start.visit, onDisk: start.onDisk)
            state.pinProtected = start.protected
            state.notices = start.notices
            state.status = state.notices.isEmpty ? nil : state.notices.removeFirst()
            state.lastInput = state.now
            return []
        case .accepted:
            state.overlays.remove(at: index)
            state.lastInput = state.now
            return []
        case .changed:
            state.overlays.remove(at: index)
            state.status = PinTexts.changed
            return []
        case .rejected:
            pin.attempts.failed()
            pin.waitUntil = state.now.addingTimeInterval(TimeInterval(pin.attempts.delay))
            pin.message = CryptoTexts.wait(seconds: pin.attempts.delay)
            if pin.mode == .change {
                pin.step = .current
                pin.currentPin = ""
                pin.firstChoice = ""
            } else if pin.attempts.offerWipe {
                pin.step = .wipeOffer
            }
        case .wiped(let count):
            let allow = pin.allowWithoutPin
            App.startNewVisit(&state)
            state.pinProtected = false
            var fresh = PinState(mode: .choose, allowWithoutPin: allow)
            fresh.message = PinTexts.wiped(count)
            state.overlays = [.pin(fresh)]
            return []
        case .failed(let reason):
            pin.message = reason
            if pin.step == .again || pin.step == .confirmWithoutPin { pin.step = .first }
            if pin.step == .wipeOffer { pin.step = .current }
        }
        state.overlays[index] = .pin(pin)
        return []
    }

    static func isPin(_ overlay: Overlay) -> Bool {
        if case .pin = overlay { return true }
        return false
    }

    // MARK: The idle lock

    /// Whether the screen should lock now: a PIN protects the drafts, `vergrendel-na` is not 0, and no key came for
    /// that many minutes.
    static func shouldLock(_ state: AppState) -> Bool {
        state.pinProtected && state.config.idleLockMinutes > 0 && !state.quitting && !state.overlays.contains(where: isPin)
            && state.now.timeIntervalSince(state.lastInput) >= TimeInterval(state.config.idleLockMinutes * 60)
    }

    static func lock(_ state: inout AppState) {
        state.overlays.append(.pin(PinState(mode: .relock, allowWithoutPin: state.config.encryption == .aan)))
    }

    /// From the settings screen.
    static func openChange(_ state: inout AppState) {
        state.overlays.append(.pin(PinState(mode: .change)))
    }

    // MARK: View

    static func draw(_ screen: inout Screen, _ state: AppState, _ pin: PinState) {
        let title: String
        switch pin.mode {
        case .unlock, .relock: title = PinTexts.title
        case .choose: title = PinTexts.titleChoose
        case .change: title = PinTexts.titleChange
        }
        var lines: [String] = []
        var hints = pin.mode == .change ? PinTexts.hintsChange : PinTexts.hintsUnlock
        switch pin.step {
        case .confirmWithoutPin:
            lines = [PinTexts.confirmWithoutPin, "", PinTexts.confirmWithoutPinKeys]
            hints = ""
        case .wipeOffer:
            lines = [PinTexts.wipeOffer(pin.attempts.failures), "", PinTexts.wipeKeys]
            hints = ""
        case .current:
            lines = [pin.mode == .relock ? PinTexts.askRelock : (pin.mode == .change ? PinTexts.askCurrent : PinTexts.askUnlock)]
        case .first:
            lines = [PinTexts.askFirst]
        case .again:
            lines = [PinTexts.askRepeat]
        }
        if pin.step != .confirmWithoutPin, pin.step != .wipeOffer {
            lines += ["", "Pincode: " + String(repeating: "•", count: pin.entered.count) + (pin.busy ? "" : "▏")]
            if let until = pin.waitUntil, state.now < until {
                lines += ["", PinTexts.waiting(Int(until.timeIntervalSince(state.now).rounded(.up)))]
            } else if pin.busy {
                lines += ["", pin.mode == .choose ? PinTexts.busyChoosing : PinTexts.busy]
            } else if let message = pin.message {
                lines += ["", message]
            }
            if pin.mode == .choose, pin.step == .first, pin.allowWithoutPin { lines += ["", PinTexts.withoutPinOption] }
            if pin.mode == .unlock, pin.attempts.failures >= 3 { lines += ["", PinTexts.forgotten] }
        }
        Box.draw(&screen, lines: lines, title: title, rows: state.rows - 1, columns: state.columns)
        if !hints.isEmpty {
            screen.write(hints, row: state.rows - 1, column: 1, width: state.columns - 2, style: .dim, tone: .muted)
        }
    }
}
