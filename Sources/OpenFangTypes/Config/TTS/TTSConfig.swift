/// `[tts]`: text-to-speech.
public struct TTSConfig: ConfigSection {
    /// Whether TTS is available.
    public var enabled: Bool
    /// `openai` or `elevenlabs` (nil = first configured).
    public var provider: String?
    /// OpenAI settings.
    public var openAI: TTSOpenAIConfig
    /// ElevenLabs settings.
    public var elevenLabs: TTSElevenLabsConfig
    /// Longest text spoken.
    public var maxTextLength: Int
    /// Request timeout.
    public var timeoutSecs: Int

    /// OpenFang's defaults.
    public static let defaults = TTSConfig(
        enabled: false, provider: nil, openAI: .defaults, elevenLabs: .defaults, maxTextLength: 4096, timeoutSecs: 30)

    enum CodingKeys: String, CodingKey {
        case enabled, provider
        case openAI = "openai"
        case elevenLabs = "elevenlabs"
        case maxTextLength = "max_text_length"
        case timeoutSecs = "timeout_secs"
    }
}

extension TTSConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        provider = try c.optional(.provider)
        openAI = try c.decode(.openAI, default: d.openAI)
        elevenLabs = try c.decode(.elevenLabs, default: d.elevenLabs)
        maxTextLength = try c.decode(.maxTextLength, default: d.maxTextLength)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
    }
}
