import Hummingbird

/// The baseline of `bench/api`: a bare Hummingbird server built the same way as `openfang`,
/// answering `GET /api/health` and echoing `POST /echo`. Run: APIHelloServer PORT
@main
enum HelloServer {
    static func main() async throws {
        let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 8080 : 8080
        let router = Router()
        router.get("api/health") { _, _ in #"{"status":"ok"}"# }
        router.post("echo") { request, _ -> String in
            String(buffer: try await request.body.collect(upTo: 1 << 20))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
        try await app.runService()
    }
}
