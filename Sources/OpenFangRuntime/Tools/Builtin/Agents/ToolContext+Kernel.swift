import OpenFangTypes

extension ToolContext {
    /// The kernel's agent directory; its absence is thrown as the tool's error output.
    func agentDirectory() throws(ToolOutput) -> any AgentDirectory {
        guard let agents = kernel.agents else { throw .failure("agent tools need the kernel, which is not running") }
        return agents
    }

    /// The agent `nameOrID` refers to; an unknown one is thrown as the tool's error output.
    func agent(_ nameOrID: String) async throws(ToolOutput) -> AgentSummary {
        let directory = try agentDirectory()
        guard let agent = await directory.agent(named: nameOrID) else {
            throw .failure("no agent named or with id \"\(nameOrID)\"; call agent_list to see them")
        }
        return agent
    }

    /// The kernel's task board; its absence is thrown as the tool's error output.
    func taskBoard() throws(ToolOutput) -> any TaskBoard {
        guard let tasks = kernel.tasks else { throw .failure("task tools need the kernel, which is not running") }
        return tasks
    }
}
