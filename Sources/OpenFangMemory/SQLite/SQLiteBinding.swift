import FoundationEssentials
import SQLiteNIO

/// Conversions between Swift values and SQLite cells.
enum SQLiteBinding {
    static func text(_ value: String?) -> SQLiteData { value.map(SQLiteData.text) ?? .null }

    static func time(_ date: Date) -> SQLiteData { .float(date.timeIntervalSince1970) }

    static func blob(_ bytes: [UInt8]) -> SQLiteData { .blob(ByteBuffer(bytes: bytes)) }

    static func json(_ value: some Encodable) throws -> SQLiteData {
        .text(String(decoding: try JSONEncoder.sorted.encode(value), as: UTF8.self))
    }
}

extension JSONEncoder {
    /// Key-sorted, slash-preserving JSON: stable text for storage and hashing.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension SQLiteRow {
    /// A text column, or an error naming the table.
    func string(_ name: String, in table: String) throws -> String {
        guard let value = column(name)?.string else { throw MemoryError.corruptRow(table: table, reason: "\(name) is missing") }
        return value
    }

    func optionalString(_ name: String) -> String? {
        guard let value = column(name), !value.isNull else { return nil }
        return value.string
    }

    func int(_ name: String, in table: String) throws -> Int {
        guard let value = column(name)?.integer else { throw MemoryError.corruptRow(table: table, reason: "\(name) is missing") }
        return Int(value)
    }

    func double(_ name: String, in table: String) throws -> Double {
        guard let value = column(name)?.double else { throw MemoryError.corruptRow(table: table, reason: "\(name) is missing") }
        return value
    }

    func date(_ name: String, in table: String) throws -> Date {
        Date(timeIntervalSince1970: try double(name, in: table))
    }

    /// A nullable time column.
    func optionalDate(_ name: String) -> Date? {
        guard let value = column(name), !value.isNull, let seconds = value.double else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    func bytes(_ name: String) -> [UInt8]? {
        guard let buffer = column(name)?.blob else { return nil }
        return Array(buffer.readableBytesView)
    }

    /// A JSON column decoded as `T`.
    func decoded<T: Decodable>(_ type: T.Type, _ name: String, in table: String) throws -> T {
        let text = try string(name, in: table)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw MemoryError.corruptRow(table: table, reason: "\(name) is not valid JSON for \(T.self): \(error)")
        }
    }
}
