import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1
import OpenFangKernel
import OpenFangTypes

/// Talks to the running daemon over its HTTP API, at the address `daemon.json` gives (always a
/// local daemon this home started), with the configured `api_key`.
struct DaemonClient {
    /// An answer that was not 2xx, with the daemon's own message.
    struct Failure: Error, CustomStringConvertible {
        var status: Int
        var message: String
        var description: String { message }
    }

    /// `http://host:port`.
    let base: String
    /// The key to send ("" = none).
    let apiKey: String

    /// The client for the daemon of this home, or nil when none runs.
    static func running(options: GlobalOptions) throws -> DaemonClient? {
        let environment = CLIEnvironment.load()
        guard let record = DaemonRecord.read(in: environment.home), record.isAlive else { return nil }
        let loaded = try ConfigReport.load(environment, options: options, quietWarnings: true)
        return DaemonClient(base: "http://\(record.listen)", apiKey: loaded.config.apiKey)
    }

    /// GETs `path` and returns the JSON answer.
    func get(_ path: String) async throws -> JSONValue {
        try await send(keyed(HTTPClientRequest(url: base + path)), timeout: .seconds(30))
    }

    /// POSTs a JSON object to `path` and returns the JSON answer (turns may take minutes).
    func post(_ path: String, _ body: [String: JSONValue], timeoutSeconds: Int64 = 1_800) async throws -> JSONValue {
        try await send(try jsonRequest("POST", path, body), timeout: .seconds(timeoutSeconds))
    }

    /// Sends a JSON object with `method` (`PUT`, `DELETE`, …) and returns the JSON answer.
    func send(method: String, _ path: String, _ body: [String: JSONValue]) async throws -> JSONValue {
        try await send(try jsonRequest(method, path, body), timeout: .seconds(60))
    }

    /// A request carrying `body` as JSON, with the key when one is configured.
    private func jsonRequest(_ method: String, _ path: String, _ body: [String: JSONValue]) throws -> HTTPClientRequest {
        var request = HTTPClientRequest(url: base + path)
        request.method = HTTPMethod(rawValue: method)
        request.headers.add(name: "content-type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(JSONValue.object(body))))
        return keyed(request)
    }

    /// `request` with the configured key, if any.
    private func keyed(_ request: HTTPClientRequest) -> HTTPClientRequest {
        var request = request
        if !apiKey.isEmpty { request.headers.add(name: "authorization", value: "Bearer \(apiKey)") }
        return request
    }

    /// POSTs a JSON object to a server-sent-events route and hands each event (name, JSON data)
    /// to `onEvent` as it arrives.
    func stream(_ path: String, _ body: [String: JSONValue], onEvent: (String, JSONValue) async throws -> Void) async throws {
        let request = try jsonRequest("POST", path, body)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let response = try await client.execute(request, timeout: .minutes(30))
            guard (200..<300).contains(response.status.code) else {
                let bytes = try await response.body.collect(upTo: 1 << 20)
                let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes.readableBytesView))
                throw Failure(status: Int(response.status.code), message: value?["error"]?["message"]?.stringValue ?? "the daemon answered \(response.status)")
            }
            var pending = ""
            for try await buffer in response.body {
                pending += String(buffer: buffer)
                while let end = pending.firstRange(of: "\n\n") {
                    let block = pending[..<end.lowerBound]
                    pending = String(pending[end.upperBound...])
                    let lines = block.split(separator: "\n")
                    guard let name = lines.first(where: { $0.hasPrefix("event: ") })?.dropFirst(7) else { continue }
                    let data = lines.first(where: { $0.hasPrefix("data: ") }).map { String($0.dropFirst(6)) } ?? "{}"
                    try await onEvent(String(name), (try? JSONDecoder().decode(JSONValue.self, from: Data(data.utf8))) ?? .null)
                }
            }
        } catch {
            try? await client.shutdown()
            throw error
        }
        try? await client.shutdown()
    }

    private func send(_ request: HTTPClientRequest, timeout: TimeAmount) async throws -> JSONValue {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let outcome: Result<(HTTPResponseStatus, ByteBuffer), any Error>
        do {
            let response = try await client.execute(request, timeout: timeout)
            outcome = .success((response.status, try await response.body.collect(upTo: 16 << 20)))
        } catch {
            outcome = .failure(error)
        }
        try? await client.shutdown()
        let (status, bytes) = try outcome.get()
        let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes.readableBytesView))
        guard (200..<300).contains(status.code) else {
            throw Failure(status: Int(status.code), message: value?["error"]?["message"]?.stringValue ?? "the daemon answered \(status)")
        }
        guard let value else { throw Failure(status: Int(status.code), message: "the daemon's answer is not JSON") }
        return value
    }
}
