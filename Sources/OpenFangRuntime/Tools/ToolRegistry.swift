import Foundation
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

    /// Calls the tool `name` with the model's JSON `arguments`.
    public func call(_ name: String, arguments: JSONValue, context: ToolContext) async -> ToolOutput {
        guard let canonical = resolve(name), let tool = tools[canonical] else {
            let hint = KeySuggestion.nearest(to: name, in: tools.keys).map { " Did you mean \($0)?" } ?? ""
            return .failure("Unknown tool \"\(name)\".\(hint) Available: \(tools.keys.sorted().joined(separator: ", "))")
        }
        return await invoke(tool, arguments: arguments, context: context)
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
