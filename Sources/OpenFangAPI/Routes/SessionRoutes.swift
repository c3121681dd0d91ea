import FoundationEssentials
import HTTPTypes
import Hummingbird
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// Sessions: `GET /api/sessions` (`?agent=`), `GET /api/agents/{id}/sessions`, `GET|DELETE
/// /api/sessions/{id}`, `PUT /api/sessions/{id}/label`, `POST /api/agents/{id}/session/compact`.
struct SessionRoutes: APIRouteGroup {
    /// The longest label accepted.
    static let maxLabelLength = 128

    /// The answer to a compaction.
    struct Compacted: ResponseEncodable {
        var agentID: String
        var sessionID: String
        var messagesBefore: Int
        var messagesAfter: Int
        var summary: String?

        enum CodingKeys: String, CodingKey {
            case summary
            case agentID = "agent_id"
            case sessionID = "session_id"
            case messagesBefore = "messages_before"
            case messagesAfter = "messages_after"
        }
    }

    /// The answer to a deletion.
    struct Deleted: ResponseEncodable {
        var sessionID: String
        var status: String

        enum CodingKeys: String, CodingKey {
            case status
            case sessionID = "session_id"
        }
    }

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/sessions", summary: "Every session, newest first (`?agent=` name or id: one agent's)", query: ["agent": "an agent's name or id"], response: "[{session_id, agent_id, agent_name, label, canonical, message_count, compacted_summary, created_at, updated_at}]") {
            request, _ -> [SessionInfo] in
            guard let reference = QueryValues(request: request).string("agent") else { return try await list(of: nil) }
            return try await list(of: kernel.requireAgent(reference, field: "agent").id)
        }
        routes.on(.get, "/api/agents/{id}/sessions", summary: "One agent's sessions, newest first", response: "[{session_id, agent_id, agent_name, label, canonical, message_count, …}]") {
            _, context -> [SessionInfo] in
            try await list(of: kernel.requireAgent(context.parameters.require("id")).id)
        }
        routes.on(.get, "/api/sessions/{id}", summary: "A session with its messages", response: "{session_id, agent_id, …, messages: [{msg_id, role, content}]}") {
            _, context -> SessionInfo in
            let session = try await load(context.parameters.require("id"))
            return SessionInfo(session.record, agentName: await kernel.summary(of: session.record.agentID.description)?.name, messages: session.messages)
        }
        routes.on(.delete, "/api/sessions/{id}", summary: "Delete a session and its messages", response: "{session_id, status: \"deleted\"}") { _, context -> Deleted in
            let session = try await load(context.parameters.require("id"))
            try await kernel.store.deleteSession(session.record.id)
            return Deleted(sessionID: session.record.id.description, status: "deleted")
        }
        routes.on(
            .put, "/api/sessions/{id}/label", summary: "Set (or, with null, clear) a session's label", body: ["label": .string("1 to 128 characters (blanks around it trimmed), or null to clear it", required: true, nullable: true, maxLength: 128, pattern: #"^\s*\S"#)],
            response: "{session_id, agent_id, label, …}"
        ) { request, context -> SessionInfo in
            let session = try await load(context.parameters.require("id"))
            let body = try await RequestJSON.read(request, limit: 4_096)
            guard body.fields["label"] != nil else { throw APIError(.badRequest, "`label` is required (a string, or null to clear it)", field: "label") }
            let label = try body.optionalString("label")?.trimmed()
            if let label, label.isEmpty || label.count > Self.maxLabelLength {
                throw APIError(.badRequest, "`label` must have 1 to \(Self.maxLabelLength) characters (null clears it)", field: "label")
            }
            try await kernel.store.setLabel(label, of: session.record.id)
            var record = session.record
            record.label = label
            return SessionInfo(record, agentName: await kernel.summary(of: record.agentID.description)?.name)
        }
        routes.on(
            .post, "/api/agents/{id}/session/compact", summary: "Compact an agent's session now: older messages become a summary written by its model",
            response: "{agent_id, session_id, messages_before, messages_after, summary}", cost: 30, errors: APIBodyField.turnErrors
        ) { _, context -> Compacted in
            let agent = try await kernel.requireAgent(context.parameters.require("id"))
            let (before, session) = try await kernel.compactSession(of: agent.id.description)
            return Compacted(
                agentID: agent.id.description, sessionID: session.record.id.description, messagesBefore: before, messagesAfter: session.messages.count,
                summary: session.record.compactedSummary)
        }
    }

    /// Sessions of `agent` (or all), with their agents' names.
    private func list(of agent: AgentID?) async throws -> [SessionInfo] {
        let names = Dictionary(await kernel.summaries().map { ($0.id, $0.name) }) { first, _ in first }
        return try await kernel.store.sessions(of: agent).map { SessionInfo($0, agentName: names[$0.agentID]) }
    }

    /// The session `text` names, or 400 (not an id) / 404 `unknown_session`.
    private func load(_ text: String) async throws -> Session {
        let id = try PathID.parse(text, as: SessionID.self, what: "session")
        guard let session = try await kernel.store.session(id) else { throw APIError(.notFound, "no session \(id)", code: "unknown_session") }
        return session
    }
}
