/// A shell command line parsed into simple commands, with everything the policy needs to know:
/// each command's words (quotes removed), its redirections, and whether the line uses command
/// substitution, backticks or process substitution.
public struct ShellCommandLine: Sendable, Equatable {
    /// One command of a pipeline or list.
    public struct SimpleCommand: Sendable, Equatable {
        /// `NAME=value` assignments before the program.
        public var assignments: [String]
        /// Program and arguments, quotes removed.
        public var words: [String]
        /// Redirection targets (`> out.txt` gives `out.txt`).
        public var redirections: [String]

        /// The program's name without a directory (`/usr/bin/git` → `git`).
        public var program: String? { words.first.map { String($0.split(separator: "/").last ?? Substring($0)) } }
        /// The command as text, for matching `git *` style patterns.
        public var text: String { words.joined(separator: " ") }
    }

    /// Why a line cannot be parsed.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// The simple commands, in order (pipes, `&&`, `||`, `;`, `&`, subshells all flattened).
    public var commands: [SimpleCommand]
    /// `$(…)`, `` `…` `` or `<(…)`/`>(…)` appear outside single quotes.
    public var usesSubstitution: Bool

    /// Parses `line`.
    public init(parsing line: String) throws(ParseError) {
        var tokenizer = ShellTokenizer(Array(line.unicodeScalars))
        let tokens = try tokenizer.tokens()
        var commands: [SimpleCommand] = []
        var current = SimpleCommand(assignments: [], words: [], redirections: [])
        var expectTarget = false
        func flush() {
            if !current.words.isEmpty || !current.assignments.isEmpty || !current.redirections.isEmpty { commands.append(current) }
            current = SimpleCommand(assignments: [], words: [], redirections: [])
        }
        for token in tokens {
            switch token {
            case .word(let word):
                if expectTarget {
                    current.redirections.append(word)
                    expectTarget = false
                } else if current.words.isEmpty, Self.isAssignment(word) {
                    current.assignments.append(word)
                } else {
                    current.words.append(word)
                }
            case .redirection(let takesTarget):
                if expectTarget { throw ParseError(description: "a redirection is missing its target") }
                expectTarget = takesTarget
            case .separator:
                if expectTarget { throw ParseError(description: "a redirection is missing its target") }
                flush()
            }
        }
        if expectTarget { throw ParseError(description: "a redirection is missing its target") }
        flush()
        self.commands = commands
        self.usesSubstitution = tokenizer.sawSubstitution
    }

    static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
        return word[..<equals].allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber } && !(word.first?.isNumber ?? true)
    }
}
