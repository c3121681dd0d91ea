import Foundation
import OpenFangRuntime
import OpenFangTypes

/// An in-memory stand-in for the kernel's roles (agents, tasks, events, approvals) that records
/// every call, for runtime tests that must not need the kernel.
public actor FakeKernel: AgentDirectory, TaskBoard, EventPublisher, ApprovalGate {
    /// Agents it knows.
    public private(set) var registered: [AgentSummary]
    /// Replies `send` gives, by agent id (default: "ack: <message>").
    public var replies: [AgentID: String] = [:]
    /// Every `send`: message, target, sender, depth.
    public private(set) var sent: [(message: String, to: AgentID, from: AgentID, depth: Int)] = []
    /// Every spawned manifest with its parent.
    public private(set) var spawned: [(manifest: AgentManifest, parent: AgentID)] = []
    /// Agents killed.
    public private(set) var killed: [AgentID] = []
    /// The task board.
    public private(set) var board: [AgentTask] = []
    /// Published events.
    public private(set) var published: [(type: String, payload: JSONValue, from: AgentID)] = []
    /// Approval requests seen.
    public private(set) var approvalRequests: [ApprovalRequest] = []
    /// What `approve` answers.
    public var approves: Bool

    /// Creates a fake kernel with these agents.
    public init(agents: [AgentSummary] = [], approves: Bool = false) {
        self.registered = agents
        self.approves = approves
    }

    /// The handle runtime code receives.
    public nonisolated var handle: KernelHandle { KernelHandle(agents: self, tasks: self, events: self, approvals: self) }

    /// Sets the approval answer.
    public func setApproves(_ value: Bool) { approves = value }

    public func agent(named nameOrID: String) -> AgentSummary? {
        registered.first { $0.name == nameOrID || $0.id.description == nameOrID }
    }

    public func agents() -> [AgentSummary] { registered }

    public func spawn(_ manifest: AgentManifest, source: String, parent: AgentID) throws -> AgentSummary {
        spawned.append((manifest, parent))
        let summary = AgentSummary(id: .random(), name: manifest.name, state: "running", model: "\(manifest.model.provider)/\(manifest.model.model)")
        registered.append(summary)
        return summary
    }

    public func send(_ message: String, to agent: AgentID, from sender: AgentID, depth: Int) throws -> String {
        sent.append((message, agent, sender, depth))
        return replies[agent] ?? "ack: \(message)"
    }

    public func kill(_ agent: AgentID, by caller: AgentID) throws {
        killed.append(agent)
        registered.removeAll { $0.id == agent }
    }

    public func post(title: String, description: String, assignedTo: String?, by poster: AgentID) throws -> AgentTask {
        let task = AgentTask(id: "task-\(board.count + 1)", title: title, description: description, status: "pending", postedBy: poster, assignedTo: assignedTo)
        board.append(task)
        return task
    }

    public func claim(by agent: AgentID) throws -> AgentTask? {
        let name = registered.first { $0.id == agent }?.name
        guard let index = board.firstIndex(where: { $0.status == "pending" && ($0.assignedTo == nil || $0.assignedTo == name || $0.assignedTo == agent.description) })
        else { return nil }
        board[index].status = "in_progress"
        board[index].claimedBy = agent
        return board[index]
    }

    public func complete(_ taskID: String, result: String, by agent: AgentID) throws -> AgentTask {
        guard let index = board.firstIndex(where: { $0.id == taskID }) else { throw FakeKernelError("no task \(taskID)") }
        guard board[index].claimedBy == agent else { throw FakeKernelError("task \(taskID) was not claimed by this agent") }
        board[index].status = "completed"
        board[index].result = result
        return board[index]
    }

    public func tasks(status: String?) throws -> [AgentTask] {
        board.filter { status == nil || $0.status == status }
    }

    public func publish(type: String, payload: JSONValue, from source: AgentID) throws {
        published.append((type, payload, source))
    }

    public func approve(_ request: ApprovalRequest) -> Bool {
        approvalRequests.append(request)
        return approves
    }
}
