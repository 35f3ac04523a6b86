/// Sizes shared by `update` (cursor movement, paging) and `render`, so they always agree.
public enum Layout {
    /// Rows of the list on the checklist screens.
    public static func listRows(rows: Int) -> Int { max(1, rows - 8) }
    /// Columns of text inside the description box.
    public static func editorTextWidth(columns: Int) -> Int { max(10, columns - 4) }
}
