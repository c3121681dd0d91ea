import FoundationEssentials
import OpenFangRuntime
import OpenFangTypes
import Synchronization

/// Shows one reply as it streams: text on standard output the moment it arrives, tool starts
/// dimly on standard error; afterwards ends the line, or says "(no reply)". Text that may still
/// turn out to be a silence marker (`NO_REPLY`, `[SILENT]`, `[[silent]]`) is held back until it
/// cannot be one, so a silent turn prints nothing but "(no reply)".
final class ReplyPrinter: Sendable {
    private struct State {
        /// Text held back while it could be a silence marker.
        var held = ""
        /// Text is no longer held: the reply is not a marker.
        var releasing = false
        /// Some reply text was written.
        var printed = false
        /// The last thing written to standard output ended a line.
        var atLineStart = true

        /// Marks `text` as written and returns it.
        mutating func emit(_ text: String) -> String {
            guard !text.isEmpty else { return text }
            printed = true
            atLineStart = text.hasSuffix("\n")
            return text
        }

        /// The held text, no longer held.
        mutating func release() -> String {
            releasing = true
            defer { held = "" }
            return emit(held)
        }
    }

    private static let silenceMarkers = ["NO_REPLY", "[SILENT]", "[[SILENT]]"]
    private let state = Mutex(State())
    private let colors: Bool

    /// A printer; `colors` dims the tool lines.
    init(colors: Bool) {
        self.colors = colors
    }

    /// The sink to hand to `Kernel.send(_:to:sender:depth:events:)`.
    var sink: AgentLoop.EventSink {
        { [self] event in handle(event) }
    }

    /// Shows one event of the turn.
    func handle(_ event: LoopEvent) {
        switch event {
        case .model(.textDelta(let text)):
            Terminal.write(state.withLock { state in
                if state.releasing { return state.emit(text) }
                state.held += text
                return Self.mightBeSilence(state.held) ? "" : state.release()
            })
        case .phase(.toolUse(let name)):
            Terminal.write(state.withLock { $0.release() })
            endLine()
            Terminal.err(Terminal.paint("  [tool: \(name)]", "2", enabled: colors))
        default:
            break
        }
    }

    /// Closes the turn: a newline after streamed text, the whole reply when nothing was
    /// streamed (a driver that does not stream), or "(no reply)".
    func finish(response: String, silent: Bool) {
        if !silent { Terminal.write(state.withLock { $0.release() }) }
        let printed = state.withLock { $0.printed }
        if silent || (!printed && response.isEmpty) {
            endLine()
            Terminal.out("(no reply)")
        } else if printed {
            endLine()
        } else {
            Terminal.out(response)
        }
    }

    /// Ends a half-written line (before an error message or a tool line).
    func endLine() {
        let open = state.withLock { state in
            defer { state.atLineStart = true }
            return !state.atLineStart
        }
        if open { Terminal.write("\n") }
    }

    /// Whether `text` is the start of a silence marker (or only whitespace so far).
    static func mightBeSilence(_ text: String) -> Bool {
        let start = text.trimmed().uppercased()
        return silenceMarkers.contains { $0.hasPrefix(start) }
    }
}
