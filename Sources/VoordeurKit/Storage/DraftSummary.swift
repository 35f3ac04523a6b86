import Foundation

/// What a list of drafts shows (`lijst`, the visits overlay, the start-up checks): no descriptions.
public struct DraftSummary: Equatable, Sendable {
    public var id: String
    public var schemaVersion: Int
    public var startedAt: Date
    public var updatedAt: Date
    public var homeReference: String
    public var status: VisitStatus
    /// Ticked observations plus own signals, as `Visit.signalCount`.
    public var signalCount: Int

    public init(id: String, schemaVersion: Int, startedAt: Date, updatedAt: Date, homeReference: String,
                status: VisitStatus, signalCount: Int) {
        self.id = id
        self.schemaVersion = schemaVersion
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.homeReference = homeReference
        self.status = status
        self.signalCount = signalCount
    }

    public init(_ visit: Visit) {
        self.init(id: visit.id, schemaVersion: visit.schemaVersion, startedAt: visit.startedAt, updatedAt: visit.updatedAt,
                  homeReference: visit.homeReference, status: visit.status, signalCount: visit.signalCount)
    }
}

/// A summary is decoded from the draft's file by `JSONDecoder` with the visit's own key names, reading only what
/// lists show: decoding every description of 500 drafts at each start was most of the time to the first frame
/// (BENCHMARKS.md). The draft that is opened is still decoded in full.
extension DraftSummary: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id, schemaVersion, startedAt, updatedAt, homeReference, status, observations, ownSignals
    }

    private struct Tick: Decodable { var ticked: Bool }
    private struct Counted: Decodable { init(from decoder: Decoder) throws {} }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        startedAt = try c.decode(Date.self, forKey: .startedAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        homeReference = TextSanitizer.singleLine(try c.decode(String.self, forKey: .homeReference))
        status = try c.decode(VisitStatus.self, forKey: .status)
        signalCount = try c.decode([Tick].self, forKey: .observations).filter(\.ticked).count
            + c.decode([Counted].self, forKey: .ownSignals).count
    }
}
