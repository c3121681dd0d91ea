import Testing
@testable import OpenFangKernel

@Suite struct DotEnvFileTests {
    @Test func parsesTheUsualForms() {
        let parsed = DotEnvFile.parse("""
            # comment
            A=1
            export B = two
            C="quoted value"
            D='single'
            E=plain # trailing comment
            bad line
            1X=no
            """)
        #expect(parsed.assignments.map(\.key) == ["A", "B", "C", "D", "E"])
        #expect(parsed.assignments.map(\.value) == ["1", "two", "quoted value", "single", "plain"])
        #expect(parsed.problems.map(\.line) == [7, 8])
    }
}
