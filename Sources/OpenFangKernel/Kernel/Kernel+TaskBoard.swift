import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel: TaskBoard {
    public func post(title: String, description: String, assignedTo: String?, by poster: AgentID) async throws -> AgentTask {
        Self.agentTask(try await store.postTask(title: title, description: description, assignedTo: assignedTo, by: poster))
    }

    public func claim(by agent: AgentID) async throws -> AgentTask? {
        let names = find(agent.description).map { [$0.record.name] } ?? []
        return try await store.claimTask(by: agent, names: names).map(Self.agentTask)
    }

    public func complete(_ taskID: String, result: String, by agent: AgentID) async throws -> AgentTask {
        Self.agentTask(try await store.completeTask(taskID, result: result, by: agent))
    }

    public func tasks(status: String?) async throws -> [AgentTask] {
        try await store.tasks(status: status).map(Self.agentTask)
    }

    static func agentTask(_ record: TaskRecord) -> AgentTask {
        AgentTask(
            id: record.id, title: record.title, description: record.description, status: record.status, postedBy: record.postedBy,
            assignedTo: record.assignedTo, claimedBy: record.claimedBy, result: record.result)
    }
}
