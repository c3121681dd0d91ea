import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangKernel

@Suite struct HomeInitializerTests {
    func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    @Test func createsThePrivateLayoutAndNeverOverwrites() throws {
        let temp = try TemporaryDirectory("home-init")
        defer { temp.remove() }
        let home = OpenFangHome(root: temp.file("home"))
        let model = HomeInitializer.DefaultModel(provider: "groq", model: "llama-3.3-70b-versatile", apiKeyEnv: "GROQ_API_KEY")
        let first = try HomeInitializer(home: home).run(defaultModel: model)
        #expect(first.wroteConfig && first.installedTemplates.count == 30 && first.keptTemplates.isEmpty)
        for directory in [home.root, home.dataDirectory, home.agentsDirectory, home.workspacesDirectory] {
            #expect(mode(directory) == 0o700, "\(directory)")
        }
        #expect(mode(home.configFile) == 0o600)
        let config = try ConfigLoader(environment: ["OPENFANG_HOME": home.root]).load()
        #expect(config.config.defaultModel.provider == "groq" && config.config.apiListen == "127.0.0.1:4200")
        #expect(config.warnings.isEmpty)

        try "# mine\n".write(toFile: home.agentsDirectory + "/coder/agent.toml", atomically: true, encoding: .utf8)
        try "# my config\n".write(toFile: home.configFile, atomically: true, encoding: .utf8)
        let second = try HomeInitializer(home: home).run(defaultModel: model)
        #expect(!second.wroteConfig && second.installedTemplates.isEmpty && second.keptTemplates.count == 30)
        #expect(try String(contentsOfFile: home.configFile, encoding: .utf8) == "# my config\n")
        #expect(try String(contentsOfFile: home.agentsDirectory + "/coder/agent.toml", encoding: .utf8) == "# mine\n")
    }
}
