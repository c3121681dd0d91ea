import OpenFangTypes

/// JSON values by key, in separate namespaces: an agent sees only its own unless it names another.
public protocol KeyValueStore: Sendable {
    /// The value of `key`, or nil.
    func value(forKey key: String, in namespace: MemoryNamespace) async throws -> JSONValue?
    /// Stores `value` under `key`.
    func setValue(_ value: JSONValue, forKey key: String, in namespace: MemoryNamespace) async throws
    /// Removes `key`; false when it was not there.
    @discardableResult
    func removeValue(forKey key: String, in namespace: MemoryNamespace) async throws -> Bool
    /// Every key of the namespace, sorted.
    func entries(in namespace: MemoryNamespace) async throws -> [KVEntry]
}
