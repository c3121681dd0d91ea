import Foundation

/// Temporary OpenFang homes for the benchmark, set up with the real `openfang` binary.
struct BenchHomes {
    let binary: String
    let root: String
    let port: Int

    /// The environment of the home called `name`.
    func environment(_ name: String) -> [String: String] {
        [
            "OPENFANG_HOME": root + "/" + name, "HOME": root, "OPENFANG_LISTEN": "127.0.0.1:\(port)", "OLLAMA_HOST": "127.0.0.1:9", "NO_COLOR": "1",
            "OPENAI_API_KEY": "sk-bench", "PATH": "/usr/bin:/bin",
        ]
    }

    /// `openfang init --quick`.
    func initialise(_ name: String) throws {
        try run(name, ["init", "--quick"])
    }

    /// Registers the 30 bundled templates.
    func registerTemplates(_ name: String) throws {
        let templates = try FileManager.default.contentsOfDirectory(atPath: root + "/" + name + "/agents").sorted()
        for template in templates { try run(name, ["agent", "spawn", template]) }
    }

    /// An agent `bench` on `openai` pointed at the scripted server, no rate limit.
    func prepareCompletions(_ name: String, providerURL: String) throws {
        try run(name, ["config", "set", "provider_urls.openai", providerURL])
        try run(name, ["config", "set", "api_rate_limit_per_minute", "0"])
        let manifest = root + "/bench.toml"
        try "name = \"bench\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n".write(toFile: manifest, atomically: true, encoding: .utf8)
        try run(name, ["agent", "spawn", manifest])
    }

    private func run(_ name: String, _ arguments: [String]) throws {
        let process = try BenchProcess.start(binary, arguments, environment: environment(name))
        process.process.waitUntilExit()
        guard process.process.terminationStatus == 0 else { throw BenchError("openfang \(arguments.joined(separator: " ")) failed") }
    }
}
