/// `[tts.elevenlabs]`: ElevenLabs text-to-speech.
public struct TTSElevenLabsConfig: ConfigSection {
    /// Voice id.
    public var voiceID: String
    /// Model id.
    public var modelID: String
    /// Voice stability.
    public var stability: Double
    /// Similarity boost.
    public var similarityBoost: Double

    /// OpenFang's defaults.
    public static let defaults = TTSElevenLabsConfig(
        voiceID: "21m00Tcm4TlvDq8ikWAM", modelID: "eleven_monolingual_v1", stability: 0.5, similarityBoost: 0.75)

    enum CodingKeys: String, CodingKey {
        case stability
        case voiceID = "voice_id"
        case modelID = "model_id"
        case similarityBoost = "similarity_boost"
    }
}

extension TTSElevenLabsConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        voiceID = try c.decode(.voiceID, default: d.voiceID)
        modelID = try c.decode(.modelID, default: d.modelID)
        stability = try c.decode(.stability, default: d.stability)
        similarityBoost = try c.decode(.similarityBoost, default: d.similarityBoost)
    }
}
