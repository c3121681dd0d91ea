/// Sequential access to a TOML array.
struct TOMLUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [TOMLValue]
    let decoder: TOMLDecoderImpl
    private(set) var currentIndex = 0

    init(elements: [TOMLValue], decoder: TOMLDecoderImpl) {
        self.elements = elements
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool { false }

    private mutating func next() throws -> TOMLDecoderImpl {
        guard !isAtEnd else { throw decoder.fail("the array has too few elements") }
        defer { currentIndex += 1 }
        return decoder.child(elements[currentIndex], key: AnyCodingKey(intValue: currentIndex)!)
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}
