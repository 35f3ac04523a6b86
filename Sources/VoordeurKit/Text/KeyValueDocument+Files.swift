import Foundation

/// Reading the files the key = value format is used for (card, configuration, word lists), with Dutch messages for
/// every I/O and encoding problem. The format itself is in VoordeurFormats, which the build plugin shares.
extension KeyValueDocument {
    /// Reads and parses a file, turning every I/O and encoding problem into a Dutch `FileProblem`.
    public init(contentsOf url: URL, allowBareLines: Bool = false) throws {
        let text = try Self.readText(url)
        try self.init(parsing: text, source: url.path, allowBareLines: allowBareLines)
    }

    public static func readText(_ url: URL) throws -> String {
        let path = url.path
        let data: Data
        switch FileKind.readRegularFile(path, followLinks: true) {
        case .success(let read): data = read
        case .failure(let error): throw FileProblem(file: path, line: nil, message: error.message)
        }
        guard data.count <= maximumBytes else {
            throw FileProblem(file: path, line: nil,
                              message: "bestand is te groot (\(data.count / 1024) KB, hoogstens \(maximumBytes / 1024) KB)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileProblem(file: path, line: nil, message: "bestand is geen geldige UTF-8-tekst")
        }
        return text
    }

    /// Like `readText`, but an empty file (nothing but white space) is an error: a card or configuration that is
    /// empty is almost always a mistake (a failed copy, a truncated disk).
    public static func readNonEmptyText(_ url: URL) throws -> String {
        let text = try readText(url)
        guard !text.allSatisfy({ $0.isWhitespace }) else {
            throw FileProblem(file: url.path, line: nil, message: "het bestand is leeg")
        }
        return text
    }

}
