// Facts from OpenFang's built-in catalog (model_catalog.rs, v0.6.9). Regenerate by hand when prices change.
// Provider aliases, Vertex AI and Novita come from the driver factory (drivers/mod.rs, v0.6.9).

extension ProviderInfo {
    /// Every provider OpenFang knows out of the box.
    public static let builtin: [ProviderInfo] = [
        // Providers with their own wire protocol
        ProviderInfo(
            id: "anthropic", displayName: "Anthropic", driver: .anthropic,
            baseURL: "https://api.anthropic.com", apiKeyEnv: "ANTHROPIC_API_KEY"
        ),
        ProviderInfo(
            id: "gemini", displayName: "Google Gemini", driver: .gemini,
            baseURL: "https://generativelanguage.googleapis.com", apiKeyEnv: "GEMINI_API_KEY",
            alternateKeyEnvs: ["GOOGLE_API_KEY"], aliases: ["google"]
        ),
        // Vertex signs in with a Google Cloud service account (OAuth), not an API key; the driver
        // builds the real URL from GOOGLE_CLOUD_REGION / VERTEX_AI_REGION (default us-central1).
        ProviderInfo(
            id: "vertex-ai", displayName: "Google Vertex AI", driver: .vertex,
            baseURL: "https://us-central1-aiplatform.googleapis.com", apiKeyEnv: "GOOGLE_APPLICATION_CREDENTIALS",
            keyRequired: false, aliases: ["vertex", "google-vertex"]
        ),
        // Bedrock API key sent as a bearer token; region from AWS_REGION / AWS_DEFAULT_REGION.
        ProviderInfo(
            id: "bedrock", displayName: "AWS Bedrock", driver: .bedrock,
            baseURL: "https://bedrock-runtime.us-east-1.amazonaws.com", apiKeyEnv: "AWS_BEARER_TOKEN_BEDROCK"
        ),
        // Copilot authenticates with a persisted OAuth device-flow token, then speaks OpenAI chat completions.
        ProviderInfo(
            id: "github-copilot", displayName: "GitHub Copilot", driver: .copilot,
            baseURL: "https://api.githubcopilot.com", apiKeyEnv: "GITHUB_TOKEN", aliases: ["copilot"]
        ),
        // Subprocess drivers: the CLI handles its own sign-in; a configured base URL is the CLI path.
        ProviderInfo(
            id: "claude-code", displayName: "Claude Code", driver: .claudeCode,
            baseURL: nil, apiKeyEnv: nil, keyRequired: false
        ),
        ProviderInfo(
            id: "qwen-code", displayName: "Qwen Code", driver: .qwenCode,
            baseURL: nil, apiKeyEnv: nil, keyRequired: false
        ),
        // Codex also falls back to the Codex CLI credential (~/.codex/auth.json) when OPENAI_API_KEY is unset.
        ProviderInfo(
            id: "codex", displayName: "OpenAI Codex", driver: .openAICompatible,
            baseURL: "https://api.openai.com/v1", apiKeyEnv: "OPENAI_API_KEY", aliases: ["openai-codex"]
        ),
        // Azure needs the user's https://{resource}.openai.azure.com/openai/deployments URL.
        ProviderInfo(
            id: "azure", displayName: "Azure OpenAI", driver: .azureOpenAI,
            baseURL: nil, apiKeyEnv: "AZURE_OPENAI_API_KEY", aliases: ["azure-openai"]
        ),
        // Kimi for Code speaks the Anthropic Messages API.
        ProviderInfo(
            id: "kimi_coding", displayName: "Kimi for Code", driver: .anthropic,
            baseURL: "https://api.kimi.com/coding", apiKeyEnv: "KIMI_API_KEY"
        ),

        // OpenAI-compatible cloud providers
        ProviderInfo(
            id: "openai", displayName: "OpenAI", driver: .openAICompatible,
            baseURL: "https://api.openai.com/v1", apiKeyEnv: "OPENAI_API_KEY"
        ),
        ProviderInfo(
            id: "deepseek", displayName: "DeepSeek", driver: .openAICompatible,
            baseURL: "https://api.deepseek.com/v1", apiKeyEnv: "DEEPSEEK_API_KEY"
        ),
        ProviderInfo(
            id: "groq", displayName: "Groq", driver: .openAICompatible,
            baseURL: "https://api.groq.com/openai/v1", apiKeyEnv: "GROQ_API_KEY"
        ),
        ProviderInfo(
            id: "openrouter", displayName: "OpenRouter", driver: .openAICompatible,
            baseURL: "https://openrouter.ai/api/v1", apiKeyEnv: "OPENROUTER_API_KEY"
        ),
        ProviderInfo(
            id: "requesty", displayName: "Requesty", driver: .openAICompatible,
            baseURL: "https://router.requesty.ai/v1", apiKeyEnv: "REQUESTY_API_KEY"
        ),
        ProviderInfo(
            id: "mistral", displayName: "Mistral AI", driver: .openAICompatible,
            baseURL: "https://api.mistral.ai/v1", apiKeyEnv: "MISTRAL_API_KEY"
        ),
        ProviderInfo(
            id: "together", displayName: "Together AI", driver: .openAICompatible,
            baseURL: "https://api.together.xyz/v1", apiKeyEnv: "TOGETHER_API_KEY"
        ),
        ProviderInfo(
            id: "fireworks", displayName: "Fireworks AI", driver: .openAICompatible,
            baseURL: "https://api.fireworks.ai/inference/v1", apiKeyEnv: "FIREWORKS_API_KEY"
        ),
        ProviderInfo(
            id: "perplexity", displayName: "Perplexity AI", driver: .openAICompatible,
            baseURL: "https://api.perplexity.ai", apiKeyEnv: "PERPLEXITY_API_KEY"
        ),
        ProviderInfo(
            id: "cohere", displayName: "Cohere", driver: .openAICompatible,
            baseURL: "https://api.cohere.com/v2", apiKeyEnv: "COHERE_API_KEY"
        ),
        ProviderInfo(
            id: "ai21", displayName: "AI21 Labs", driver: .openAICompatible,
            baseURL: "https://api.ai21.com/studio/v1", apiKeyEnv: "AI21_API_KEY"
        ),
        ProviderInfo(
            id: "cerebras", displayName: "Cerebras", driver: .openAICompatible,
            baseURL: "https://api.cerebras.ai/v1", apiKeyEnv: "CEREBRAS_API_KEY"
        ),
        ProviderInfo(
            id: "sambanova", displayName: "SambaNova", driver: .openAICompatible,
            baseURL: "https://api.sambanova.ai/v1", apiKeyEnv: "SAMBANOVA_API_KEY"
        ),
        ProviderInfo(
            id: "huggingface", displayName: "Hugging Face", driver: .openAICompatible,
            baseURL: "https://api-inference.huggingface.co/v1", apiKeyEnv: "HF_API_KEY"
        ),
        ProviderInfo(
            id: "xai", displayName: "xAI", driver: .openAICompatible,
            baseURL: "https://api.x.ai/v1", apiKeyEnv: "XAI_API_KEY"
        ),
        ProviderInfo(
            id: "replicate", displayName: "Replicate", driver: .openAICompatible,
            baseURL: "https://api.replicate.com/v1", apiKeyEnv: "REPLICATE_API_TOKEN"
        ),
        ProviderInfo(
            id: "chutes", displayName: "Chutes.ai", driver: .openAICompatible,
            baseURL: "https://llm.chutes.ai/v1", apiKeyEnv: "CHUTES_API_KEY"
        ),
        ProviderInfo(
            id: "venice", displayName: "Venice.ai", driver: .openAICompatible,
            baseURL: "https://api.venice.ai/api/v1", apiKeyEnv: "VENICE_API_KEY"
        ),
        ProviderInfo(
            id: "nvidia", displayName: "NVIDIA NIM", driver: .openAICompatible,
            baseURL: "https://integrate.api.nvidia.com/v1", apiKeyEnv: "NVIDIA_API_KEY", aliases: ["nvidia-nim"]
        ),
        ProviderInfo(
            id: "novita", displayName: "Novita AI", driver: .openAICompatible,
            baseURL: "https://api.novita.ai/openai/v1", apiKeyEnv: "NOVITA_API_KEY", aliases: ["novita-ai"]
        ),

        // Chinese providers (OpenAI-compatible)
        ProviderInfo(
            id: "qwen", displayName: "Qwen (Alibaba)", driver: .openAICompatible,
            baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKeyEnv: "DASHSCOPE_API_KEY",
            aliases: ["dashscope", "model_studio"]
        ),
        ProviderInfo(
            id: "minimax", displayName: "MiniMax", driver: .openAICompatible,
            baseURL: "https://api.minimax.io/v1", apiKeyEnv: "MINIMAX_API_KEY"
        ),
        ProviderInfo(
            id: "zhipu", displayName: "Zhipu AI (GLM)", driver: .openAICompatible,
            baseURL: "https://open.bigmodel.cn/api/paas/v4", apiKeyEnv: "ZHIPU_API_KEY", aliases: ["glm"]
        ),
        ProviderInfo(
            id: "zhipu_coding", displayName: "Zhipu Coding (CodeGeeX)", driver: .openAICompatible,
            baseURL: "https://open.bigmodel.cn/api/coding/paas/v4", apiKeyEnv: "ZHIPU_API_KEY", aliases: ["codegeex"]
        ),
        ProviderInfo(
            id: "zai", displayName: "Z.AI", driver: .openAICompatible,
            baseURL: "https://api.z.ai/api/paas/v4", apiKeyEnv: "ZHIPU_API_KEY", aliases: ["z.ai"]
        ),
        ProviderInfo(
            id: "zai_coding", displayName: "Z.AI Coding", driver: .openAICompatible,
            baseURL: "https://api.z.ai/api/coding/paas/v4", apiKeyEnv: "ZHIPU_API_KEY"
        ),
        ProviderInfo(
            id: "moonshot", displayName: "Moonshot (Kimi)", driver: .openAICompatible,
            baseURL: "https://api.moonshot.ai/v1", apiKeyEnv: "MOONSHOT_API_KEY", aliases: ["kimi", "kimi2"]
        ),
        ProviderInfo(
            id: "qianfan", displayName: "Baidu Qianfan", driver: .openAICompatible,
            baseURL: "https://qianfan.baidubce.com/v2", apiKeyEnv: "QIANFAN_API_KEY", aliases: ["baidu"]
        ),
        ProviderInfo(
            id: "volcengine", displayName: "Volcano Engine (Doubao)", driver: .openAICompatible,
            baseURL: "https://ark.cn-beijing.volces.com/api/v3", apiKeyEnv: "VOLCENGINE_API_KEY", aliases: ["doubao"]
        ),
        ProviderInfo(
            id: "volcengine_coding", displayName: "Volcano Engine Coding Plan", driver: .openAICompatible,
            baseURL: "https://ark.cn-beijing.volces.com/api/coding/v3", apiKeyEnv: "VOLCENGINE_API_KEY"
        ),

        // Local servers: no key needed; base URL overridable via <NAME>_BASE_URL or <NAME>_HOST.
        ProviderInfo(
            id: "ollama", displayName: "Ollama", driver: .openAICompatible,
            baseURL: "http://localhost:11434/v1", apiKeyEnv: "OLLAMA_API_KEY", keyRequired: false
        ),
        ProviderInfo(
            id: "vllm", displayName: "vLLM", driver: .openAICompatible,
            baseURL: "http://localhost:8000/v1", apiKeyEnv: "VLLM_API_KEY", keyRequired: false
        ),
        ProviderInfo(
            id: "lmstudio", displayName: "LM Studio", driver: .openAICompatible,
            baseURL: "http://localhost:1234/v1", apiKeyEnv: "LMSTUDIO_API_KEY", keyRequired: false
        ),
        ProviderInfo(
            id: "lemonade", displayName: "Lemonade", driver: .openAICompatible,
            baseURL: "http://localhost:8888/api/v1", apiKeyEnv: "LEMONADE_API_KEY", keyRequired: false
        ),
    ]
}
