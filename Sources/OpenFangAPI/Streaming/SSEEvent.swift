import FoundationEssentials
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// One server-sent event: a name and a JSON payload (OpenFang's message-stream events: `chunk`,
/// `tool_use`, `tool_result`, `phase`, `done`, plus `error`).
struct SSEEvent: Sendable, Equatable {
    var name: String
    var data: JSONValue

    /// The wire text: `event: name`, `data: json`, a blank line.
    var text: String {
        let json = (try? JSONEncoder.sortedKeys.encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: \(name)\ndata: \(json)\n\n"
    }

    /// The event for a loop event (nil for ones a client does not see, such as tool-input pieces).
    init?(_ event: LoopEvent) {
        switch event {
        case .model(.textDelta(let text)): self.init(name: "chunk", data: .object(["content": .string(text), "done": .bool(false)]))
        case .model(.toolUseStart(let id, let name)): self.init(name: "tool_use", data: .object(["id": .string(id.rawValue), "tool": .string(name)]))
        case .toolResult(let id, let name, let preview, let isError):
            self.init(name: "tool_result", data: .object(["id": .string(id.rawValue), "tool": .string(name), "preview": .string(preview), "is_error": .bool(isError)]))
        case .phase(let phase): self.init(name: "phase", data: .object(["phase": .string(Self.phaseName(phase))]))
        case .model: return nil
        }
    }

    init(name: String, data: JSONValue) {
        self.name = name
        self.data = data
    }

    /// The final event of a turn.
    static func done(_ result: TurnResult, agentID: String) -> SSEEvent {
        SSEEvent(name: "done", data: .object([
            "done": .bool(true), "response": .string(result.response), "silent": .bool(result.silent), "run_id": .string(result.runID.description),
            "agent_id": .string(agentID), "iterations": .integer(Int64(result.iterations)),
            "usage": .object(["input_tokens": .integer(Int64(result.usage.inputTokens)), "output_tokens": .integer(Int64(result.usage.outputTokens))]),
        ]))
    }

    /// A kernel event on the events stream.
    init(_ event: KernelEvent) {
        self.init(name: event.kind.name, data: .object([
            "agent_id": event.agent.map { .string($0.description) } ?? .null, "payload": event.payload, "at": .string(event.at.formatted(.iso8601)),
        ]))
    }

    /// The error event for a failed turn (the API's error shape).
    static func error(_ error: any Error) -> SSEEvent {
        let failure = APIError.from(error)
        var fields: [String: JSONValue] = ["code": .string(failure.code), "message": .string(failure.message)]
        if let field = failure.field { fields["field"] = .string(field) }
        return SSEEvent(name: "error", data: .object(["error": .object(fields)]))
    }

    static func phaseName(_ phase: LoopPhase) -> String {
        switch phase {
        case .thinking: "thinking"
        case .toolUse(let tool): "tool_use:\(tool)"
        case .compacting: "compacting"
        case .done: "done"
        }
    }
}
