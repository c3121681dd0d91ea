/// `[tts.openai]`: OpenAI text-to-speech.
public struct TTSOpenAIConfig: ConfigSection {
    /// Voice name.
    public var voice: String
    /// Model id.
    public var model: String
    /// Audio format.
    public var format: String
    /// Playback speed.
    public var speed: Double

    /// OpenFang's defaults.
    public static let defaults = TTSOpenAIConfig(voice: "alloy", model: "tts-1", format: "mp3", speed: 1.0)

    enum CodingKeys: String, CodingKey {
        case voice, model, format, speed
    }
}

extension TTSOpenAIConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        voice = try c.decode(.voice, default: d.voice)
        model = try c.decode(.model, default: d.model)
        format = try c.decode(.format, default: d.format)
        speed = try c.decode(.speed, default: d.speed)
    }
}
