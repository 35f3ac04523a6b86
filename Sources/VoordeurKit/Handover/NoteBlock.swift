import Foundation

/// One piece of the note, before it is laid out: the plain text, Markdown and e-mail renderers lay out the same
/// blocks, so the sections come in the same order in every format.
enum NoteBlock: Equatable {
    case title(String)
    case section(String)
    /// "Label: value" at the top level.
    case field(String, String)
    /// A numbered entry: "1." and its first line.
    case item(String, String)
    /// "Label: value" under an item.
    case detail(String, String)
    /// A sub-heading inside a section ("partner (ca. 40):").
    case subheading(String)
    case bullet(String)
    case text(String)
    case blank
}
