/// A decoder holding one string, for re-decoding shorthand values through a type's own `init(from:)`.
struct StringDecoder: Decoder, SingleValueDecodingContainer {
    let text: String
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw DecodingError.typeMismatch([String: String].self, .init(codingPath: codingPath, debugDescription: "expected a table, found a string"))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([String].self, .init(codingPath: codingPath, debugDescription: "expected an array, found a string"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = text as? T { return value }
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(type), found a string"))
    }
}
