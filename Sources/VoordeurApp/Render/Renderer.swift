import Foundation
import VoordeurKit

/// `render(state) -> Screen`: a pure function from state to a grid of cells.
public enum Renderer {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(rows: state.rows, columns: state.columns)
        if state.isTooSmall {
            Chrome.drawTooSmall(&screen, state)
            return screen
        }
        if state.overlays.contains(.discreet) {
            DiscreetOverlay().view(state, into: &screen)
            return screen
        }
        // Draw from the last full-screen layer up: the tabs, or the editor / help with dialogs over them.
        let base = state.overlays.lastIndex { $0.component.isFullScreen }
        if base == nil { drawMain(&screen, state) }
        for overlay in state.overlays[(base ?? 0)...] {
            overlay.component.view(state, into: &screen)
        }
        PracticeMode.drawMarker(&screen, state)
        return screen
    }

    static func drawMain(_ screen: inout Screen, _ state: AppState) {
        let regions = Regions.main(state)
        Chrome.drawTitle(&screen, state, PracticeMode.title(state))
        Chrome.drawTabs(&screen, state)
        let component = TabRegistry.component(state.tab)
        component.view(state, regions: regions, into: &screen)
        Chrome.drawFooter(&screen, state, status: regions.status, hints: Chrome.tabHints(state, component))
    }
}
