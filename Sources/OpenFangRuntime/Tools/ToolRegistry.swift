import FoundationEssentials
import OpenFangTypes

/// Tools by name, called through one table: names are normalised through the alias table,
/// arguments decoded into the tool's typed input (a bad argument is a clear error the model can
/// fix), and no code ever switches on a tool name.
public struct ToolRegistry: Sendable {
    private var tools: [String: any Tool] = [:]

    /// An empty registry.
    public init() {}

    /// Adds (or replaces) a tool under its definition's name.
    public mutating func register(_ tool: some Tool) {
        tools[type(of: tool).definition.name] = tool
    }

    /// Every definition, sorted by name (what the model is offered).
    public var definitions: [ToolDefinition] {
        tools.values.map { type(of: $0).definition }.sorted { $0.name < $1.name }
    }

    /// The canonical name a model's `name` refers to, if the registry has it.
    public func resolve(_ name: String) -> String? {
        if tools[name] != nil { return name }
        let canonical = ToolNameAliases.canonical(name)
        return tools[canonical] != nil ? canonical : nil
    }

    /// The definitions of the tools `permissions` allow (what this agent's model is offered).
    public func definitions(for permissions: AgentPermissions) -> [ToolDefinition] {
        definitions.filter { permissions.offers($0.name) }
    }

    /// Calls the tool `name` with the model's JSON `arguments`, after the agent's permission for
    /// the tool and, for gated tools, a human's approval.
    public func call(_ name: String, arguments: JSONValue, context: ToolContext) async -> ToolOutput {
        guard let canonical = resolve(name), let tool = tools[canonical] else {
            let offered = tools.keys.filter(context.permissions.offers).sorted()
            let hint = KeySuggestion.nearest(to: name, in: offered).map { " Did you mean \($0)?" } ?? ""
            return .failure("Unknown tool \"\(name)\".\(hint) Available: \(offered.joined(separator: ", "))")
        }
        if let denial = context.permissions.checkTool(canonical) { return .failure(denial.description) }
        if let refusal = await approval(for: canonical, arguments: arguments, context: context) { return refusal }
        return await invoke(tool, arguments: arguments, context: context)
    }

    /// Asks the approval gate when the tool needs it; the refusal to return, or nil to go on.
    private func approval(for tool: String, arguments: JSONValue, context: ToolContext) async -> ToolOutput? {
        let permissions = context.permissions
        guard permissions.approvalRequired.contains(tool) else { return nil }
        if tool == "shell_exec", permissions.execPolicy.mode == .full { return nil }
        let denied = ToolOutput.failure(
            "Execution denied: '\(tool)' requires human approval and was denied or timed out. Do not retry it; tell the user what you wanted to run so they can approve it (or set auto_approve).")
        guard let gate = context.kernel.approvals else { return denied }
        let request = ApprovalRequest(agentID: context.agentID, tool: tool, arguments: arguments, summary: "\(tool): \(arguments.compactJSON.prefix(200))")
        return await gate.approve(request) ? nil : denied
    }

    /// Opens the existential so the tool's own `Input` type is decoded.
    private func invoke<T: Tool>(_ tool: T, arguments: JSONValue, context: ToolContext) async -> ToolOutput {
        let input: T.Input
        do {
            input = try JSONDecoder().decode(T.Input.self, from: JSONEncoder().encode(arguments))
        } catch {
            return .failure("Invalid arguments for \(T.definition.name): \(Self.describe(error)). Expected: \(T.definition.inputSchema.value.compactJSON)")
        }
        do {
            return try await tool.call(input, context: context)
        } catch let output as ToolOutput {
            return output
        } catch {
            return .failure("\(T.definition.name) failed: \(error)")
        }
    }

    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .keyNotFound(let key, _): return "missing `\(key.stringValue)`"
        case .typeMismatch(let type, let context):
            return "`\(context.codingPath.dottedPath)` should be \(type)"
        case .valueNotFound(_, let context): return "`\(context.codingPath.dottedPath)` is null"
        case .dataCorrupted(let context): return context.debugDescription
        @unknown default: return "\(decoding)"
        }
    }
}
