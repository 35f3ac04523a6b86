import Foundation
import VoordeurKit

/// The PIN screen's texts, from the string tables (`pin.*` in Assets/teksten.nl and teksten.en).
enum PinTexts {
    static var title: String { tr("pin.title") }
    static var titleChoose: String { tr("pin.title.choose") }
    static var titleChange: String { tr("pin.title.change") }
    static var askUnlock: String { tr("pin.ask.unlock") }
    static var askRelock: String { tr("pin.ask.relock") }
    static var askCurrent: String { tr("pin.ask.current") }
    static var askFirst: String { tr("pin.ask.first", ["cijfers": PinRule.minimumDigits]) }
    static var askRepeat: String { tr("pin.ask.repeat") }
    static var field: String { tr("pin.field") }
    static var withoutPinOption: String { tr("pin.withoutpin.option") }
    static var confirmWithoutPin: String { tr("pin.withoutpin.confirm") }
    static var confirmWithoutPinKeys: String { tr("pin.withoutpin.keys") }
    static var busy: String { tr("pin.busy") }
    static var busyChoosing: String { tr("pin.busy.choosing") }
    static var forgotten: String { tr("pin.forgotten") }
    static func wipeOffer(_ failures: Int) -> String { tr("pin.wipe.offer", ["n": failures]) }
    static var wipeKeys: String { tr("pin.wipe.keys") }
    static func waiting(_ seconds: Int) -> String { tr("pin.waiting", ["s": seconds]) }
    static var hintsUnlock: String { tr("pin.hints.unlock") }
    static var hintsChange: String { tr("pin.hints.change") }
    static var changed: String { tr("pin.changed") }
    static func wiped(_ count: Int) -> String { trCount("pin.wiped", count) }
    static var settingsLabel: String { tr("pin.settings.label") }
    static var settingsNote: String { tr("pin.settings.note") }
    static var readOnlyHint: String { tr("pin.settings.readonly") }
    static var lockedLabelPrefix: String { tr("pin.settings.locked") + " " }
}
