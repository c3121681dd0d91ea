import Foundation
import Testing
@testable import OpenFangTypes

@Suite struct TOMLEditorTests {
    let source = """
        # top comment
        api_listen = "127.0.0.1:4200"   # trailing comment
        log_level = "info"

        [default_model]
        # which model
        provider = "groq"
        model = "llama"

        [web.fetch]
        inline = { a = 1 }

        [[fallback_providers]]
        provider = "x"
        model = "y"

        """

    @Test func replacingAValueKeepsEverythingElse() throws {
        let edited = try TOMLEditor.setting(["api_listen"], to: "\"0.0.0.0:1\"", in: source)
        #expect(edited == source.replacingOccurrences(of: "\"127.0.0.1:4200\"", with: "\"0.0.0.0:1\""))
    }

    @Test func newKeyGoesAtTheEndOfItsSection() throws {
        let edited = try TOMLEditor.setting(["default_model", "api_key_env"], to: "\"K\"", in: source)
        #expect(edited.contains("model = \"llama\"\napi_key_env = \"K\"\n\n[web.fetch]"))
        #expect(edited.contains("# which model") && edited.contains("# trailing comment"))
    }

    @Test func newRootKeyGoesBeforeTheFirstSection() throws {
        let edited = try TOMLEditor.setting(["language"], to: "\"de\"", in: source)
        #expect(edited.contains("log_level = \"info\"\nlanguage = \"de\"\n\n[default_model]"))
    }

    @Test func newSectionIsAppended() throws {
        let edited = try TOMLEditor.setting(["budget", "max_daily_usd"], to: "5.0", in: source)
        #expect(edited.hasSuffix("[budget]\nmax_daily_usd = 5.0\n"))
        #expect(edited.hasPrefix(source))
    }

    @Test func inlineTableMemberIsRewrittenInPlace() throws {
        let edited = try TOMLEditor.setting(["web", "fetch", "inline", "b"], to: "2", in: source)
        #expect(edited.contains("inline = { a = 1, b = 2 }"))
    }

    @Test func removingAKeyDropsOnlyItsLine() throws {
        let edited = try TOMLEditor.removing(["default_model", "model"], in: source)
        #expect(edited == source.replacingOccurrences(of: "model = \"llama\"\n", with: ""))
    }

    @Test func removingATableDropsItsSection() throws {
        let edited = try TOMLEditor.removing(["web"], in: source)
        #expect(!edited.contains("[web.fetch]") && edited.contains("[[fallback_providers]]"))
    }

    @Test func refusals() {
        #expect(throws: TOMLEditError.self) { try TOMLEditor.removing(["missing"], in: source) }
        #expect(throws: TOMLEditError.self) { try TOMLEditor.setting(["default_model"], to: "1", in: source) }
        #expect(throws: TOMLEditError.self) { try TOMLEditor.setting(["fallback_providers", "model"], to: "1", in: source) }
        #expect(throws: TOMLEditError.self) { try TOMLEditor.setting(["a"], to: "not toml", in: source) }
    }
}
