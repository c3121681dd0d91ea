import OpenFangTypes

/// Checks that need more than a type: addresses that parse, levels that exist.
enum ConfigValidator {
    static let logLevels = ["trace", "debug", "info", "warn", "warning", "error", "off"]

    static func validate(_ config: KernelConfig, root: TOMLTable) -> [DecodingIssue] {
        var issues: [DecodingIssue] = []
        if ListenAddress(config.apiListen) == nil {
            let location = (root.entry("api_listen") ?? root.entry("listen_addr"))?.value.location
            issues.append(
                DecodingIssue(
                    severity: .error, keyPath: "api_listen", location: location,
                    message: "invalid listen address \"\(config.apiListen)\": expected host:port, e.g. \"127.0.0.1:4200\""))
        }
        if !logLevels.contains(config.logLevel.lowercased()) {
            issues.append(
                DecodingIssue(
                    severity: .error, keyPath: "log_level", location: root["log_level"]?.location,
                    message: "invalid log level \"\(config.logLevel)\": expected one of \(logLevels.joined(separator: ", "))",
                    suggestion: KeySuggestion.nearest(to: config.logLevel, in: logLevels)))
        }
        return issues
    }
}
