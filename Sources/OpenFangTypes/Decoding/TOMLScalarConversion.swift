/// Converts TOML scalars to Swift's primitive types, recording precise mismatches.
enum TOMLScalarConversion {
    /// The converted value, or nil when `T` is not a primitive this type handles.
    static func convert<T>(_ value: TOMLValue, to type: T.Type, decoder: TOMLDecoderImpl) throws -> T? {
        switch type {
        case is String.Type:
            guard case .string(let text) = value.storage else { throw decoder.mismatch(expected: "a string") }
            return text as? T
        case is Bool.Type:
            guard case .boolean(let flag) = value.storage else { throw decoder.mismatch(expected: "a boolean") }
            return flag as? T
        case is Double.Type:
            return try double(value, decoder) as? T
        case is Float.Type:
            return Float(try double(value, decoder)) as? T
        case is Int.Type: return try integer(value, as: Int.self, decoder) as? T
        case is Int8.Type: return try integer(value, as: Int8.self, decoder) as? T
        case is Int16.Type: return try integer(value, as: Int16.self, decoder) as? T
        case is Int32.Type: return try integer(value, as: Int32.self, decoder) as? T
        case is Int64.Type: return try integer(value, as: Int64.self, decoder) as? T
        case is UInt.Type: return try integer(value, as: UInt.self, decoder) as? T
        case is UInt8.Type: return try integer(value, as: UInt8.self, decoder) as? T
        case is UInt16.Type: return try integer(value, as: UInt16.self, decoder) as? T
        case is UInt32.Type: return try integer(value, as: UInt32.self, decoder) as? T
        case is UInt64.Type: return try integer(value, as: UInt64.self, decoder) as? T
        default: return nil
        }
    }

    private static func double(_ value: TOMLValue, _ decoder: TOMLDecoderImpl) throws -> Double {
        switch value.storage {
        case .float(let number): return number
        case .integer(let number): return Double(number)
        default: throw decoder.mismatch(expected: "a number")
        }
    }

    private static func integer<I: FixedWidthInteger>(
        _ value: TOMLValue, as type: I.Type, _ decoder: TOMLDecoderImpl
    ) throws -> I {
        guard case .integer(let number) = value.storage else {
            let expected = I.isSigned ? "an integer" : "a non-negative integer"
            throw decoder.mismatch(expected: expected)
        }
        guard let converted = I(exactly: number) else {
            throw decoder.fail("\(number) is out of range: expected an integer from \(I.min) to \(I.max)")
        }
        return converted
    }
}
