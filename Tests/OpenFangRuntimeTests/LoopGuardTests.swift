import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct LoopGuardTests {
    let args: JSONValue = .object(["path": .string("a.txt")])

    @Test func sameCallWarnsAtThreeAndBlocksAtFive() {
        var guardian = LoopGuard()
        var verdicts: [LoopGuard.Verdict] = []
        for _ in 1...5 {
            verdicts.append(guardian.check(tool: "file_read", arguments: args))
            guardian.recordOutcome(tool: "file_read", arguments: args, result: "same")
        }
        #expect(verdicts[0] == .allow && verdicts[1] == .allow)
        if case .warn = verdicts[2] {} else { Issue.record("no warning at 3") }
        if case .block = verdicts[4] {} else { Issue.record("no block at 5") }
    }

    @Test func argumentOrderDoesNotMatterButValuesDo() {
        let a = LoopGuard.key(tool: "t", arguments: .object(["x": .integer(1), "y": .integer(2)]))
        let b = LoopGuard.key(tool: "t", arguments: .object(["y": .integer(2), "x": .integer(1)]))
        #expect(a == b && a.count == 64)
        #expect(a != LoopGuard.key(tool: "t", arguments: .object(["x": .integer(1), "y": .integer(3)])))
    }

    @Test func aChangingResultIsProgressNotALoop() {
        var guardian = LoopGuard()
        for round in 1...8 {
            #expect(guardian.check(tool: "file_read", arguments: args) == .allow, "round \(round)")
            guardian.recordOutcome(tool: "file_read", arguments: args, result: "version \(round)")
        }
    }

    @Test func pollingToolsGetThreeTimesTheRoom() {
        var guardian = LoopGuard()
        let command: JSONValue = .object(["command": .string("make status")])
        for index in 1...14 {
            let verdict = guardian.check(tool: "shell_exec", arguments: command)
            guardian.recordOutcome(tool: "shell_exec", arguments: command, result: "building")
            if index < 9 { #expect(verdict == .allow) }
        }
        if case .block = guardian.check(tool: "shell_exec", arguments: command) {} else { Issue.record("no block at 15") }
    }

    @Test func pingPongPatternsAreBlocked() {
        var two = LoopGuard()
        var verdicts: [LoopGuard.Verdict] = []
        for index in 0..<6 { verdicts.append(two.check(tool: index % 2 == 0 ? "a" : "b", arguments: .null)) }
        if case .block = verdicts.last! {} else { Issue.record("A-B-A-B-A-B not blocked: \(verdicts)") }
        var three = LoopGuard()
        var last: LoopGuard.Verdict = .allow
        for index in 0..<9 { last = three.check(tool: ["a", "b", "c"][index % 3], arguments: .null) }
        if case .block = last {} else { Issue.record("A-B-C cycle not blocked") }
    }

    @Test func theCircuitBreakerStopsTheTurn() {
        var guardian = LoopGuard()
        for index in 0..<30 { _ = guardian.check(tool: "t\(index)", arguments: .null) }
        if case .circuitBreak = guardian.check(tool: "another", arguments: .null) {} else { Issue.record("no circuit break at 31") }
    }
}
