import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing

/// A fresh canonical session replaces the old one for turns; the old one stays readable.
@Suite struct CanonicalSessionTests {
    @Test func aNewCanonicalSessionReplacesTheOldOneWhichIsKept() async throws {
        let test = try await TestStore.make("canonical")
        let store = test.store
        let agent = AgentID.random()
        let other = AgentID.random()
        let old = try await store.canonicalSession(for: agent)
        try await store.append([.user("earlier")], to: old.id)
        let otherCanonical = try await store.canonicalSession(for: other)

        let fresh = try await store.startCanonicalSession(for: agent)
        #expect(fresh.id != old.id && fresh.isCanonical && fresh.messageCount == 0 && fresh.label == "canonical")
        #expect(try await store.canonicalSession(for: agent).id == fresh.id)
        let kept = try #require(try await store.session(old.id))
        #expect(!kept.record.isCanonical && kept.record.label == "previous canonical" && kept.messages.map(\.content) == [.text("earlier")])
        #expect(try await store.canonicalSession(for: other).id == otherCanonical.id, "other agents are untouched")

        try await store.setLabel("my notes", of: fresh.id)
        let third = try await store.startCanonicalSession(for: agent)
        #expect(try await store.session(fresh.id)?.record.label == "my notes", "a label someone chose is kept")
        #expect(try await store.sessions(of: agent).filter(\.isCanonical).map(\.id) == [third.id])
        #expect(try await store.startCanonicalSession(for: .random()).isCanonical, "works for an agent without a session")
        await test.finish()
    }
}
