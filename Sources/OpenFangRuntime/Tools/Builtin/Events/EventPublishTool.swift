import FoundationEssentials
import OpenFangTypes

/// `event_publish`: publishes a custom event on the kernel's bus (triggers and proactive agents
/// react to it).
public struct EventPublishTool: Tool {
    /// The event.
    public struct Input: Decodable, Sendable {
        /// Its type (`deploy.finished`).
        public var eventType: String
        /// Any JSON payload.
        public var payload: JSONValue?

        enum CodingKeys: String, CodingKey {
            case payload
            case eventType = "event_type"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "event_publish", description: "Publish a custom event that triggers and other agents can react to.",
        inputSchema: .object(["event_type": .string("The event type"), "payload": JSONSchema(.object(["description": .string("Any JSON payload")]))], required: ["event_type"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        guard let events = context.kernel.events else { return .failure("event_publish needs the kernel, which is not running") }
        guard !input.eventType.trimmingCharacters(in: " \t").isEmpty else { return .failure("`event_type` is empty") }
        try await events.publish(type: input.eventType, payload: input.payload ?? .null, from: context.agentID)
        return .success("published \(input.eventType)")
    }
}
