import FoundationEssentials
import OpenFangTypes

/// A task on the shared board (`task_post|claim|complete|list`).
public struct AgentTask: Sendable, Hashable, Codable {
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
    /// Who should do it (nil: anyone).
    public var assignedTo: String?
    /// Who claimed it.
    public var claimedBy: AgentID?
    /// The result, once completed.
    public var result: String?

    /// Creates a task.
    public init(
        id: String, title: String, description: String, status: String, postedBy: AgentID, assignedTo: String? = nil,
        claimedBy: AgentID? = nil, result: String? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.status = status
        self.postedBy = postedBy
        self.assignedTo = assignedTo
        self.claimedBy = claimedBy
        self.result = result
    }
}
