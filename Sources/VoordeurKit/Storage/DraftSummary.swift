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
