import FoundationEssentials
import OpenFangTypes

/// Reads a config file and the files it `include`s, deep-merged: included files first, the
/// including file's own values win. Paths must be relative and stay below the including file.
struct ConfigIncludeResolver {
    static let maximumDepth = 10

    let readFile: (String) throws -> String

    /// The merged root table of `path`.
    func resolve(_ path: String) throws(ConfigError) -> (root: TOMLTable, files: [String]) {
        var files: [String] = []
        let root = try load(path, chain: [], files: &files, includedFrom: nil)
        return (root, files)
    }

    private func load(
        _ path: String, chain: [String], files: inout [String], includedFrom: TOMLSourceLocation?
    ) throws(ConfigError) -> TOMLTable {
        let normalized = URL(fileURLWithPath: path).standardizedFileURL.path
        if chain.contains(normalized) {
            let cycle = (chain + [normalized]).map(Self.lastComponent).joined(separator: " → ")
            throw ConfigError(issues: [issue("include cycle: \(cycle)", at: includedFrom, file: path)])
        }
        if chain.count > Self.maximumDepth {
            throw ConfigError(issues: [issue("includes nested deeper than \(Self.maximumDepth) levels", at: includedFrom, file: path)])
        }
        let text: String
        do {
            text = try readFile(path)
        } catch {
            let reason = includedFrom == nil ? "cannot read the config file" : "cannot read included file `\(path)`"
            throw ConfigError(issues: [issue("\(reason): \(Self.describe(error))", at: includedFrom, file: path)])
        }
        let document: TOMLDocument
        do {
            document = try TOMLDocument(parsing: text, file: path)
        } catch {
            throw ConfigError(issues: [DecodingIssue(error)])
        }
        files.append(path)
        var merged = TOMLTable()
        var problems: [DecodingIssue] = []
        for (index, include) in includes(of: document, problems: &problems) {
            guard let target = validated(include.text, from: path, at: include.location, problems: &problems) else { continue }
            _ = index
            do {
                let included = try load(target, chain: chain + [normalized], files: &files, includedFrom: include.location)
                merged = Self.merge(included, over: merged)
            } catch {
                problems += error.issues
            }
        }
        if !problems.isEmpty { throw ConfigError(issues: problems) }
        return Self.merge(document.root, over: merged)
    }

    private func includes(
        of document: TOMLDocument, problems: inout [DecodingIssue]
    ) -> [(Int, (text: String, location: TOMLSourceLocation))] {
        guard let value = document.root["include"] else { return [] }
        guard case .array(let elements) = value.storage else {
            problems.append(
                DecodingIssue(
                    severity: .error, keyPath: "include", location: value.location,
                    message: "expected an array of file names, found \(value.typeDescription)"))
            return []
        }
        var result: [(Int, (text: String, location: TOMLSourceLocation))] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element.storage else {
                problems.append(
                    DecodingIssue(
                        severity: .error, keyPath: "include[\(index)]", location: element.location,
                        message: "expected a file name, found \(element.typeDescription)"))
                continue
            }
            result.append((index, (text, element.location)))
        }
        return result
    }

    private func validated(
        _ include: String, from path: String, at location: TOMLSourceLocation, problems: inout [DecodingIssue]
    ) -> String? {
        if include.hasPrefix("/") || include.hasPrefix("~") {
            problems.append(
                DecodingIssue(
                    severity: .error, keyPath: "include", location: location,
                    message: "include `\(include)` must be a path relative to \(Self.lastComponent(path))'s folder, not absolute"))
            return nil
        }
        if include.split(separator: "/").contains("..") {
            problems.append(
                DecodingIssue(
                    severity: .error, keyPath: "include", location: location,
                    message: "include `\(include)` may not leave the config folder (`..` is not allowed)"))
            return nil
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let target = directory.appendingPathComponent(include).path
        // A symbolic link may not lead out of the folder either.
        if let real = PathText.real(target), let folder = PathText.real(directory.path), !real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") {
            problems.append(
                DecodingIssue(
                    severity: .error, keyPath: "include", location: location,
                    message: "include `\(include)` leads out of the config folder through a symbolic link (to \(real))"))
            return nil
        }
        return target
    }

    /// `top` merged over `base`: tables merge key by key, anything else in `top` replaces.
    static func merge(_ top: TOMLTable, over base: TOMLTable) -> TOMLTable {
        var result = base
        for entry in top.entries {
            if let existing = result[entry.key], case .table(let lower) = existing.storage,
                case .table(let upper) = entry.value.storage
            {
                var merged = entry.value
                merged.storage = .table(merge(upper, over: lower))
                result.set(entry.key, merged, keyLocation: entry.keyLocation)
            } else {
                result.remove(entry.key)
                result.set(entry.key, entry.value, keyLocation: entry.keyLocation)
            }
        }
        if result.location == nil { result.location = top.location }
        return result
    }

    private func issue(_ message: String, at location: TOMLSourceLocation?, file: String) -> DecodingIssue {
        DecodingIssue(
            severity: .error, keyPath: location == nil ? "" : "include",
            location: location ?? TOMLSourceLocation(file: file, line: 1, column: 1, offset: 0), message: message)
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func describe(_ error: any Error) -> String {
        (error as? TextFileError)?.reason ?? "\(error)"
    }
}
