import HTTPTypes
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// The agent a name or id refers to, or a 404 `unknown_agent` that lists the known names
    /// (and names `field` when the reference came from a query or body field).
    func requireAgent(_ nameOrID: String, field: String? = nil) throws -> AgentSummary {
        if let agent = summary(of: nameOrID) { return agent }
        // Path segments arrive percent-encoded (`my%20agent`); names may hold spaces and letters beyond ASCII.
        if let decoded = PercentEncoding.decode(nameOrID), decoded != nameOrID, let agent = summary(of: decoded) { return agent }
        let known = summaries().map(\.name).sorted()
        throw APIError(.notFound, KernelError.unknownAgent(nameOrID, known: known).description, code: "unknown_agent", field: field)
    }

    /// The id of the agent `?agent=` names in `query`, nil when absent; 404 naming `agent` when unknown.
    func optionalAgent(_ query: QueryValues) throws -> AgentID? {
        try query.string("agent").map { try requireAgent($0, field: "agent").id }
    }
}
