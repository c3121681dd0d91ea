import Foundation
import Testing
@testable import OpenFangTypes

/// Cross-checks our parser against Python's `tomllib` (an independent TOML 1.0 implementation).
@Suite struct TOMLConformanceTests {
    static let python = ((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        + ["/usr/bin/python3"]).first { FileManager.default.isExecutableFile(atPath: $0) }

    static let documents: [String] = [
        "a = 1\nb = -2.5e3\nc = 'x'\nd = \"\\u00e9\\n\"\ne = [1, 'two', [3]]\n",
        "[a.b.c]\nd = true\n[a]\ne = 0x1F\n[[f]]\ng = 1\n[[f]]\ng = 2\n[f.h]\ni = 'x'\n",
        "x.y.z = 1\nx.y.w = \"\"\"\nmulti\nline\"\"\"\n\"quoted key\" = { inner.k = 3, l = [] }\n",
        "nums = [ 1_000, 0o7, 0b11, +inf, nan ]\nempty = {}\ns = '''\n  keep\\n this'''\n",
        try! String(contentsOfFile: Fixture.path("full-config.toml"), encoding: .utf8),
        try! String(contentsOfFile: Fixture.path("full-agent.toml"), encoding: .utf8),
    ]

    @Test(.enabled(if: python != nil), arguments: Array(documents.indices))
    func agreesWithTomllib(index: Int) throws {
        let source = Self.documents[index]
        let ours = Self.canonical(.table(try TOMLDocument(parsing: source).root))
        #expect(ours == (try Self.tomllib(source)))
    }

    /// Canonical JSON of our value: tagged scalars, sorted keys.
    static func canonical(_ storage: TOMLValue.Storage) -> String {
        switch storage {
        case .string(let text): return "{\"string\":\(json(text))}"
        case .integer(let number): return "{\"integer\":\"\(number)\"}"
        case .float(let number):
            let text = number.isNaN ? "nan" : number.isInfinite ? (number < 0 ? "-inf" : "inf") : "\(number)"
            return "{\"float\":\"\(text)\"}"
        case .boolean(let flag): return "{\"bool\":\"\(flag)\"}"
        case .dateTime(let date): return "{\"datetime\":\(json(date.text))}"
        case .array(let elements): return "[" + elements.map { canonical($0.storage) }.joined(separator: ",") + "]"
        case .table(let table):
            return "{" + table.keys.sorted().map { "\(json($0)):\(canonical(table[$0]!.storage))" }.joined(separator: ",") + "}"
        }
    }

    static func json(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    static let script = #"""
        import sys, json, tomllib, math
        def c(v):
            if isinstance(v, bool): return '{"bool":"%s"}' % str(v).lower()
            if isinstance(v, int): return '{"integer":"%d"}' % v
            if isinstance(v, float):
                t = "nan" if math.isnan(v) else ("inf" if v == math.inf else "-inf" if v == -math.inf else repr(v))
                return '{"float":"%s"}' % t
            if isinstance(v, str): return '{"string":%s}' % json.dumps(v, ensure_ascii=False).replace("/", "\\/")
            if isinstance(v, list): return "[" + ",".join(c(x) for x in v) + "]"
            if isinstance(v, dict): return "{" + ",".join("%s:%s" % (json.dumps(k, ensure_ascii=False).replace("/", "\\/"), c(v[k])) for k in sorted(v)) + "}"
            return '{"datetime":%s}' % json.dumps(v.isoformat())
        sys.stdout.write(c(tomllib.loads(sys.stdin.read())))
        """#

    static func tomllib(_ source: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = ["-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(source.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
