import AsyncHTTPClient
import Foundation
import NIOCore
import OpenFangTesting

/// The daemon against a bare Hummingbird server built the same way, in the same run: cold start to
/// the first 200 from /api/health (median of N), idle RSS after 10 s (the daemon with the 30
/// templates registered), /v1/chat/completions requests per second against an instant scripted
/// provider (the bare server echoing the same body), and the stripped binary's size.
/// Build both release binaries first (see BENCHMARKS.md), then:
/// APIBenchmark OPENFANG_BINARY HELLO_BINARY [runs] [requests] [concurrency]
@main
enum APIBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3 else { throw BenchError("usage: APIBenchmark OPENFANG_BINARY HELLO_BINARY [runs] [requests] [concurrency]") }
        let (openfang, hello) = (arguments[1], arguments[2])
        let runs = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
        let requests = arguments.count > 4 ? Int(arguments[4]) ?? 2_000 : 2_000
        let concurrency = arguments.count > 5 ? Int(arguments[5]) ?? 8 : 8
        let temp = try TemporaryDirectory("api-bench")
        defer { temp.remove() }
        let port = 24_000 + Int.random(in: 0..<1_000)
        let homes = BenchHomes(binary: openfang, root: temp.path, port: port)
        print("# OpenFang API benchmark: \(runs) cold starts, \(requests) completions at concurrency \(concurrency); \(ProcessInfo.processInfo.activeProcessorCount) cores")

        try homes.initialise("cold")
        var daemonStarts: [Double] = []
        var helloStarts: [Double] = []
        for _ in 0..<runs {
            let (daemon, server) = try BenchProcess.coldStart(port: port, path: "/api/health") { try BenchProcess.start(openfang, ["start"], environment: homes.environment("cold")) }
            server.stop()
            let (bare, baseline) = try BenchProcess.coldStart(port: port, path: "/api/health") { try BenchProcess.start(hello, [String(port)], environment: [:]) }
            baseline.stop()
            daemonStarts.append(daemon)
            helloStarts.append(bare)
        }
        print("cold start to first 200: daemon median \(format(median(daemonStarts))) ms (p90 \(format(percentile(daemonStarts, 0.9)))), bare median \(format(median(helloStarts))) ms")

        try homes.initialise("idle")
        try homes.registerTemplates("idle")
        // Resident file pages depend on the page cache's state, so three rounds, reported as the median.
        let fields = ["VmRSS", "RssAnon", "RssFile"]
        var daemonMiB: [String: [Double]] = [:]
        var bareMiB: [String: [Double]] = [:]
        for _ in 0..<3 {
            let idleDaemon = try BenchProcess.start(openfang, ["start"], environment: homes.environment("idle"))
            let idleHello = try BenchProcess.start(hello, [String(port + 1)], environment: [:])
            try await Task.sleep(for: .seconds(10))
            for field in fields {
                // A reading /proc did not give is left out, not counted as zero.
                if let kib = idleDaemon.residentKiB(field) { daemonMiB[field, default: []].append(Double(kib) / 1_024) }
                if let kib = idleHello.residentKiB(field) { bareMiB[field, default: []].append(Double(kib) / 1_024) }
            }
            idleDaemon.stop()
            idleHello.stop()
        }
        for field in fields {
            let daemon = daemonMiB[field] ?? [], bare = bareMiB[field] ?? []
            print(
                "idle \(field) after 10 s (median of 3): daemon with 30 agents \(format(median(daemon))) MiB (\(format(daemon.min() ?? 0))–\(format(daemon.max() ?? 0))), bare \(format(median(bare))) MiB"
            )
        }

        let server = try await ScriptedLLMServer.start()
        try homes.initialise("rps")
        try homes.prepareCompletions("rps", providerURL: server.baseURL + "/v1")
        for _ in 0..<(requests + concurrency * 10) { server.enqueue(OpenAIWire.text("ok")) }
        let body = #"{"model":"bench","messages":[{"role":"user","content":"ping"}]}"#
        let daemon = try BenchProcess.start(openfang, ["start"], environment: homes.environment("rps"))
        while !BenchProcess.answers200(port: port, path: "/api/health") { try await Task.sleep(for: .milliseconds(20)) }
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        _ = try await LoadRun.run(http: http, url: "http://127.0.0.1:\(port)/v1/chat/completions", body: body, requests: concurrency * 5, concurrency: concurrency)
        let daemonRate = try await LoadRun.run(http: http, url: "http://127.0.0.1:\(port)/v1/chat/completions", body: body, requests: requests, concurrency: concurrency)
        daemon.stop()
        let bare = try BenchProcess.start(hello, [String(port)], environment: [:])
        while !BenchProcess.answers200(port: port, path: "/api/health") { try await Task.sleep(for: .milliseconds(20)) }
        _ = try await LoadRun.run(http: http, url: "http://127.0.0.1:\(port)/echo", body: body, requests: concurrency * 5, concurrency: concurrency)
        let bareRate = try await LoadRun.run(http: http, url: "http://127.0.0.1:\(port)/echo", body: body, requests: requests, concurrency: concurrency)
        bare.stop()
        try await http.shutdown()
        await server.shutdown()
        print("requests per second: daemon /v1/chat/completions \(format(daemonRate)) (each a full agent turn against the instant provider), bare echo \(format(bareRate))")

        let stripped = temp.file("openfang-stripped")
        try FileManager.default.copyItem(atPath: openfang, toPath: stripped)
        let strip = try BenchProcess.start("/usr/bin/strip", [stripped], environment: [:])
        strip.process.waitUntilExit()
        let size = (try FileManager.default.attributesOfItem(atPath: stripped)[.size] as? Int) ?? 0
        print("stripped binary: \(format(Double(size) / 1_048_576)) MiB")
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
