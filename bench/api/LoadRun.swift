import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `requests` POSTs of `body` to `url` from `concurrency` workers; returns requests per second.
enum LoadRun {
    static func run(http: HTTPClient, url: String, body: String, requests: Int, concurrency: Int) async throws -> Double {
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    for _ in stride(from: worker, to: requests, by: concurrency) {
                        var request = HTTPClientRequest(url: url)
                        request.method = .POST
                        request.headers.add(name: "content-type", value: "application/json")
                        request.body = .bytes(ByteBuffer(string: body))
                        let response = try await http.execute(request, timeout: .seconds(30))
                        _ = try await response.body.collect(upTo: 1 << 20)
                        guard response.status.code == 200 else { throw BenchError("\(url) answered \(response.status.code)") }
                    }
                }
            }
            try await group.waitForAll()
        }
        let elapsed = start.duration(to: .now)
        return Double(requests) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
