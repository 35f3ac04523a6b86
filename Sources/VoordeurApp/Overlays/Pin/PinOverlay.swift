import Foundation
import VoordeurKit

extension KeyContext {
    public static let pin = KeyContext("pin")
}

extension Action {
    public static let digit = Action("digit"), eraseDigit = Action("eraseDigit"), confirm = Action("confirm")
    public static let withoutPin = Action("withoutPin")
}

/// The PIN screen as a component: its keys, its answers from the runner, its view. It covers the whole screen, so
/// nothing of a draft shows while it is up; Argon2id runs off the UI loop, and the wait after a wrong PIN is a time
/// on the screen, not a sleep, so no other key ever waits for it.
public struct PinOverlay: OverlayComponent, Equatable {
    public var pin: PinState
    public init(_ pin: PinState) { self.pin = pin }

    public static let keyContext = KeyContext.pin
    public static var keyMap: [KeyBinding] {
        [KeyBinding(keys: (0...9).map { .character(Character(String($0))) }, label: "0-9", help: tr("keys.pin.digit"), context: .pin, action: .digit),
         KeyBinding(keys: [.backspace], label: "Backspace", help: tr("keys.pin.erase"), context: .pin, action: .eraseDigit),
         KeyBinding(keys: [.enter], label: "Enter", help: tr("keys.pin.confirm"), context: .pin, action: .confirm),
         KeyBinding(keys: [.character("z")], label: "z", help: tr("keys.pin.withoutpin"), context: .pin, action: .withoutPin),
         KeyBinding(keys: [.character("j"), .character("J"), .character("y"), .character("Y")], label: tr("keys.confirm.yes.label"), help: tr("keys.pin.yes"), context: .pin, action: .yes),
         KeyBinding(keys: [.character("n"), .character("N")], label: tr("keys.confirm.no.label"), help: tr("keys.pin.no"), context: .pin, action: .no),
         KeyBinding(keys: [.escape], label: "Esc", help: tr("keys.pin.escape"), context: .pin, action: .close),
         KeyBinding(keys: [.character("q")], label: "q", help: tr("keys.pin.quit"), context: .pin, action: .quit)]
    }

    public var isFullScreen: Bool { true }

    public mutating func update(_ state: inout AppState, _ key: Key) -> OverlayResult {
        let result = Self.update(&state, &pin, key)
        return OverlayResult(keep: result.keep, effects: result.effects)
    }

    public func view(_ state: AppState, into screen: inout Screen) { Self.draw(&screen, state, pin) }

    // MARK: Keys

    static func update(_ state: inout AppState, _ pin: inout PinState, _ key: Key) -> (keep: Bool, effects: [Effect]) {
        let action = KeyBindings.action(for: key, in: keyMap)
        let mayQuit = pin.mode == .unlock || pin.mode == .choose
        if action == .quit, mayQuit, pin.step != .confirmWithoutPin, pin.step != .wipeOffer {
            return (false, App.quit(&state))
        }
        if pin.busy { return (true, []) }
        if let until = pin.waitUntil {
            if state.now < until { return (true, []) }
            pin.waitUntil = nil
        }
        switch pin.step {
        case .confirmWithoutPin:
            if action == .yes {
                pin.busy = true
                return (true, [.pin(.withoutPin)])
            }
            if action == .no || action == .close { pin.step = .first }
            return (true, [])
        case .wipeOffer:
            if action == .yes {
                pin.busy = true
                return (true, [.pin(.wipeAll)])
            }
            if action == .no || action == .close {
                pin.step = .current
                pin.message = nil
            }
            return (true, [])
        default:
            break
        }
        switch action {
        case .digit?:
            if case .character(let ch) = key, pin.entered.count < PinRule.maximumDigits { pin.entered.append(ch) }
            pin.message = nil
        case .withoutPin? where pin.mode == .choose && pin.allowWithoutPin && pin.step == .first:
            pin.entered = ""
            pin.step = .confirmWithoutPin
        case .eraseDigit?:
            if !pin.entered.isEmpty { pin.entered.removeLast() }
        case .close?:
            if pin.mode == .change { return (false, []) }
            pin.entered = ""
        case .confirm?:
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
        guard let index = state.overlays.lastIndex(where: isPin), var pin = state.overlays[index].as(PinOverlay.self)?.pin else { return [] }
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
            state.overlays = [Overlay(PinOverlay(fresh))]
            return []
        case .failed(let reason):
            pin.message = reason
            if pin.step == .again || pin.step == .confirmWithoutPin { pin.step = .first }
            if pin.step == .wipeOffer { pin.step = .current }
        }
        state.overlays[index] = Overlay(PinOverlay(pin))
        return []
    }

    static func isPin(_ overlay: Overlay) -> Bool { overlay.as(PinOverlay.self) != nil }

    // MARK: The idle lock

    /// Whether the screen should lock now: a PIN protects the drafts, `vergrendel-na` is not 0, and no key came for
    /// that many minutes.
    static func shouldLock(_ state: AppState) -> Bool {
        state.pinProtected && state.config.idleLockMinutes > 0 && !state.quitting && !state.overlays.contains(where: isPin)
            && state.now.timeIntervalSince(state.lastInput) >= TimeInterval(state.config.idleLockMinutes * 60)
    }

    static func lock(_ state: inout AppState) {
        state.push(PinOverlay(PinState(mode: .relock, allowWithoutPin: state.config.encryption == .aan)))
    }

    /// From the settings screen.
    static func openChange(_ state: inout AppState) {
        state.push(PinOverlay(PinState(mode: .change)))
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
            lines += ["", PinTexts.field + " " + String(repeating: "•", count: pin.entered.count) + (pin.busy ? "" : "▏")]
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
        // Locked is no reason to hide the way to help: the line tells nothing about the drafts.
        Chrome.drawEmergency(&screen, state)
        if !hints.isEmpty {
            screen.write(hints, row: state.rows - 1, column: 1, width: state.columns - 2, style: .dim, tone: .muted)
        }
    }
}

extension Overlay {
    /// The PIN screen in `pin`'s state.
    public static func pin(_ pin: PinState) -> Overlay { Overlay(PinOverlay(pin)) }
}
