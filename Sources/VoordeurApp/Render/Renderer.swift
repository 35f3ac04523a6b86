import Foundation
import VoordeurKit

/// `render(state) -> Screen`: a pure function from state to a grid of cells.
public enum Renderer {
    public static var emergencyLine: String { Chrome.emergencyLine }

    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(rows: state.rows, columns: state.columns)
        if state.isTooSmall {
            Chrome.drawTooSmall(&screen, state)
            return screen
        }
        // Hidden: an empty screen. Not even "F2": an onlooker must not learn how to show it again.
        if state.overlays.contains(.discreet) { return screen }
        // Draw from the last full-screen layer up: the tabs, or the editor / help with dialogs over them.
        let base = state.overlays.lastIndex(where: OverlayRegistry.isFullScreen)
        if base == nil { drawMain(&screen, state) }
        for overlay in state.overlays[(base ?? 0)...] {
            OverlayRegistry.draw(&screen, state, overlay)
        }
        return screen
    }

    static func drawMain(_ screen: inout Screen, _ state: AppState) {
        let regions = Regions.main(state)
        Chrome.drawTitle(&screen, state)
        Chrome.drawTabs(&screen, state)
        let component = TabRegistry.component(state.tab)
        component.view(state, regions: regions, into: &screen)
        let contexts: [KeyContext] = state.tab == .handover ? [.handover] : []
        Chrome.drawFooter(&screen, state, status: regions.status, hints: Chrome.tabHints(state, component.hints(state), contexts: contexts))
    }
}
