import OpenFangTypes

/// The shared task board (`task_post|claim|complete|list`), durable.
public protocol TaskQueueStore: Sendable {
    /// Posts a pending task.
    func postTask(title: String, description: String, assignedTo: String?, by poster: AgentID) async throws -> TaskRecord
    /// Atomically claims the oldest pending task assigned to one of `names` or to nobody.
    func claimTask(by agent: AgentID, names: [String]) async throws -> TaskRecord?
    /// Completes a task the agent claimed.
    func completeTask(_ id: String, result: String, by agent: AgentID) async throws -> TaskRecord
    /// Tasks, oldest first, optionally of one status.
    func tasks(status: String?) async throws -> [TaskRecord]
}
