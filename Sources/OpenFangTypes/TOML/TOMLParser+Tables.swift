extension TOMLParser {
    /// Walks `path` down from `table` (through the last element of arrays of tables), creating
    /// missing tables with `origin`, and runs `body` on the table at the end.
    static func walk<R>(
        _ table: inout TOMLTable, _ path: ArraySlice<String>, locations: ArraySlice<TOMLSourceLocation>,
        creating origin: TOMLTable.Origin, mayExtend: (TOMLTable.Origin) -> Bool,
        failure: (String, TOMLSourceLocation) -> TOMLSyntaxError,
        _ body: (inout TOMLTable) throws(TOMLSyntaxError) -> R
    ) throws(TOMLSyntaxError) -> R {
        guard let key = path.first, let keyLocation = locations.first else { return try body(&table) }
        if table[key] == nil {
            var created = TOMLTable()
            created.origin = origin
            created.location = keyLocation
            table.set(key, TOMLValue(.table(created), location: keyLocation), keyLocation: keyLocation)
        }
        let rest = path.dropFirst()
        let restLocations = locations.dropFirst()
        let result = try table.modify(key) { (value: inout TOMLValue) throws(TOMLSyntaxError) -> R in
            switch value.storage {
            case .table(var inner):
                guard mayExtend(inner.origin) else {
                    throw failure(Self.cannotExtend(key, inner), keyLocation)
                }
                let result = try walk(
                    &inner, rest, locations: restLocations, creating: origin, mayExtend: mayExtend,
                    failure: failure, body)
                value.storage = .table(inner)
                return result
            case .array(var elements) where value.isArrayOfTables:
                guard case .table(var last)? = elements.last?.storage else {
                    throw failure("`\(key)` is an empty array of tables", keyLocation)
                }
                let result = try walk(
                    &last, rest, locations: restLocations, creating: origin, mayExtend: mayExtend,
                    failure: failure, body)
                elements[elements.count - 1].storage = .table(last)
                value.storage = .array(elements)
                return result
            default:
                throw failure(
                    "`\(key)` is already \(value.typeDescription) (set at line \(value.location.line)), not a table",
                    keyLocation)
            }
        }
        return result!
    }

    static func cannotExtend(_ key: String, _ table: TOMLTable) -> String {
        let line = table.location.map { " at line \($0.line)" } ?? ""
        switch table.origin {
        case .inline: return "cannot add keys to the inline table `\(key)` defined\(line)"
        default: return "cannot add keys to the table `\(key)` here: it was defined\(line) by a [header] or dotted keys elsewhere"
        }
    }

    /// Inserts `key.path = value` into `table`, creating dotted intermediate tables.
    static func insertDotted(
        _ value: TOMLValue, path: [String], keyLocations: [TOMLSourceLocation], into table: inout TOMLTable,
        error: (String) -> TOMLSyntaxError
    ) throws(TOMLSyntaxError) {
        let failure: (String, TOMLSourceLocation) -> TOMLSyntaxError = { message, location in
            TOMLSyntaxError(location: location, message: message)
        }
        try walk(
            &table, path.dropLast()[...], locations: keyLocations.dropLast()[...], creating: .dotted,
            mayExtend: { $0 == .dotted }, failure: failure
        ) { (target: inout TOMLTable) throws(TOMLSyntaxError) in
            let key = path[path.count - 1]
            let keyLocation = keyLocations[keyLocations.count - 1]
            if let existing = target.entry(key) {
                throw TOMLSyntaxError(
                    location: keyLocation,
                    message: "duplicate key `\(path.joined(separator: "."))` (first set at line \(existing.keyLocation.line))")
            }
            var stored = value
            if case .table(var inline) = stored.storage {
                inline.location = inline.location ?? keyLocation
                stored.storage = .table(inline)
            }
            target.set(key, stored, keyLocation: keyLocation)
        }
    }

    /// A key/value line inside the current table.
    mutating func insert(
        _ value: TOMLValue, at path: [String], keyLocations: [TOMLSourceLocation], in tablePath: [String],
        keyStart: Int
    ) throws(TOMLSyntaxError) {
        let failure: (String, TOMLSourceLocation) -> TOMLSyntaxError = { TOMLSyntaxError(location: $1, message: $0) }
        let anchor = location(at: keyStart)
        try Self.walk(
            &root, tablePath[...], locations: Array(repeating: anchor, count: tablePath.count)[...],
            creating: .implicit, mayExtend: { _ in true }, failure: failure
        ) { (table: inout TOMLTable) throws(TOMLSyntaxError) in
            try Self.insertDotted(value, path: path, keyLocations: keyLocations, into: &table) { message in
                TOMLSyntaxError(location: anchor, message: message)
            }
        }
    }

    /// `[a.b.c]`: opens (or defines an implicitly created) table.
    mutating func openTable(
        _ path: [String], keyLocations: [TOMLSourceLocation], headerLocation: TOMLSourceLocation
    ) throws(TOMLSyntaxError) -> [String] {
        let failure: (String, TOMLSourceLocation) -> TOMLSyntaxError = { TOMLSyntaxError(location: $1, message: $0) }
        let name = path.joined(separator: ".")
        try Self.walk(
            &root, path.dropLast()[...], locations: keyLocations.dropLast()[...], creating: .implicit,
            mayExtend: { $0 != .inline }, failure: failure
        ) { (parent: inout TOMLTable) throws(TOMLSyntaxError) in
            let key = path[path.count - 1]
            guard let existing = parent[key] else {
                var table = TOMLTable()
                table.location = headerLocation
                parent.set(key, TOMLValue(.table(table), location: headerLocation), keyLocation: headerLocation)
                return
            }
            let firstLine = existing.location.line
            switch existing.storage {
            case .table(var table) where table.origin == .implicit:
                table.origin = .header
                table.location = headerLocation
                parent.set(key, TOMLValue(.table(table), location: existing.location))
            case .table:
                throw TOMLSyntaxError(
                    location: headerLocation, message: "table `[\(name)]` is defined twice (first at line \(firstLine))")
            case .array where existing.isArrayOfTables:
                throw TOMLSyntaxError(
                    location: headerLocation,
                    message: "`\(name)` is an array of tables (line \(firstLine)); use `[[\(name)]]` to add an element")
            default:
                throw TOMLSyntaxError(
                    location: headerLocation,
                    message: "`\(name)` is already \(existing.typeDescription) (set at line \(firstLine)), not a table")
            }
        }
        return path
    }

    /// `[[a.b]]`: appends a new table to an array of tables.
    mutating func openArrayTable(
        _ path: [String], keyLocations: [TOMLSourceLocation], headerLocation: TOMLSourceLocation
    ) throws(TOMLSyntaxError) -> [String] {
        let failure: (String, TOMLSourceLocation) -> TOMLSyntaxError = { TOMLSyntaxError(location: $1, message: $0) }
        let name = path.joined(separator: ".")
        try Self.walk(
            &root, path.dropLast()[...], locations: keyLocations.dropLast()[...], creating: .implicit,
            mayExtend: { $0 != .inline }, failure: failure
        ) { (parent: inout TOMLTable) throws(TOMLSyntaxError) in
            let key = path[path.count - 1]
            var element = TOMLTable()
            element.origin = .arrayElement
            element.location = headerLocation
            let elementValue = TOMLValue(.table(element), location: headerLocation)
            guard let existing = parent[key] else {
                var array = TOMLValue(.array([elementValue]), location: headerLocation)
                array.isArrayOfTables = true
                parent.set(key, array, keyLocation: headerLocation)
                return
            }
            guard existing.isArrayOfTables, case .array(var elements) = existing.storage else {
                throw TOMLSyntaxError(
                    location: headerLocation,
                    message: "`[[\(name)]]` conflicts with `\(name)`, already \(existing.typeDescription) (line \(existing.location.line))")
            }
            elements.append(elementValue)
            var updated = existing
            updated.storage = .array(elements)
            parent.set(key, updated)
        }
        return path
    }
}
