extension Decoder {
    /// Reports a bad value at this decoder's position: recorded (and decoding goes on) in the TOML
    /// decoder, a `DecodingError.dataCorrupted` with the same message elsewhere.
    public func failure(_ message: String) -> any Error {
        if let toml = self as? TOMLDecoderImpl { return toml.fail(message) }
        return DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
    }

    /// Decodes a string enum, accepting extra spellings, and names every allowed value on failure.
    public func decodeEnum<E: CaseIterable & RawRepresentable>(
        _ type: E.Type, aliases: [String: E] = [:]
    ) throws -> E where E.RawValue == String {
        let text = try singleValueContainer().decode(String.self)
        if let value = E(rawValue: text) ?? aliases[text] ?? aliases[text.lowercased()] ?? E(rawValue: text.lowercased()) {
            return value
        }
        let allowed = E.allCases.map(\.rawValue)
        var message = "invalid value \"\(text)\": expected one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        if let near = KeySuggestion.nearest(to: text, in: allowed + aliases.keys) { message += " (did you mean \"\(near)\"?)" }
        throw failure(message)
    }
}
