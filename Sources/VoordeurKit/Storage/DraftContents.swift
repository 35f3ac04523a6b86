import Foundation

/// What the store decodes from a draft file: the whole visit, or the summary lists show. Both are checked the same
/// way (schema, id against the file name, a date ahead of the clock).
protocol DraftContents: Decodable {
    var id: String { get }
    var schemaVersion: Int { get }
    var updatedAt: Date { get set }
}

extension Visit: DraftContents {}
extension DraftSummary: DraftContents {}
