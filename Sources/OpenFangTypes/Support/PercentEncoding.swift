/// Percent-encoding (RFC 3986) without Foundation's `CharacterSet`.
package enum PercentEncoding {
    /// `text` with every byte outside `A–Z a–z 0–9 - _ . ~` (and outside `alsoKeep`) as `%XX`.
    package static func encode(_ text: String, alsoKeeping alsoKeep: String = "") -> String {
        let keep = Set(alsoKeep.utf8)
        var result = ""
        for byte in text.utf8 {
            let unreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || "-_.~".utf8.contains(byte)
            if unreserved || keep.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + Hex.string([byte]).uppercased()
            }
        }
        return result
    }

    /// `text` with `%XX` sequences decoded; nil when one is malformed or the bytes are not UTF-8.
    package static func decode(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(), let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
