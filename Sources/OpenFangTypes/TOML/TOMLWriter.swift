/// Renders TOML values and tables as source text.
public enum TOMLWriter {
    /// A key, quoted only when it is not a bare key.
    public static func key(_ key: String) -> String {
        let bare = !key.isEmpty && key.utf8.allSatisfy(TOMLParser.isBareKeyByte)
        return bare ? key : quoted(key)
    }

    /// A basic string literal with the escapes TOML requires.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// One value on one line (tables become inline tables).
    public static func inline(_ value: TOMLValue) -> String {
        switch value.storage {
        case .string(let text): return quoted(text)
        case .integer(let number): return String(number)
        case .float(let number): return float(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .dateTime(let date): return date.text
        case .array(let elements): return "[" + elements.map(inline).joined(separator: ", ") + "]"
        case .table(let table):
            if table.isEmpty { return "{}" }
            return "{ " + table.entries.map { "\(key($0.key)) = \(inline($0.value))" }.joined(separator: ", ") + " }"
        }
    }

    static func float(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        let text = "\(number)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    /// A whole document: plain keys first, then `[sections]` and `[[arrays of tables]]`.
    public static func document(_ table: TOMLTable) -> String {
        var output = ""
        write(table, path: [], into: &output)
        return output
    }

    private static func isArrayOfTables(_ value: TOMLValue) -> Bool {
        guard case .array(let elements) = value.storage, !elements.isEmpty else { return false }
        return elements.allSatisfy { $0.table != nil }
    }

    private static func write(_ table: TOMLTable, path: [String], into output: inout String) {
        for entry in table.entries where entry.value.table == nil && !isArrayOfTables(entry.value) {
            output += "\(key(entry.key)) = \(inline(entry.value))\n"
        }
        for entry in table.entries {
            let childPath = path + [entry.key]
            let header = childPath.map(key).joined(separator: ".")
            if let child = entry.value.table {
                let hasPlainKeys = child.entries.contains { $0.value.table == nil && !isArrayOfTables($0.value) }
                if hasPlainKeys || child.isEmpty {
                    output += (output.isEmpty ? "" : "\n") + "[\(header)]\n"
                }
                write(child, path: childPath, into: &output)
            } else if isArrayOfTables(entry.value), case .array(let elements) = entry.value.storage {
                for element in elements {
                    output += (output.isEmpty ? "" : "\n") + "[[\(header)]]\n"
                    write(element.table ?? TOMLTable(), path: childPath, into: &output)
                }
            }
        }
    }
}
