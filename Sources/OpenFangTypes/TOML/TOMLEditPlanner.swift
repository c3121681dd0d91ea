/// Works out which bytes of a TOML source an edit replaces.
struct TOMLEditPlanner {
    struct Replacement {
        var range: Range<Int>
        var text: String
    }

    let document: TOMLDocument
    let bytes: [UInt8]

    // MARK: Set

    func planSet(_ path: [String], valueText: String, value: TOMLValue) throws(TOMLEditError) -> Replacement {
        var table = document.root
        for (index, key) in path.enumerated() {
            let isLast = index == path.count - 1
            guard let existing = table[key] else {
                return try planInsert(path, existingDepth: index, valueText: valueText)
            }
            if isLast {
                if existing.isArrayOfTables {
                    throw TOMLEditError("`\(path.joined(separator: "."))` is an array of tables; edit it by hand")
                }
                if let inner = existing.table, inner.origin != .inline {
                    throw TOMLEditError("`\(path.joined(separator: "."))` is a table; set its keys one by one")
                }
                return Replacement(range: existing.location.offset..<existing.endOffset, text: valueText)
            }
            guard case .table(let inner) = existing.storage else {
                throw TOMLEditError("`\(path.prefix(index + 1).joined(separator: "."))` is \(existing.typeDescription), not a table")
            }
            if inner.origin == .inline {
                var updated = inner
                try Self.assign(value, at: Array(path[(index + 1)...]), in: &updated)
                return Replacement(
                    range: existing.location.offset..<existing.endOffset,
                    text: TOMLWriter.inline(TOMLValue(.table(updated), location: existing.location)))
            }
            table = inner
        }
        throw TOMLEditError("empty key")
    }

    private static func assign(_ value: TOMLValue, at path: [String], in table: inout TOMLTable) throws(TOMLEditError) {
        guard let key = path.first else { return }
        if path.count == 1 {
            table.set(key, value)
            return
        }
        var inner = table[key]?.table ?? TOMLTable()
        if table[key] != nil, table[key]?.table == nil {
            throw TOMLEditError("`\(key)` is not a table")
        }
        try assign(value, at: Array(path.dropFirst()), in: &inner)
        table.set(key, TOMLValue(.table(inner), location: value.location))
    }

    private func planInsert(_ path: [String], existingDepth: Int, valueText: String) throws(TOMLEditError) -> Replacement {
        let parent = Array(path.dropLast())
        let key = TOMLWriter.key(path[path.count - 1])
        if parent.isEmpty {
            let offset = endOfSection(path: [], tableEntries: document.root)
            return Replacement(range: offset..<offset, text: lineText("\(key) = \(valueText)", at: offset))
        }
        if existingDepth == parent.count, let header = document.headers.last(where: { $0.path == parent && !$0.isArray }),
            let table = TOMLEditor.lookup(parent, in: document.root)?.table
        {
            let offset = endOfSection(header: header, table: table)
            return Replacement(range: offset..<offset, text: lineText("\(key) = \(valueText)", at: offset))
        }
        if existingDepth == parent.count, let table = TOMLEditor.lookup(parent, in: document.root)?.table,
            table.origin == .dotted, let location = table.location
        {
            let section = enclosingHeader(of: location.offset)
            let sectionPath = section?.path ?? []
            guard parent.starts(with: sectionPath) else { throw TOMLEditError("cannot place `\(path.joined(separator: "."))`; edit by hand") }
            let relative = (parent.dropFirst(sectionPath.count) + [path[path.count - 1]]).map(TOMLWriter.key).joined(separator: ".")
            let offset = section.flatMap { header in
                TOMLEditor.lookup(sectionPath, in: document.root)?.table.map { endOfSection(header: header, table: $0) }
            } ?? endOfSection(path: [], tableEntries: document.root)
            return Replacement(range: offset..<offset, text: lineText("\(relative) = \(valueText)", at: offset))
        }
        if let blocking = (1...parent.count).lazy.compactMap({ depth -> String? in
            guard let value = TOMLEditor.lookup(Array(parent.prefix(depth)), in: self.document.root) else { return nil }
            return value.isArrayOfTables || value.table?.origin == .dotted ? parent.prefix(depth).joined(separator: ".") : nil
        }).first {
            throw TOMLEditError("`\(blocking)` is an array of tables or dotted-key table; edit it by hand")
        }
        let header = "[" + parent.map(TOMLWriter.key).joined(separator: ".") + "]"
        let prefix = bytes.isEmpty || bytes.last == UInt8(ascii: "\n") ? "" : "\n"
        return Replacement(range: bytes.count..<bytes.count, text: prefix + "\n\(header)\n\(key) = \(valueText)\n")
    }

