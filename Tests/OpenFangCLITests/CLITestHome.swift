import Foundation
import OpenFangTesting

/// A temporary OPENFANG_HOME and a way to run the real `openfang` binary against it.
struct CLITestHome {
    let directory: TemporaryDirectory
    var environment: [String: String]

    init(_ label: String, environment extra: [String: String] = [:]) throws {
        directory = try TemporaryDirectory(label)
        environment = ["OPENFANG_HOME": directory.file("home"), "HOME": directory.path, "NO_COLOR": "1"]
        // Point the Ollama probe at a port nothing listens on, so a local Ollama never changes results.
        environment["OLLAMA_HOST"] = "127.0.0.1:9"
        environment.merge(extra) { $1 }
    }

    var home: String { directory.file("home") }
    var config: String { home + "/config.toml" }

    func run(_ arguments: String...) throws -> OpenFangProcess.Output {
        try OpenFangProcess.run(arguments, environment: environment)
    }

    func run(_ arguments: String..., input: String) throws -> OpenFangProcess.Output {
        try OpenFangProcess.run(arguments, environment: environment, input: input)
    }

    func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func remove() { directory.remove() }
}
