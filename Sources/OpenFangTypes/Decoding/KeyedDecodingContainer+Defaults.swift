extension KeyedDecodingContainer {
    /// The value under `key`, or `value` when the key is absent. In the TOML decoder a bad value is
    /// recorded as an issue and `value` is returned so the rest of the document is still checked.
    public func decode<T: Decodable>(_ key: Key, default value: @autoclosure () -> T) throws -> T {
        try decodeOrDefault(key, value)
    }

    /// A count, size or duration: like the generic form, but a negative number is an error, as
    /// it is for OpenFang's unsigned fields.
    public func decode(_ key: Key, default value: @autoclosure () -> Int) throws -> Int {
        let number: Int = try decodeOrDefault(key, value)
        guard number < 0 else { return number }
        throw try superDecoder(forKey: key).failure("\(number) is negative: expected 0 or more")
    }

    /// A key that must be present. In the TOML decoder its absence is recorded and `placeholder`
    /// returned, so the rest of the table is still checked.
    public func required<T: Decodable>(_ key: Key, placeholder: @autoclosure () -> T) throws -> T {
        if contains(key) { return try decodeOrDefault(key, placeholder) }
        let decoder = try superDecoder()
        guard decoder is TOMLDecoderImpl else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing required key `\(key.stringValue)`"))
        }
        _ = decoder.failure("missing required key `\(key.stringValue)`")
        return placeholder()
    }

    private func decodeOrDefault<T: Decodable>(_ key: Key, _ value: () -> T) throws -> T {
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
