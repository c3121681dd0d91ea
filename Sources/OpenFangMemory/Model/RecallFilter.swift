import FoundationEssentials
import OpenFangTypes

/// Restricts a recall to some fragments.
public struct RecallFilter: Sendable, Hashable {
    /// Only this agent's fragments (nil: every agent's).
    public var agentID: AgentID?
    /// Only these sources (nil: any).
    public var sources: [String]?
    /// Only fragments stored at or after this time.
    public var since: Date?
    /// Only fragments stored before this time.
    public var until: Date?
    /// Only fragments at least this confident.
    public var minimumConfidence: Double?

    /// Creates a filter.
    public init(
        agentID: AgentID? = nil, sources: [String]? = nil, since: Date? = nil, until: Date? = nil,
        minimumConfidence: Double? = nil
    ) {
        self.agentID = agentID
        self.sources = sources
        self.since = since
        self.until = until
        self.minimumConfidence = minimumConfidence
    }

    /// Whether a fragment's facts pass the filter.
    func admits(agentID: AgentID, source: String, createdAt: Date, confidence: Double) -> Bool {
        if let wanted = self.agentID, wanted != agentID { return false }
        if let sources, !sources.contains(source) { return false }
        if let since, createdAt < since { return false }
        if let until, createdAt >= until { return false }
        if let minimumConfidence, confidence < minimumConfidence { return false }
        return true
    }
}