    // MARK: Remove

    func planRemoval(_ path: [String]) throws(TOMLEditError) -> [Replacement] {
        let parent = Array(path.dropLast())
        guard let value = TOMLEditor.lookup(path, in: document.root) else { return [] }
        if value.isArrayOfTables || (value.table.map { $0.origin == .header || $0.origin == .implicit } ?? false) {
            let sections = document.headers.enumerated().filter { $0.element.path.starts(with: path) }
            guard !sections.isEmpty else { throw TOMLEditError("cannot find the sections of `\(path.joined(separator: "."))`") }
            return sections.map { index, header in
                let end = index + 1 < document.headers.count ? lineStart(document.headers[index + 1].startOffset) : bytes.count
                var start = lineStart(header.startOffset)
                // Take one blank line before the header with it, so removing an appended section restores the file.
                if start >= 2, bytes[start - 1] == UInt8(ascii: "\n"), bytes[start - 2] == UInt8(ascii: "\n") { start -= 1 }
                return Replacement(range: start..<end, text: "")
            }
        }
        if let container = TOMLEditor.lookup(parent, in: document.root)?.table, container.origin == .inline,
            let containerValue = TOMLEditor.lookup(parent, in: document.root)
        {
            var updated = container
            updated.remove(path[path.count - 1])
            return [
                Replacement(
                    range: containerValue.location.offset..<containerValue.endOffset,
                    text: TOMLWriter.inline(TOMLValue(.table(updated), location: containerValue.location)))
            ]
        }
        guard let entry = TOMLEditor.lookup(parent, in: document.root)?.table?.entry(path[path.count - 1]) else {
            throw TOMLEditError("cannot find `\(path.joined(separator: "."))`")
        }
        let start = entry.keyLocation.offset
        guard onlyBlankBefore(start) else {
            throw TOMLEditError("`\(path.joined(separator: "."))` shares its line with other keys; edit it by hand")
        }
        return [Replacement(range: lineStart(start)..<lineEnd(entry.value.endOffset), text: "")]
    }

    // MARK: Text positions

    func lineStart(_ offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return index
    }

    /// Just past the newline ending the line that contains `offset`.
    func lineEnd(_ offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return min(index + 1, bytes.count)
    }

    private func onlyBlankBefore(_ offset: Int) -> Bool {
        bytes[lineStart(offset)..<offset].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    private func lineText(_ line: String, at offset: Int) -> String {
        let needsNewline = offset > 0 && bytes[offset - 1] != UInt8(ascii: "\n")
        return (needsNewline ? "\n" : "") + line + "\n"
    }

    private func enclosingHeader(of offset: Int) -> TOMLDocument.Header? {
        document.headers.last { $0.startOffset <= offset }
    }

    /// Where a new line for the root table goes: after its last key, before the first header.
    private func endOfSection(path: [String], tableEntries table: TOMLTable) -> Int {
        let firstHeader = document.headers.first?.startOffset ?? bytes.count
        let last = table.entries.filter { $0.keyLocation.offset < firstHeader && $0.value.table?.origin != .header }
            .map(\.value.endOffset).max()
        return last.map(lineEnd) ?? 0
    }

    /// Where a new line for a `[header]` table goes: after its last key in its own section.
    private func endOfSection(header: TOMLDocument.Header, table: TOMLTable) -> Int {
        let next = document.headers.first { $0.startOffset > header.startOffset }?.startOffset ?? bytes.count
        let last = table.entries.filter { $0.keyLocation.offset > header.startOffset && $0.keyLocation.offset < next }
            .map(\.value.endOffset).max()
        return last.map(lineEnd) ?? header.lineEndOffset
    }
}
