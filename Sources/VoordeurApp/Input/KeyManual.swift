import VoordeurKit

/// The manual page's key list, made from the same key maps as the help screen (mdoc, for groff): Packaging/deb.sh
/// puts it into the pages, and a test keeps the checked-in copies (Packaging/voordeur.1.toetsen, Dutch, and
/// Packaging/voordeur.1.keys, English) equal to it.
public enum KeyManual {
    public static func mdoc() -> String {
        var out: [String] = []
        let all = KeyBindings.all
        for context in KeyBindings.contexts {
            // Quoted: a first word such as "In" or "Op" would be read as an mdoc macro.
            out.append(".Ss \"\\&" + escape(HelpOverlay.contextLabel(context)) + "\"")
            out.append(".Bl -tag -width \"Shift-Tab\" -compact")
            for binding in all where binding.context == context {
                let keys = binding.label.components(separatedBy: " / ").map { "Sy " + escape($0) }.joined(separator: " , ")
                out.append(".It " + keys)
                out.append(escape(binding.help))
            }
            out.append(".El")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// groff wants ASCII: other characters as \[uXXXX]; a word groff would read as a macro or a request gets \&.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\[u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "]"
            }
        }
        if let first = out.first, ".'?!".contains(first) { out = "\\&" + out }
        return out.replacingOccurrences(of: " ?", with: " \\&?").replacingOccurrences(of: " !", with: " \\&!")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
