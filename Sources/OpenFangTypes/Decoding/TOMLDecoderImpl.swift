/// The `Decoder` behind ``TOMLValueDecoder``.
final class TOMLDecoderImpl: Decoder {
    let value: TOMLValue
    let codingPath: [any CodingKey]
    let session: DecodingSession
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: TOMLValue, codingPath: [any CodingKey], session: DecodingSession) {
        self.value = value
        self.codingPath = codingPath
        self.session = session
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .table(let table) = value.storage else {
            throw mismatch(expected: "a table")
        }
        session.visit(table, path: codingPath)
        return KeyedDecodingContainer(TOMLKeyedContainer<Key>(table: table, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value.storage else {
            throw mismatch(expected: "an array")
        }
        return TOMLUnkeyedContainer(elements: elements, decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TOMLSingleValueContainer(decoder: self)
    }

    /// Records "expected X, found Y" at this value and returns the error to throw.
    func mismatch(expected: String) -> RecordedDecodingError {
        fail("expected \(expected), found \(value.typeDescription) \(Self.quote(value))")
    }

    /// Records a problem with this value.
    func fail(_ message: String) -> RecordedDecodingError {
        session.error(message, path: codingPath, at: value.location)
    }

    static func quote(_ value: TOMLValue) -> String {
        let text = TOMLWriter.inline(value)
        return text.count > 60 ? "(\(text.prefix(57))…)" : "(\(text))"
    }

    /// Decodes a child value; any `DecodingError` from a type's own `init(from:)` is recorded here.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let scalar = try TOMLScalarConversion.convert(value, to: type, decoder: self) { return scalar }
        do {
            return try T(from: self)
        } catch let error as DecodingError {
            throw record(error)
        }
    }

    func child(_ value: TOMLValue, key: any CodingKey) -> TOMLDecoderImpl {
        TOMLDecoderImpl(value: value, codingPath: codingPath + [key], session: session)
    }

    private func record(_ error: DecodingError) -> RecordedDecodingError {
        switch error {
        case .keyNotFound(let key, let context):
            let table = context.codingPath.dottedPath
            return session.error(
                "missing required key `\(key.stringValue)`\(table.isEmpty ? "" : " in `\(table)`")",
                path: context.codingPath + [key], at: value.location)
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            return session.error(context.debugDescription, path: context.codingPath, at: value.location)
        @unknown default:
            return session.error("\(error)", path: codingPath, at: value.location)
        }
    }
}
