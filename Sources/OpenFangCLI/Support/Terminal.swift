import FoundationEssentials
import OpenFangTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error; colour only when the stream is a terminal.
enum Terminal {
    static func out(_ text: String = "") {
        FileBytes.write((text + "\n").utf8, to: 1)
    }

    /// Writes `text` to standard output as is (no newline; unbuffered, so it shows at once).
    static func write(_ text: String) {
        FileBytes.write(text.utf8, to: 1)
    }

    static func err(_ text: String) {
        FileBytes.write((text + "\n").utf8, to: 2)
    }

    static var colorsErr: Bool { isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
    static var colorsOut: Bool { isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    static func paint(_ text: String, _ code: String, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Whether standard input is an interactive terminal.
    static var isInteractive: Bool { isatty(0) == 1 }
}
