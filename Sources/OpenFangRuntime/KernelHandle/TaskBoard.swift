import OpenFangTypes

/// The kernel's task queue as the task tools see it.
public protocol TaskBoard: Sendable {
    /// Posts a task.
    func post(title: String, description: String, assignedTo: String?, by poster: AgentID) async throws -> AgentTask
    /// Claims the next pending task assigned to `agent` or to nobody.
    func claim(by agent: AgentID) async throws -> AgentTask?
    /// Completes a task the agent claimed.
    func complete(_ taskID: String, result: String, by agent: AgentID) async throws -> AgentTask
    /// Tasks, optionally only those with one status.
    func tasks(status: String?) async throws -> [AgentTask]
}
