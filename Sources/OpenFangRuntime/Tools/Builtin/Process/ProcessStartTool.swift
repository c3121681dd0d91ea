import FoundationEssentials
import OpenFangTypes

/// `process_start`: starts a long-running process (a REPL, a dev server) in the workspace; the
/// command line must pass the exec policy and the agent's `shell` capabilities.
public struct ProcessStartTool: Tool {
    /// The command.
    public struct Input: Decodable, Sendable {
        /// The program (or a whole command line when `args` is empty).
        public var command: String
        /// Its arguments.
        public var args: [String]?
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "process_start", description: "Start a long-running process (REPL, server) in your workspace; returns a process_id for process_poll/write/kill.",
        inputSchema: .object(["command": .string("The program or command line"), "args": .array(of: .string("An argument"), "Arguments")], required: ["command"]))

    private let manager: ProcessManager

    /// Creates the tool over the shared manager.
    public init(manager: ProcessManager) {
        self.manager = manager
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        guard let workspace = context.workspace else { return .failure("this agent has no workspace, so process_start is unavailable") }
        let args = input.args ?? []
        let line = args.isEmpty ? input.command : ([input.command] + args).map(Self.quoted).joined(separator: " ")
        try context.require(context.permissions.checkShell(line))
        let argv = args.isEmpty ? ["/bin/sh", "-c", input.command] : [input.command] + args
        let environment = ProcessEnvironment.build(passthrough: context.permissions.execPolicy.shellEnvPassthrough)
        do {
            let id = try await manager.start(argv, commandLine: line, owner: context.agentID, environment: environment, directory: workspace.root)
            return .success("started \(id): \(line)")
        } catch let refusal as ProcessManager.Refusal {
            return .failure(refusal.description)
        }
    }

    /// A word quoted for the shell when it needs it.
    static func quoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@%+,".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
