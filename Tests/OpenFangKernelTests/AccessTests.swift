import Foundation
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

/// `[[users]]` roles decide who may message, spawn, kill and approve.
@Suite(.timeLimit(.minutes(1))) struct AccessTests {
    static let manifest = "name = \"helper\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"

    static func users() -> [UserConfig] {
        [("ann", UserRole.owner, "1"), ("bob", .user, "2"), ("vic", .viewer, "3")].map { name, role, id in
            var user = UserConfig.defaults
            user.name = name
            user.role = role
            user.channelBindings = ["telegram": id]
            return user
        }
    }

    @Test func rolesDecideWhoMayMessageSpawnAndKill() async throws {
        try await KernelHarness.run(configure: { $0.users = Self.users() }) { server, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "h.toml")
            let viewer = await #expect(throws: KernelError.self) { try await kernel.send("hi", to: "helper", as: .channel(platform: "telegram", userID: "3")) }
            #expect(viewer?.description == "telegram user 3 may not chat: it needs the user role (has viewer)")
            let stranger = await #expect(throws: KernelError.self) { try await kernel.send("hi", to: "helper", as: .channel(platform: "telegram", userID: "9")) }
            #expect(stranger?.description == "telegram user 9 may not chat: it needs the user role and is not a known user ([[users]] in config.toml)")
            #expect(server.requests.isEmpty)

            server.enqueue(OpenAIWire.text("hello bob"))
            #expect(try await kernel.send("hi", to: "helper", as: .channel(platform: "telegram", userID: "2")).response == "hello bob")
            let spawn = await #expect(throws: KernelError.self) {
                try await kernel.spawn(source: Self.manifest.replacingOccurrences(of: "helper", with: "h2"), file: "h2.toml", as: .user(name: "bob"))
            }
            #expect(spawn?.description == "user bob may not spawn: it needs the admin role (has user)")
            await #expect(throws: KernelError.self) { try await kernel.setState(.terminated, of: "helper", as: .user(name: "bob")) }
            try await kernel.setState(.suspended, of: "helper", as: .user(name: "ann"))
            #expect(await kernel.summary(of: "helper")?.state == "suspended")
        }
    }

    @Test func withoutUsersEveryoneMayDoEverything() async throws {
        try await KernelHarness.run { server, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "h.toml", as: .channel(platform: "discord", userID: "42"))
            server.enqueue(OpenAIWire.text("ok"))
            #expect(try await kernel.send("hi", to: "helper", as: .channel(platform: "discord", userID: "42")).response == "ok")
        }
    }
}
