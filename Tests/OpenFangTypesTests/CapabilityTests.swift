import Foundation
import Testing
@testable import OpenFangTypes

@Suite struct CapabilityTests {
    @Test(arguments: [
        ("*", "anything", true), ("git", "git", true), ("git", "gitx", false), ("*.com", "api.github.com", true),
        ("git *", "git status", true), ("git *", "rm -rf", false), ("self.*", "self.notes", true),
        ("api.*.com", "api.github.com", true), ("api.*.com", "api.github.org", false), ("", "", true),
    ])
    func globMatching(pattern: String, value: String, expected: Bool) {
        #expect(CapabilityPattern(pattern).matches(value) == expected)
    }

    @Test func coverageIsNeverWiderThanTheParent() {
        #expect(CapabilityPattern("*").covers("git *"))
        #expect(CapabilityPattern("git *").covers("git status"))
        #expect(!CapabilityPattern("git *").covers("*"))
        #expect(!CapabilityPattern("git status").covers("git *"))
        #expect(CapabilityPattern("self.*").covers("self.notes.*"))
    }

    @Test func childCapabilitiesMustBeCoveredByTheParent() {
        let parent: [Capability] = [.toolInvoke("file_*"), .netConnect("*.github.com"), .llmMaxTokens(1000)]
        let child: [Capability] = [.toolInvoke("file_read"), .netConnect("evil.com"), .llmMaxTokens(2000), .agentSpawn]
        #expect(Capability.uncovered(child, by: parent) == [.netConnect("evil.com"), .llmMaxTokens(2000), .agentSpawn])
        #expect(Capability.uncovered([.toolInvoke("shell_exec")], by: [.toolAll]).isEmpty)
    }

    @Test func serialisedAsTypeAndValue() throws {
        let json = String(decoding: try JSONEncoder().encode(Capability.shellExec("git *")), as: UTF8.self)
        #expect(json.contains("\"type\":\"shell_exec\"") && json.contains("\"value\":\"git *\""))
        for capability: Capability in [.toolAll, .netListen(port: 8080), .econSpend(1.5), .memoryRead("self.*")] {
            #expect(try JSONDecoder().decode(Capability.self, from: JSONEncoder().encode(capability)) == capability)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Capability.self, from: Data(#"{"type":"shell_exce","value":"x"}"#.utf8)) }
    }

    @Test func manifestPatternsBecomeGrants() {
        var capabilities = ManifestCapabilities.defaults
        capabilities.tools = ["*"]
        capabilities.shell = ["git *"]
        capabilities.agentSpawn = true
        #expect(capabilities.grants == [.toolAll, .agentSpawn, .shellExec("git *")])
    }

    @Test func profilesImplyTheirCapabilities() {
        let coding = ToolProfile.coding.impliedCapabilities
        #expect(coding.tools == ["file_read", "file_write", "file_list", "shell_exec", "web_fetch"])
        #expect(coding.shell == ["*"] && coding.network == ["*"] && !coding.agentSpawn && coding.memoryRead == ["self.*"])
        #expect(ToolProfile.minimal.impliedCapabilities.network.isEmpty)
    }

    @Test func rolesAreOrderedAsOpenFangDefinesThem() {
        #expect(UserRole.viewer < .user && UserRole.admin < .owner)
        #expect(UserRole.user.permits(.chat) && !UserRole.user.permits(.spawnAgent))
        #expect(UserRole.admin.permits(.spawnAgent) && !UserRole.admin.permits(.modifyConfig))
        #expect(!UserRole.viewer.permits(.chat) && UserRole.owner.permits(.manageUsers))
    }
}
