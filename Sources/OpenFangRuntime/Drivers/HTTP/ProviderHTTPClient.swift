import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// The one HTTP client the process uses for model providers (one NIO event loop group, pooled
/// connections, a read timeout that also bounds silent streams). Shut it down when done.
public final class ProviderHTTPClient: Sendable {
    let client: HTTPClient
    /// Longest wait for response headers.
    let headTimeout: TimeAmount

    /// Creates a client; `readTimeout` bounds the silence between two pieces of a response.
    public init(connectTimeout: Duration = .seconds(10), readTimeout: Duration = .seconds(120), headTimeout: Duration = .seconds(120)) {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: Self.amount(connectTimeout), read: Self.amount(readTimeout))
        self.client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        self.headTimeout = Self.amount(headTimeout)
    }

    /// Closes pooled connections.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// POSTs JSON and returns the response head (the body is still to be read).
    func postJSON(_ url: String, headers: [(String, String)], body: String) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(string: body))
        do {
            return try await client.execute(request, timeout: headTimeout)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw LLMError.timeout
        } catch let error as HTTPClientError {
            throw LLMError.connection("\(error) at \(url)")
        } catch {
            throw LLMError.connection("\(error) at \(url)")
        }
    }

    /// The whole body as text, up to `limit` bytes.
    func text(of response: HTTPClientResponse, limit: Int = 16 * 1024 * 1024) async throws -> String {
        do {
            return String(buffer: try await response.body.collect(upTo: limit))
        } catch {
            throw LLMError.malformedResponse("the response body could not be read: \(error)")
        }
    }

    static func amount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }
}
