/// `[routing]`: pick a cheaper or stronger model by how complex a request looks.
public struct ModelRoutingConfig: ConfigSection {
    /// Model for simple requests.
    public var simpleModel: String
    /// Model for medium requests.
    public var mediumModel: String
    /// Model for complex requests.
    public var complexModel: String
    /// Scores below this are simple.
    public var simpleThreshold: Int
    /// Scores at or above this are complex.
    public var complexThreshold: Int

    /// OpenFang's defaults.
    public static let defaults = ModelRoutingConfig(
        simpleModel: "claude-haiku-4-5-20251001", mediumModel: "claude-sonnet-4-20250514",
        complexModel: "claude-sonnet-4-20250514", simpleThreshold: 100, complexThreshold: 500)

    enum CodingKeys: String, CodingKey {
        case simpleModel = "simple_model"
        case mediumModel = "medium_model"
        case complexModel = "complex_model"
        case simpleThreshold = "simple_threshold"
        case complexThreshold = "complex_threshold"
    }
}

extension ModelRoutingConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        simpleModel = try c.decode(.simpleModel, default: d.simpleModel)
        mediumModel = try c.decode(.mediumModel, default: d.mediumModel)
        complexModel = try c.decode(.complexModel, default: d.complexModel)
        simpleThreshold = try c.decode(.simpleThreshold, default: d.simpleThreshold)
        complexThreshold = try c.decode(.complexThreshold, default: d.complexThreshold)
    }
}
