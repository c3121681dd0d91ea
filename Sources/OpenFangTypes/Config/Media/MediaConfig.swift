/// `[media]`: understanding of images, audio and video.
public struct MediaConfig: ConfigSection {
    /// Describe images.
    public var imageDescription: Bool
    /// Transcribe audio.
    public var audioTranscription: Bool
    /// Describe video.
    public var videoDescription: Bool
    /// Concurrent media jobs.
    public var maxConcurrency: Int
    /// Provider for images.
    public var imageProvider: String?
    /// Provider for audio.
    public var audioProvider: String?
    /// Base URL for transcription.
    public var audioBaseURL: String?
    /// Base URL for OpenAI TTS.
    public var ttsOpenAIBaseURL: String?
    /// Base URL for ElevenLabs TTS.
    public var ttsElevenLabsBaseURL: String?
    /// Base URL for image generation.
    public var imageGenBaseURL: String?

    /// OpenFang's defaults.
    public static let defaults = MediaConfig(
        imageDescription: true, audioTranscription: true, videoDescription: false, maxConcurrency: 2,
        imageProvider: nil, audioProvider: nil, audioBaseURL: nil, ttsOpenAIBaseURL: nil, ttsElevenLabsBaseURL: nil,
        imageGenBaseURL: nil)

    enum CodingKeys: String, CodingKey {
        case imageDescription = "image_description"
        case audioTranscription = "audio_transcription"
        case videoDescription = "video_description"
        case maxConcurrency = "max_concurrency"
        case imageProvider = "image_provider"
        case audioProvider = "audio_provider"
        case audioBaseURL = "audio_base_url"
        case ttsOpenAIBaseURL = "tts_openai_base_url"
        case ttsElevenLabsBaseURL = "tts_elevenlabs_base_url"
        case imageGenBaseURL = "image_gen_base_url"
    }
}

extension MediaConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        imageDescription = try c.decode(.imageDescription, default: d.imageDescription)
        audioTranscription = try c.decode(.audioTranscription, default: d.audioTranscription)
        videoDescription = try c.decode(.videoDescription, default: d.videoDescription)
        maxConcurrency = try c.decode(.maxConcurrency, default: d.maxConcurrency)
        imageProvider = try c.optional(.imageProvider)
        audioProvider = try c.optional(.audioProvider)
        audioBaseURL = try c.optional(.audioBaseURL)
        ttsOpenAIBaseURL = try c.optional(.ttsOpenAIBaseURL)
        ttsElevenLabsBaseURL = try c.optional(.ttsElevenLabsBaseURL)
        imageGenBaseURL = try c.optional(.imageGenBaseURL)
    }
}
