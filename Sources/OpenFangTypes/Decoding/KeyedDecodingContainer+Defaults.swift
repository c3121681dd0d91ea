extension KeyedDecodingContainer {
    /// The value under `key`, or `value` when the key is absent. In the TOML decoder a bad value is
    /// recorded as an issue and `value` is returned so the rest of the document is still checked.
    public func decode<T: Decodable>(_ key: Key, default value: @autoclosure () -> T) throws -> T {
        do {
            return try decodeIfPresent(T.self, forKey: key) ?? value()
        } catch is RecordedDecodingError {
            return value()
        }
    }

    /// The value under `key`, or nil when absent (or, in the TOML decoder, when recorded as bad).
    public func optional<T: Decodable>(_ key: Key, as type: T.Type = T.self) throws -> T? {
        do {
            return try decodeIfPresent(T.self, forKey: key)
        } catch is RecordedDecodingError {
            return nil
        }
    }

    /// The first of several spellings present (`api_listen` or its alias `listen_addr`), else `value`.
    public func decode<T: Decodable>(_ keys: [Key], default value: @autoclosure () -> T) throws -> T {
        for key in keys where contains(key) {
            return try decode(key, default: value())
        }
        for key in keys { _ = contains(key) }
        return value()
    }
}
