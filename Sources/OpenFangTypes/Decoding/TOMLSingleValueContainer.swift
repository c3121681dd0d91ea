/// Access to one TOML value as a scalar or a nested type.
struct TOMLSingleValueContainer: SingleValueDecodingContainer {
    let decoder: TOMLDecoderImpl

    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let scalar = try TOMLScalarConversion.convert(decoder.value, to: type, decoder: decoder) { return scalar }
        return try T(from: decoder)
    }
}
