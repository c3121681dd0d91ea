extension KeyedDecodingContainer {
    /// A list of strings where bare integers are accepted and turned into strings (user and chat
    /// ids are often written without quotes, as OpenFang allows).
    public func decodeStringList(_ key: Key, default value: @autoclosure () -> [String]) throws -> [String] {
        try decode(key, default: StringOrIntegerList(value())).values
    }
}

/// Decodes `["a", 42]` as `["a", "42"]`.
struct StringOrIntegerList: Decodable {
    var values: [String]

    init(_ values: [String]) {
        self.values = values
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var values: [String] = []
        while !container.isAtEnd {
            values.append(try container.decode(StringOrInteger.self).text)
        }
        self.values = values
    }
}

/// One string, or an integer written as one.
struct StringOrInteger: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        if let toml = decoder as? TOMLDecoderImpl {
            switch toml.value.storage {
            case .string(let text): self.text = text
            case .integer(let number): self.text = String(number)
            default: throw toml.mismatch(expected: "a string or an integer")
            }
            return
        }
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            self.text = String(number)
        } else {
            self.text = try container.decode(String.self)
        }
    }
}
