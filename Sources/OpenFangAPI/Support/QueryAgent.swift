import Hummingbird
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// An agent named by name or id in a query parameter or path.
struct QueryAgent {
    let kernel: Kernel

    /// The agent `?agent=` names, or nil when absent; 404 when it names nobody.
    func optional(_ request: Request, parameter: String = "agent") async throws -> AgentID? {
        guard let text = request.uri.queryParameters.get(parameter) else { return nil }
        return try await required(text)
    }

    /// The agent `nameOrID` names; 404 `unknown_agent` when none.
    func required(_ nameOrID: String) async throws -> AgentID {
        guard let agent = await kernel.summary(of: nameOrID) else {
            throw KernelError.unknownAgent(nameOrID, known: await kernel.summaries().map(\.name))
        }
        return agent.id
    }
}
