extension TOMLValue {
    /// A JSON value as TOML; nulls are dropped (TOML has none) and object keys are sorted.
    public init?(_ json: JSONValue, location: TOMLSourceLocation = .init(file: "<generated>", line: 1, column: 1, offset: 0)) {
        switch json {
        case .null: return nil
        case .bool(let flag): self.init(Storage.boolean(flag), location: location)
        case .integer(let number): self.init(Storage.integer(number), location: location)
        case .number(let number): self.init(Storage.float(number), location: location)
        case .string(let text): self.init(Storage.string(text), location: location)
        case .array(let elements):
            self.init(Storage.array(elements.compactMap { TOMLValue($0, location: location) }), location: location)
        case .object(let members):
            var table = TOMLTable()
            for key in members.keys.sorted() {
                if let value = members[key].flatMap({ TOMLValue($0, location: location) }) { table.set(key, value) }
            }
            self.init(Storage.table(table), location: location)
        }
    }
}
