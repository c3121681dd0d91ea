import Foundation
import OpenFangTesting
import OpenFangTypes
import SQLiteNIO
import Testing
@testable import OpenFangMemory

@Suite struct DatabaseOpeningTests {
    func openError(_ path: String) async -> String? {
        do {
            let store = try await SQLiteMemoryStore.open(path: path)
            await store.close()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func freshDatabaseGetsEveryMigrationInWALMode() async throws {
        let test = try await TestStore.make()
        #expect(test.store.appliedMigrations == Schema.migrations.map(\.name))
        let mode = try await test.store.read { try await $0.first("PRAGMA journal_mode")?.column("journal_mode")?.string }
        #expect(mode == "wal")
        #expect(try await test.store.integrityCheck() == ["ok"])
        await test.finish()
    }

    @Test func reopeningAppliesNothingTwice() async throws {
        let test = try await TestStore.make()
        try await test.store.setValue(.string("v"), forKey: "k", in: .shared)
        await test.store.close()
        let again = try await SQLiteMemoryStore.open(path: test.path)
        #expect(again.appliedMigrations.isEmpty)
        #expect(try await again.value(forKey: "k", in: .shared) == .string("v"))
        await again.close()
        test.directory.remove()
    }

    @Test func aPreviousSchemaIsMigratedWithItsDataKept() async throws {
        let directory = try TemporaryDirectory("migrate")
        defer { directory.remove() }
        let path = directory.file("old.db")
        let old = try await MemoryDatabase.open(path: path)
        await old.close()
        // Roll the file back to the first schema, as an older build left it.
        let raw = try await SQLiteConnection.open(storage: .file(path: path))
        try await raw.query("DROP INDEX fragments_by_source", []) { _ in }
        try await raw.query("DELETE FROM schema_migrations WHERE name = '002_fragments_by_source'", []) { _ in }
        try await raw.query("PRAGMA user_version = 1", []) { _ in }
        try await raw.query("INSERT INTO kv VALUES ('shared', 'kept', '\"yes\"', 0)", []) { _ in }
        try await raw.close()
        let store = try await SQLiteMemoryStore.open(path: path)
        #expect(store.appliedMigrations == ["002_fragments_by_source"])
        #expect(try await store.value(forKey: "kept", in: .shared) == .string("yes"))
        await store.close()
    }

    @Test func aNewerSchemaIsRefusedUntouched() async throws {
        let directory = try TemporaryDirectory("newer")
        defer { directory.remove() }
        let path = directory.file("new.db")
        let raw = try await SQLiteConnection.open(storage: .file(path: path))
        try await raw.query("PRAGMA user_version = 99", []) { _ in }
        try await raw.close()
        let message = await openError(path)
        #expect(message == "\(path) was written by a newer OpenFang (schema 99; this build knows up to \(Schema.migrations.count)). Upgrade openfang; the file was not touched.")
    }

    @Test func aFileThatIsNotSQLiteIsNamed() async throws {
        let directory = try TemporaryDirectory("garbage")
        defer { directory.remove() }
        let path = try directory.write("this is a text file, not a database\n", to: "openfang.db")
        let message = await openError(path)
        #expect(message == "\(path) is not an OpenFang database: the file does not start with the SQLite header. Move it aside and start again, or restore a backup.")
        #expect(try directory.read("openfang.db") == "this is a text file, not a database\n", "the file is not modified")
    }

    @Test(.enabled(if: getuid() != 0, "root ignores directory permissions"))
    func aReadOnlyDirectoryIsNamed() async throws {
        let directory = try TemporaryDirectory("readonly")
        defer {
            chmod(directory.path, 0o700)
            directory.remove()
        }
        chmod(directory.path, 0o500)
        #expect(await openError(directory.file("openfang.db"))?.contains("cannot write \(directory.path)") == true)
    }

    @Test func aFullDiskRollsBackTheWholeWrite() async throws {
        let test = try await TestStore.make()
        let agent = AgentID.random()
        let session = try await test.store.createSession(for: agent, label: nil)
        let pages = try await test.store.read { Int(try await $0.first("PRAGMA page_count")?.column("page_count")?.integer ?? 0) }
        try await test.store.database.writer.execute("PRAGMA max_page_count = \(pages + 2)")
        let big = (0..<40).map { Message.user(String(repeating: "x", count: 2_000) + "\($0)") }
        await #expect(throws: MemoryError.diskFull(path: test.path)) { try await test.store.append(big, to: session.id) }
        #expect(try await test.store.session(session.id)?.messages.isEmpty == true, "nothing half-written")
        try await test.store.database.writer.execute("PRAGMA max_page_count = 1073741823")
        try await test.store.append([.user("after")], to: session.id)
        #expect(try await test.store.session(session.id)?.messages.count == 1)
        await test.finish()
    }
}
