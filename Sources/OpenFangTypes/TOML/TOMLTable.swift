/// An ordered TOML table: keys keep the order they were written in.
public struct TOMLTable: Sendable, Equatable {
    /// One key of a table, with the place its key was written.
    public struct Entry: Sendable, Equatable {
        /// The key.
        public var key: String
        /// Where the key was written.
        public var keyLocation: TOMLSourceLocation
        /// The value.
        public var value: TOMLValue

        /// Creates an entry.
        public init(key: String, keyLocation: TOMLSourceLocation, value: TOMLValue) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.key == rhs.key && lhs.value == rhs.value }
    }

    /// How a table came to exist, which decides whether later lines may add to it.
    package enum Origin: Sendable {
        case implicit, header, dotted, inline, arrayElement
    }

    /// The entries in source order.
    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    package var origin: Origin = .header
    /// Where the table was opened (its `[header]`, or the first key that created it).
    public var location: TOMLSourceLocation?

    /// An empty table.
    public init() {}

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }

    /// Whether the table has no keys.
    public var isEmpty: Bool { entries.isEmpty }

    /// The value stored under `key`.
    public subscript(key: String) -> TOMLValue? {
        index[key].map { entries[$0].value }
    }

    /// The entry stored under `key`.
    public func entry(_ key: String) -> Entry? {
        index[key].map { entries[$0] }
    }

    /// Stores `value` under `key`, replacing an existing value in place or appending.
    public mutating func set(_ key: String, _ value: TOMLValue, keyLocation: TOMLSourceLocation? = nil) {
        if let position = index[key] {
            entries[position].value = value
        } else {
            index[key] = entries.count
            entries.append(Entry(key: key, keyLocation: keyLocation ?? value.location, value: value))
        }
    }

    /// Removes `key`, returning what was stored.
    @discardableResult
    public mutating func remove(_ key: String) -> TOMLValue? {
        guard let position = index[key] else { return nil }
        let removed = entries.remove(at: position)
        index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($0.element.key, $0.offset) })
        return removed.value
    }

    /// Mutates the value under `key` in place.
    package mutating func modify<R, E: Error>(_ key: String, _ body: (inout TOMLValue) throws(E) -> R) throws(E) -> R? {
        guard let position = index[key] else { return nil }
        return try body(&entries[position].value)
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.entries.count == rhs.entries.count && lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
    }
}
