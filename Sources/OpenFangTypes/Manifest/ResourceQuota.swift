/// `[resources]`: what one agent may consume (0 = unlimited where noted).
public struct ResourceQuota: ConfigSection {
    /// WASM memory limit.
    public var maxMemoryBytes: Int
    /// CPU time per invocation (WASM fuel = ms × 100,000).
    public var maxCPUTimeMs: Int
    /// Tool calls per minute.
    public var maxToolCallsPerMinute: Int
    /// Model tokens per hour (0 = unlimited).
    public var maxLLMTokensPerHour: Int
    /// Network bytes per hour.
    public var maxNetworkBytesPerHour: Int
    /// Dollars per hour (0 = unlimited).
    public var maxCostPerHourUSD: Double
    /// Dollars per day (0 = unlimited).
    public var maxCostPerDayUSD: Double
    /// Dollars per month (0 = unlimited).
    public var maxCostPerMonthUSD: Double

    /// OpenFang's defaults.
    public static let defaults = ResourceQuota(
        maxMemoryBytes: 256 * 1024 * 1024, maxCPUTimeMs: 30_000, maxToolCallsPerMinute: 60, maxLLMTokensPerHour: 0,
        maxNetworkBytesPerHour: 100 * 1024 * 1024, maxCostPerHourUSD: 0, maxCostPerDayUSD: 0, maxCostPerMonthUSD: 0)

    enum CodingKeys: String, CodingKey {
        case maxMemoryBytes = "max_memory_bytes"
        case maxCPUTimeMs = "max_cpu_time_ms"
        case maxToolCallsPerMinute = "max_tool_calls_per_minute"
        case maxLLMTokensPerHour = "max_llm_tokens_per_hour"
        case maxNetworkBytesPerHour = "max_network_bytes_per_hour"
        case maxCostPerHourUSD = "max_cost_per_hour_usd"
        case maxCostPerDayUSD = "max_cost_per_day_usd"
        case maxCostPerMonthUSD = "max_cost_per_month_usd"
    }
}

extension ResourceQuota {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        maxMemoryBytes = try c.decode(.maxMemoryBytes, default: d.maxMemoryBytes)
        maxCPUTimeMs = try c.decode(.maxCPUTimeMs, default: d.maxCPUTimeMs)
        maxToolCallsPerMinute = try c.decode(.maxToolCallsPerMinute, default: d.maxToolCallsPerMinute)
        maxLLMTokensPerHour = try c.decode(.maxLLMTokensPerHour, default: d.maxLLMTokensPerHour)
        maxNetworkBytesPerHour = try c.decode(.maxNetworkBytesPerHour, default: d.maxNetworkBytesPerHour)
        maxCostPerHourUSD = try c.decode(.maxCostPerHourUSD, default: d.maxCostPerHourUSD)
        maxCostPerDayUSD = try c.decode(.maxCostPerDayUSD, default: d.maxCostPerDayUSD)
        maxCostPerMonthUSD = try c.decode(.maxCostPerMonthUSD, default: d.maxCostPerMonthUSD)
    }
}
