import FoundationEssentials
import Hummingbird
import NIOCore
import OpenFangKernel
import OpenFangRuntime

/// The `text/event-stream` answer of a streamed completion: `data: <chunk>` events written as the
/// model streams (role, content pieces, finish, then usage when asked), then `data: [DONE]`. An
/// error after the stream began becomes a `data: {"error": …}` event (OpenAI clients raise it).
/// The turn runs in a child task of the body writer: a client that goes away cancels it.
struct ChatCompletionStream: Sendable {
    let kernel: Kernel
    /// The agent's id.
    let agent: String
    let request: ChatCompletionRequest
    /// The completion's `id` and `created`.
    let id: String
    let created: Int

    /// The response body.
    var body: ResponseBody {
        ResponseBody { writer in
            let (events, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await run(into: continuation) }
                try await writer.write(Self.event(ChatCompletionChunk.role(id: id, created: created, model: request.model)))
                for await event in events { try await writer.write(event) }
                try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                try await group.waitForAll()
            }
            try await writer.finish(nil)
        }
    }

    /// Runs the turn, yielding each event's bytes; finishes the stream whatever happens.
    func run(into continuation: AsyncStream<ByteBuffer>.Continuation) async {
        defer { continuation.finish() }
        let (id, created, model) = (id, created, request.model)
        do {
            let result = try await kernel.complete(agent: agent, history: request.messages) { event in
                guard case .model(.textDelta(let text)) = event, !text.isEmpty else { return }
                continuation.yield(Self.event(ChatCompletionChunk.content(text, id: id, created: created, model: model)))
            }
            continuation.yield(Self.event(ChatCompletionChunk.finish(id: id, created: created, model: model)))
            if request.includeUsage {
                continuation.yield(Self.event(ChatCompletionChunk.usage(ChatUsage(result.usage), id: id, created: created, model: model)))
            }
        } catch {
            continuation.yield(ByteBuffer(string: "data: \(OpenAIError.from(error).json)\n\n"))
        }
    }

    /// One `data:` event.
    static func event(_ chunk: ChatCompletionChunk) -> ByteBuffer {
        let json = (try? JSONEncoder().encode(chunk)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return ByteBuffer(string: "data: \(json)\n\n")
    }
}
