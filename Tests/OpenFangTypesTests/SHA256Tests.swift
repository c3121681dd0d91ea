import Crypto
import Testing

@testable import OpenFangTypes

/// Our SHA-256 (the binary no longer links swift-crypto) against FIPS 180-4's examples and
/// against swift-crypto for every length around the padding boundaries.
@Suite struct SHA256Tests {
    @Test func fipsExamples() {
        #expect(OpenFangTypes.SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(OpenFangTypes.SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(OpenFangTypes.SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(OpenFangTypes.SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func matchesSwiftCryptoAtEveryLengthUpTo300() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let expected = Hex.string(Crypto.SHA256.hash(data: bytes))
            #expect(Hex.string(OpenFangTypes.SHA256.hash(bytes)) == expected, "length \(length)")
        }
    }

    @Test func hexHashesUTF8() {
        let text = "agent|{\"path\":\"é/ü\"}"
        #expect(OpenFangTypes.SHA256.hex(text) == Hex.string(Crypto.SHA256.hash(data: Array(text.utf8))))
    }
}
