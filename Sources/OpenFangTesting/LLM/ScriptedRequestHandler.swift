import NIOCore
import NIOHTTP1
import Synchronization

/// Collects one request, records it, and plays back the next scripted reply.
final class ScriptedRequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let script: ScriptedLLMServer.Script
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()

    init(script: ScriptedLLMServer.Script) {
        self.script = script
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
        case .body(var chunk):
            body.writeBuffer(&chunk)
        case .end:
            guard let head else { return }
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            script.received.withLock {
                $0.append(RecordedRequest(method: head.method.rawValue, uri: head.uri, headers: headers, body: String(buffer: body)))
            }
            let reply = script.replies.withLock { $0.isEmpty ? nil : $0.removeFirst() }
                ?? ScriptedReply.error(599, #"{"error":{"message":"the scripted server has no reply queued"}}"#)
            play(reply, context: context, keepAlive: head.isKeepAlive)
        }
    }

    private func play(_ reply: ScriptedReply, context: ChannelHandlerContext, keepAlive: Bool) {
        var headers = HTTPHeaders(reply.headers.map { ($0.name, $0.value) })
        let chunks = reply.pieces.compactMap { piece -> String? in
            if case .bytes(let text) = piece { return text }
            return nil
        }
        if reply.pieces.count == 1, !reply.dropConnection {
            headers.replaceOrAdd(name: "content-length", value: String(chunks.joined().utf8.count))
        }
        if !keepAlive { headers.replaceOrAdd(name: "connection", value: "close") }
        let status = HTTPResponseStatus(statusCode: reply.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.flush()
        send(reply.pieces[...], reply: reply, context: context, keepAlive: keepAlive)
    }

    private func send(_ pieces: ArraySlice<ScriptedReply.Piece>, reply: ScriptedReply, context: ChannelHandlerContext, keepAlive: Bool) {
        guard let piece = pieces.first else {
            if reply.dropConnection {
                context.close(promise: nil)
                return
            }
            let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
            if !keepAlive { done.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
            return
        }
        let rest = pieces.dropFirst()
        switch piece {
        case .bytes(let text):
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
            send(rest, reply: reply, context: context, keepAlive: keepAlive)
        case .pause(let duration):
            let nanoseconds = duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
            context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(nanoseconds)) {
                self.send(rest, reply: reply, context: context, keepAlive: keepAlive)
            }
        }
    }
}
