import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes
import Testing

@testable import OpenFangAPI

/// The middleware chain: loopback-only without a key, rate limits with Retry-After, CORS for
/// configured origins only, body limits, the error shape, and an OpenAPI document with every route.
@Suite(.timeLimit(.minutes(1))) struct APISecurityTests {
    @Test func withoutAKeyOnlyLoopbackClientsAreServed() throws {
        let loopback = try ["127.0.0.1", "127.8.9.10", "::1"].map { try SocketAddress(ipAddress: $0, port: 1) }
        let remote = try ["10.0.0.5", "192.168.1.2", "169.254.169.254", "::ffff:10.0.0.1", "2001:db8::1"].map { try SocketAddress(ipAddress: $0, port: 1) }
        #expect(loopback.allSatisfy(APIRequestContext.isLoopback))
        #expect(!remote.contains(where: APIRequestContext.isLoopback))
        let refused = AccessMiddleware.refusal(key: "", isLoopback: false, isPublic: true, presented: nil)
        #expect(refused?.status == .forbidden && refused?.code == "loopback_only")
        #expect(AccessMiddleware.refusal(key: "", isLoopback: true, isPublic: false, presented: nil) == nil)
        #expect(AccessMiddleware.refusal(key: "k", isLoopback: false, isPublic: true, presented: nil) == nil, "public routes need no key")
        #expect(AccessMiddleware.refusal(key: "k", isLoopback: true, isPublic: false, presented: "k") == nil)
        #expect(AccessMiddleware.refusal(key: "k", isLoopback: true, isPublic: false, presented: "kk")?.status == .unauthorized)
    }

    @Test func overTheRateLimitTheAnswerIs429WithRetryAfter() async throws {
        try await APIHarness.run(api: { $0.rateLimitPerMinute = 60 }) { _, kernel, client in
            _ = try await kernel.spawn(source: "name = \"ops\"", file: "ops.toml")
            // A spawn costs 50 units and the limit is 60 a minute: the second is refused.
            try await client.execute(uri: "/api/agents", method: .post, body: ByteBuffer(string: #"{"template": "coder"}"#)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/agents", method: .post, body: ByteBuffer(string: #"{"template": "analyst"}"#)) { response in
                #expect(response.status == .tooManyRequests)
                let wait = response.headers[.retryAfter].flatMap(Int.init)
                #expect(wait.map { $0 >= 1 && $0 <= 60 } == true)
                #expect(APIHarness.json(response)?["error"]?["code"]?.stringValue == "rate_limited")
            }
        }
    }

    @Test func corsOnlyForConfiguredOriginsAndBodiesAreLimited() async throws {
        try await APIHarness.run(api: { $0.corsOrigins = ["http://localhost:3000"]; $0.maxBodyBytes = 1_000 }) { _, _, client in
            try await client.execute(uri: "/api/agents", method: .options, headers: [.origin: "http://localhost:3000"]) { response in
                #expect(response.status == .noContent && response.headers[.accessControlAllowOrigin] == "http://localhost:3000")
            }
            try await client.execute(uri: "/api/health", method: .get, headers: [.origin: "http://evil.example"]) { response in
                #expect(response.status == .ok && response.headers[.accessControlAllowOrigin] == nil)
            }
            try await client.execute(uri: "/api/agents", method: .post, body: ByteBuffer(string: String(repeating: "x", count: 2_000))) { response in
                #expect(response.status == .contentTooLarge)
                #expect(APIHarness.json(response)?["error"]?["message"]?.stringValue == "the body is 2000 bytes; the limit is 1000")
            }
            try await client.execute(uri: "/api/agents/x/message", method: .post, body: ByteBuffer(string: #"{"text": 1}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(APIHarness.json(response)?["error"] == .object(["code": .string("bad_request"), "message": .string("`message` is required (a string)"), "field": .string("message")]))
            }
        }
    }

    @Test func theOpenAPIDocumentHasEveryRegisteredRoute() async throws {
        let temp = try TemporaryDirectory("api-openapi")
        defer { temp.remove() }
        let kernel = try await Kernel.boot(config: .defaults, home: OpenFangHome(root: temp.path), environment: [:])
        let table = APIRouteTable()
        let router = buildRouter(kernel: kernel, config: APIConfiguration(version: "1.2.3"), table: table)
        let registered = Set(router.routes.map { "\($0.method.rawValue) \(Self.normalized($0.path.description))" })
        let documented = Set(table.routes.map { "\($0.method) \($0.path)" })
        #expect(!registered.isEmpty && registered == documented, "registered but undocumented: \(registered.subtracting(documented)); documented but not registered: \(documented.subtracting(registered))")
        let document = OpenAPIDocument(table: table, version: "1.2.3").json
        for doc in table.routes {
            #expect(document["paths"]?[doc.path]?[doc.method.lowercased()]?["summary"]?.stringValue == doc.summary, "\(doc.method) \(doc.path)")
        }
        #expect(document["paths"]?["/api/agents/{id}/message"]?["post"]?["parameters"]?.arrayValue?.first?["name"]?.stringValue == "id")
        // Bodies carry JSON types, required fields and limits; query parameters are listed.
        let label = document["paths"]?["/api/sessions/{id}/label"]?["put"]?["requestBody"]?["content"]?["application/json"]?["schema"]
        #expect(label?["required"] == .array([.string("label")]))
        #expect(label?["properties"]?["label"]?["type"] == .array([.string("string"), .string("null")]) && label?["properties"]?["label"]?["maxLength"] == .integer(128))
        let trigger = document["paths"]?["/api/triggers"]?["post"]?["requestBody"]?["content"]?["application/json"]?["schema"]?["properties"]
        #expect(trigger?["max_fires"]?["type"] == .array([.string("integer"), .string("null")]), "optional fields may be null")
        #expect(trigger?["pattern"]?["type"] == nil, "pattern takes any JSON")
        // Every status a route answers is listed (no catch-all), with the right error shape.
        for doc in table.routes {
            let responses = document["paths"]?[doc.path]?[doc.method.lowercased()]?["responses"]
            #expect(responses?["default"] == nil && responses?["429"]?["headers"]?["Retry-After"] != nil, "\(doc.method) \(doc.path)")
            #expect(doc.isPublic || responses?["401"] != nil, "\(doc.method) \(doc.path)")
        }
        let completions = document["paths"]?["/v1/chat/completions"]?["post"]?["responses"]
        #expect(completions?["502"]?["content"]?["application/json"]?["schema"]?["$ref"]?.stringValue == "#/components/schemas/OpenAIError")
        #expect(document["paths"]?["/api/cron/jobs"]?["post"]?["responses"]?["201"] != nil)
        let runs = document["paths"]?["/api/runs"]?["get"]?["parameters"]?.arrayValue ?? []
        #expect(runs.map { $0["name"]?.stringValue } == ["agent", "limit"] && runs.last?["in"]?.stringValue == "query")
        await kernel.shutdown()
    }

    /// `/api/agents/:id` or `/api/agents/{id}` → `/api/agents/{id}`.
    static func normalized(_ path: String) -> String {
        "/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
    }
}

extension APISecurityTests {
    @Test func withAKeyEveryRouteButMinimalHealthAnswers401WithoutIt() async throws {
        let temp = try TemporaryDirectory("api-every-route")
        defer { temp.remove() }
        var config = KernelConfig.defaults
        config.apiKey = "the-key"
        let kernel = try await Kernel.boot(config: config, home: OpenFangHome(root: temp.path), environment: [:])
        let table = APIRouteTable()
        _ = buildRouter(kernel: kernel, config: APIConfiguration(version: "1"), table: table)
        let routes = table.routes
        await kernel.shutdown()
        #expect(routes.filter(\.isPublic).map(\.path) == ["/api/health"])
        try await APIHarness.run(configure: { $0.apiKey = "the-key" }) { _, _, client in
            for route in routes where !route.isPublic {
                let path = route.path.split(separator: "/").map { $0.hasPrefix("{") ? "x" : String($0) }.joined(separator: "/")
                try await client.execute(uri: "/" + path, method: HTTPRequest.Method(route.method)!) { response in
                    #expect(response.status == .unauthorized, "\(route.method) \(route.path)")
                }
            }
        }
    }
}
