import Testing
@testable import OpenFangTypes

@Suite struct TOMLParserTests {
    func parse(_ source: String) throws -> TOMLTable { try TOMLDocument(parsing: source, file: "t.toml").root }

    @Test func scalarsOfEveryKind() throws {
        let root = try parse("""
            s = "a\\tb\\u00e9"
            l = 'C:\\path'
            i = +1_000
            h = 0xff
            o = 0o17
            b = 0b101
            f = 6.5e-1
            n = -inf
            t = true
            d = 1979-05-27T07:32:00Z
            ld = 1979-05-27
            lt = 07:32:00.5
            """)
        #expect(root["s"]?.storage == .string("a\tbé"))
        #expect(root["l"]?.storage == .string("C:\\path"))
        #expect(root["i"]?.storage == .integer(1000))
        #expect(root["h"]?.storage == .integer(255) && root["o"]?.storage == .integer(15) && root["b"]?.storage == .integer(5))
        #expect(root["f"]?.storage == .float(0.65) && root["n"]?.storage == .float(-.infinity))
        #expect(root["t"]?.storage == .boolean(true))
        #expect(root["d"]?.storage == .dateTime(.init(kind: .offsetDateTime, text: "1979-05-27T07:32:00Z")))
        #expect(root["ld"]?.storage == .dateTime(.init(kind: .localDate, text: "1979-05-27")))
        #expect(root["lt"]?.storage == .dateTime(.init(kind: .localTime, text: "07:32:00.5")))
    }

    @Test func multilineStringsTrimAndJoin() throws {
        let root = try parse("a = \"\"\"\none \\\n   two\"\"\"\nb = '''\nraw \\n'''")
        #expect(root["a"]?.storage == .string("one two"))
        #expect(root["b"]?.storage == .string("raw \\n"))
    }

    @Test func tablesArraysOfTablesAndDottedKeys() throws {
        let root = try parse("""
            a.b = 1
            [t]
            x = [1, [2, 3], { y = "z" }]
            [[p]]
            n = 1
            [[p]]
            n = 2
            [p.q]
            m = true
            """)
        #expect(root["a"]?.table?["b"]?.storage == .integer(1))
        guard case .array(let elements) = root["p"]?.storage else { Issue.record("p is not an array"); return }
        #expect(elements.count == 2)
        #expect(elements[1].table?["q"]?.table?["m"]?.storage == .boolean(true))
    }

    @Test func keysKeepTheirLineAndColumn() throws {
        let root = try parse("\n\n[server]\n  port = 4200")
        let entry = try #require(root["server"]?.table?.entry("port"))
        #expect(entry.keyLocation.line == 4 && entry.keyLocation.column == 3)
        #expect(entry.value.location.column == 10)
    }

    @Test(arguments: [
        ("a = ", "t.toml:1:5: expected a value after `=`, found the end of the file"),
        ("a : 1", "t.toml:1:3: expected `=` after the key `a`, found `:`"),
        ("a = yes", "t.toml:1:5: invalid value `yes`: expected a string, number, boolean, date, array or inline table (strings must be quoted: \"yes\")"),
        ("a = \"open", "t.toml:1:5: unterminated string: expected a closing `\"` before the end of the line"),
        ("a = 1\na = 2", "t.toml:2:1: duplicate key `a` (first set at line 1)"),
        ("[t]\n[t]", "t.toml:2:1: table `[t]` is defined twice (first at line 1)"),
        ("[[p]]\n[p]", "t.toml:2:1: `p` is an array of tables (line 1); use `[[p]]` to add an element"),
        ("a = [1, 2", "t.toml:1:10: expected `,` or `]` in the array, found the end of the file"),
        ("a = 1 b = 2", "t.toml:1:7: expected the end of the line after the value of `a`, found `b`"),
        ("a = 01", "t.toml:1:5: invalid value `01`: expected a string, number, boolean, date, array or inline table"),
        ("a = { b = 1\n}", "t.toml:1:12: expected `,` or `}` in the inline table (inline tables stay on one line), found the end of the line"),
        ("x = { a = 1 }\n[x]", "t.toml:2:1: table `[x]` is defined twice (first at line 1)"),
        ("a = \"\\q\"", "t.toml:1:6: invalid escape `\\q`; valid: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX"),
        ("[a\nb = 1", "t.toml:1:3: expected `]` to close the table header, found the end of the line"),
        ("= 1", "t.toml:1:1: expected a key (letters, digits, `_`, `-`, or a quoted string), found `=`"),
    ])
    func syntaxErrorsSayWhereAndWhat(source: String, message: String) {
        #expect(throws: TOMLSyntaxError.self) { try parse(source) }
        do {
            _ = try TOMLDocument(parsing: source, file: "t.toml")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func hostileNestingIsAnErrorNotACrash() {
        let cases = [
            ("x = " + String(repeating: "[", count: 3_000) + String(repeating: "]", count: 3_000), "t.toml:1:69: arrays and inline tables nest deeper than 64 levels"),
            ("x = " + String(repeating: "{a=", count: 3_000) + "1" + String(repeating: "}", count: 3_000), "t.toml:1:197: arrays and inline tables nest deeper than 64 levels"),
            (Array(repeating: "k", count: 5_000).joined(separator: ".") + " = 1", "t.toml:1:130: a dotted key has more than 64 parts"),
        ]
        for (source, message) in cases {
            do {
                _ = try TOMLDocument(parsing: source, file: "t.toml")
                Issue.record("accepted: \(source.prefix(40))")
            } catch {
                #expect(error.description == message)
            }
        }
        #expect((try? parse("x = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64))) != nil, "64 levels are fine")
    }

    @Test func writerOutputParsesBackToTheSameValues() throws {
        let source = "a = \"q\\\"x\"\nb = [1.0, 2.5]\n[t]\nc = { d = true }\n[[p]]\ne = 1\n[[p]]\ne = 2\n"
        let root = try parse(source)
        #expect(try parse(TOMLWriter.document(root)) == root)
    }
}
