import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 (random port) that answers each request with the next
/// scripted reply, streaming and pausing as scripted, and records every request.
public final class ScriptedLLMServer: Sendable {
    /// Replies waiting to be sent and requests received.
    final class Script: Sendable {
        let replies = Mutex<[ScriptedReply]>([])
        let received = Mutex<[RecordedRequest]>([])
    }

    private let channel: any Channel
    let script: Script

    /// `http://127.0.0.1:<port>`.
    public let baseURL: String

    private init(channel: any Channel, script: Script, port: Int) {
        self.channel = channel
        self.script = script
        self.baseURL = "http://127.0.0.1:\(port)"
    }

    /// Starts a server on a free loopback port.
    public static func start() async throws -> ScriptedLLMServer {
        let script = Script()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(ScriptedRequestHandler(script: script))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        return ScriptedLLMServer(channel: channel, script: script, port: port)
    }

    /// Queues replies, answered in order (a request with none queued gets a 599 error).
    public func enqueue(_ replies: ScriptedReply...) {
        script.replies.withLock { $0 += replies }
    }

    /// Every request received so far.
    public var requests: [RecordedRequest] { script.received.withLock { $0 } }

    /// Replies still queued.
    public var pendingReplies: Int { script.replies.withLock { $0.count } }

    /// Stops listening.
    public func shutdown() async {
        try? await channel.close()
    }
}
