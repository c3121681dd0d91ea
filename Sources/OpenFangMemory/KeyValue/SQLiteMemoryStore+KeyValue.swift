import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: KeyValueStore {
    public func value(forKey key: String, in namespace: MemoryNamespace) async throws -> JSONValue? {
        try await read { db in
            try await db.first("SELECT value FROM kv WHERE namespace = ? AND key = ?", [.text(namespace.description), .text(key)])
                .map { try $0.decoded(JSONValue.self, "value", in: "kv") }
        }
    }

    public func setValue(_ value: JSONValue, forKey key: String, in namespace: MemoryNamespace) async throws {
        guard !key.isEmpty else { throw MemoryError.invalidArgument("a key may not be empty") }
        let encoded = try SQLiteBinding.json(value)
        let time = SQLiteBinding.time(now())
        try await writeStatement(
            """
            INSERT INTO kv (namespace, key, value, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, [.text(namespace.description), .text(key), encoded, time])
    }

    @discardableResult
    public func removeValue(forKey key: String, in namespace: MemoryNamespace) async throws -> Bool {
        try await write { tx in
            !(try await tx.rows("DELETE FROM kv WHERE namespace = ? AND key = ? RETURNING key", [.text(namespace.description), .text(key)]))
                .isEmpty
        }
    }

    public func entries(in namespace: MemoryNamespace) async throws -> [KVEntry] {
        try await read { db in
            try await db.rows("SELECT key, value, updated_at FROM kv WHERE namespace = ? ORDER BY key", [.text(namespace.description)])
                .map { row in
                    KVEntry(
                        key: try row.string("key", in: "kv"), value: try row.decoded(JSONValue.self, "value", in: "kv"),
                        updatedAt: try row.date("updated_at", in: "kv"))
                }
        }
    }
}
