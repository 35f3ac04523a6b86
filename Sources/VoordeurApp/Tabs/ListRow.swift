/// One row of a checklist tab: its box ("[x]", "•", "+"), its text and its marks (✎, ⚠2).
struct ListRow {
    var box: String
    var text: String
    var marks: String = ""
}
