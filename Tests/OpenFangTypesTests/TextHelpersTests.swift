import Testing

@testable import OpenFangTypes

/// The small text helpers that replace Foundation's (the binary links FoundationEssentials only).
@Suite struct TextHelpersTests {
    @Test func hexIsLowercaseTwoDigitsPerByte() {
        #expect(Hex.string([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff" && Hex.string([]) == "")
    }

    @Test func parentPathsMatchNSString() {
        let cases = [("a/b", "a"), ("/a", "/"), ("b", ""), ("/a/b/", "/a"), ("/", "/"), ("a//b", "a"), ("/x/y/z.txt", "/x/y")]
        for (path, parent) in cases { #expect(PathText.parent(of: path) == parent, "\(path)") }
    }

    @Test func percentEncodingRoundTrips() {
        #expect(PercentEncoding.encode("a b/c?d=é") == "a%20b%2Fc%3Fd%3D%C3%A9")
        #expect(PercentEncoding.encode("agent/job", alsoKeeping: "/") == "agent/job")
        #expect(PercentEncoding.decode("a%20b%2Fc%C3%A9") == "a b/cé")
        #expect(PercentEncoding.decode("%zz") == nil && PercentEncoding.decode("%C3") == nil && PercentEncoding.decode("%4") == nil)
    }

    @Test func fixedDecimalsRoundHalfAwayFromZero() {
        let cases: [(Double, Int, String)] = [
            (1.5, 2, "1.50"), (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (2, 0, "2"), (0.0004, 4, "0.0004"), (-0.001, 2, "0.00"), (1234.5678, 1, "1234.6"),
        ]
        for (value, digits, text) in cases { #expect(DecimalText.fixed(value, digits: digits) == text, "\(value)") }
    }

    @Test func trimmedDropsWhitespaceAndNewlines() {
        #expect(" \n\t hi there \r\n".trimmed() == "hi there" && "".trimmed() == "" && "  ".trimmed() == "")
    }
}
