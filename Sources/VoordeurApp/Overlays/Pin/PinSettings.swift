import Foundation
import VoordeurKit

/// What the PIN and the corporation's fixed keys add to the settings screen: fixed keys are shown read-only, and a
/// PIN line opens the PIN screen to change it.
enum PinSettings {
    static let pinPath = FieldPath.setting(section: "voordeur", key: "pincode")

    static func fields(_ specs: [FieldSpec], _ state: AppState) -> [FieldSpec] {
        let config = state.config
        var out = specs.map { spec -> FieldSpec in
            guard case .setting(let section, let key) = spec.path, config.isLocked(section: section, key: key) else { return spec }
            var fixed = spec
            fixed.readOnly = true
            fixed.label = PinTexts.lockedLabelPrefix + spec.label
            return fixed
        }
        let shown = Set(specs.compactMap { spec -> String? in
            if case .setting(let section, let key) = spec.path { return "\(section).\(key)" }
            return nil
        })
        for name in config.lockedKeys where !shown.contains(name) {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            out.append(FieldSpec(PinTexts.lockedLabelPrefix + name, .line, .setting(section: parts[0], key: parts[1]), readOnly: true))
        }
        if state.pinProtected {
            out.append(FieldSpec(PinTexts.settingsLabel, .line, pinPath, note: PinTexts.settingsNote, readOnly: true))
        }
        return out
    }

    /// A key on a read-only field: Enter on the PIN line opens the PIN screen; typing says why nothing changes.
    static func readOnlyKey(_ state: inout AppState, _ editor: inout EditorState, _ key: Key) {
        switch key {
        case .enter where editor.focused.spec.path == pinPath:
            PinOverlay.openChange(&state)
        case .character, .backspace, .delete, .enter:
            editor.hint = PinTexts.readOnlyHint
        default:
            break
        }
    }
}
