import FoundationEssentials
import Hummingbird
import NIOCore
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// The OpenAI-compatible face of the daemon, under `/v1`: `GET /v1/models` (agents as models)
/// and `POST /v1/chat/completions` (one turn of the agent named by `model` on the whole
/// conversation sent; streamed with `stream: true`). Errors have OpenAI's shape. The api_key
/// middleware guards these routes like every other.
struct OpenAIRoutes: APIRouteGroup {
    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/v1/models", summary: "OpenAI-compatible: the agents as models", response: "{object: list, data: [{id, object, created, owned_by}]}", cost: 2) {
            _, _ -> Response in
            try await Self.openAIErrors { try Self.json(ModelList(await kernel.completionModels())) }
        }
        routes.on(
            .post, "/v1/chat/completions", summary: "OpenAI-compatible chat completion: `model` names an agent; the whole history is honoured; `stream` for chunks",
            body: [
                "model": .required("an agent's name or id (`openfang:<name>` too)"), "messages": APIBodyField(.array, "the conversation: system, user, assistant and tool messages", required: true),
                "stream": APIBodyField(.boolean, "chunks as server-sent events"), "stream_options": APIBodyField(.object, "{include_usage}", nullable: true),
            ],
            response: "chat.completion, or chat.completion.chunk events then [DONE]", cost: 30, errors: APIBodyField.turnErrors
        ) { request, _ -> Response in
            try await Self.openAIErrors { try await complete(request) }
        }
    }

    /// Runs `body`, answering what it throws in OpenAI's error shape.
    static func openAIErrors(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch {
            throw OpenAIError.from(error)
        }
    }

    /// Answers one chat completion, streamed or whole.
    func complete(_ request: Request) async throws -> Response {
        let body = try await RequestJSON.read(request, limit: ChatCompletionRequest.maxBodyBytes)
        let chat = try ChatCompletionRequest(fields: body.fields)
        let agent = try await resolve(chat.model)
        let id = "chatcmpl-" + UUID().uuidString.lowercased().replacing("-", with: "")
        let created = Int(Date().timeIntervalSince1970)
        if chat.stream {
            let stream = ChatCompletionStream(kernel: kernel, agent: agent, request: chat, id: id, created: created)
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: stream.body)
        }
        let result = try await kernel.complete(agent: agent, history: chat.messages)
        return try Self.json(ChatCompletion(id: id, created: created, model: chat.model, result: result))
    }

    /// The id of the agent `model` names: a name or id, also as OpenFang's `openfang:<name>`.
    func resolve(_ model: String) async throws -> String {
        let candidates = model.hasPrefix("openfang:") ? [model, String(model.dropFirst("openfang:".count))] : [model]
        for candidate in candidates {
            if let agent = await kernel.summary(of: candidate) { return agent.id.description }
        }
        throw OpenAIError.modelNotFound(model, known: await kernel.completionModels().map(\.name))
    }

    /// A JSON answer.
    static func json(_ value: some Encodable) throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(value))))
    }
}
