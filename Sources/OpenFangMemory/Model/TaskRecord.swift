import FoundationEssentials
import OpenFangTypes

/// A task on the shared board, as stored.
public struct TaskRecord: Sendable, Hashable, Codable {
    /// Its id.
    public var id: String
    /// Short title.
    public var title: String
    /// What to do.
    public var description: String
    /// `pending`, `in_progress` or `completed`.
    public var status: String
    /// Who posted it.
    public var postedBy: AgentID
    /// Name or id of the agent it is for (nil: anyone).
    public var assignedTo: String?
    /// Who claimed it.
    public var claimedBy: AgentID?
    /// The result, once completed.
    public var result: String?
    /// When it was posted.
    public var createdAt: Date
}
