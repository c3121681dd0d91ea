/// Splits a command line into words, redirections and separators, removing quotes.
struct ShellTokenizer {
    enum Token: Equatable {
        case word(String)
        /// A redirection operator; `true` when a file name follows (`>`, `<`), false for `2>&1`.
        case redirection(Bool)
        case separator
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private(set) var sawSubstitution = false

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func tokens() throws(ShellCommandLine.ParseError) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var inWord = false
        func endWord() {
            if inWord { tokens.append(.word(word)) }
            word = ""
            inWord = false
        }
        while let c = peek() {
            switch c {
            case " ", "\t":
                endWord()
                index += 1
            case "\n", ";", "(", ")", "{", "}":
                endWord()
                tokens.append(.separator)
                index += 1
            case "|", "&":
                if c == "&", peek(1) == ">" {
                    endWord()
                    index += peek(2) == ">" ? 3 : 2
                    tokens.append(.redirection(true))
                    continue
                }
                endWord()
                tokens.append(.separator)
                index += peek(1) == c ? 2 : 1
            case "<", ">":
                if peek(1) == "(" {
                    sawSubstitution = true
                    endWord()
                    tokens.append(.separator)
                    index += 2
                    continue
                }
                if inWord, word.allSatisfy({ $0.isNumber }) {
                    word = ""
                    inWord = false
                } else {
                    endWord()
                }
                index += 1
                if peek() == c || (c == ">" && peek() == "|") { index += 1 }
                if peek() == "&" {
                    index += 1
                    while let digit = peek(), digit.properties.numericType != nil || digit == "-" { index += 1 }
                    tokens.append(.redirection(false))
                } else {
                    tokens.append(.redirection(true))
                }
            case "'":
                inWord = true
                index += 1
                while let q = peek(), q != "'" {
                    word.unicodeScalars.append(q)
                    index += 1
                }
                guard peek() == "'" else { throw .init(description: "unterminated single quote") }
                index += 1
            case "\"":
                inWord = true
                index += 1
                while let q = peek(), q != "\"" {
                    if q == "\\", let next = peek(1), "\"\\$`".unicodeScalars.contains(next) {
                        word.unicodeScalars.append(next)
                        index += 2
                        continue
                    }
                    if q == "`" || (q == "$" && peek(1) == "(") { sawSubstitution = true }
                    word.unicodeScalars.append(q)
                    index += 1
                }
                guard peek() == "\"" else { throw .init(description: "unterminated double quote") }
                index += 1
            case "\\":
                inWord = true
                if let next = peek(1) { word.unicodeScalars.append(next) }
                index += 2
            case "`":
                sawSubstitution = true
                endWord()
                tokens.append(.separator)
                index += 1
            case "$" where peek(1) == "(":
                sawSubstitution = true
                endWord()
                tokens.append(.separator)
                index += 2
            default:
                inWord = true
                word.unicodeScalars.append(c)
                index += 1
            }
        }
        endWord()
        return tokens
    }
}
