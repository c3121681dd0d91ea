// Facts from OpenFang's built-in catalog (model_catalog.rs, v0.6.9). Regenerate by hand when prices change.
// Aliases merge the per-model lists with the standalone alias table; the table wins on conflicts.

extension ModelCatalogEntry {
    /// The models OpenFang knows out of the box, with prices in US dollars per million tokens.
    public static let builtin: [ModelCatalogEntry] = [
        // anthropic (7)
        ModelCatalogEntry(
            id: "claude-opus-4-6", displayName: "Claude Opus 4.6", provider: "anthropic", tier: .frontier,
            contextWindow: 200_000, maxOutputTokens: 128_000, inputCostPerMillion: 5.0, outputCostPerMillion: 25.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["opus", "claude-opus"]
        ),
        ModelCatalogEntry(
            id: "claude-sonnet-4-6", displayName: "Claude Sonnet 4.6", provider: "anthropic", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["sonnet", "claude-sonnet"]
        ),
        ModelCatalogEntry(
            id: "claude-opus-4-20250514", displayName: "Claude Opus 4", provider: "anthropic", tier: .frontier,
            contextWindow: 200_000, maxOutputTokens: 32_000, inputCostPerMillion: 15.0, outputCostPerMillion: 75.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "claude-sonnet-4-20250514", displayName: "Claude Sonnet 4", provider: "anthropic", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "claude-haiku-4-5-20251001", displayName: "Claude Haiku 4.5", provider: "anthropic", tier: .fast,
            contextWindow: 200_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.25, outputCostPerMillion: 1.25,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["haiku", "claude-haiku"]
        ),
        ModelCatalogEntry(
            id: "claude-sonnet-4-5-20250514", displayName: "Claude Sonnet 4.5", provider: "anthropic", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "claude-3-5-sonnet-20241022", displayName: "Claude 3.5 Sonnet", provider: "anthropic", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 8_192, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),

        // openai (16)
        ModelCatalogEntry(
            id: "gpt-4o", displayName: "GPT-4o", provider: "openai", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 16_384, inputCostPerMillion: 2.5, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["gpt4", "gpt4o", "copilot", "copilot-4o"]
        ),
        ModelCatalogEntry(
            id: "gpt-4o-mini", displayName: "GPT-4o Mini", provider: "openai", tier: .fast,
            contextWindow: 128_000, maxOutputTokens: 16_384, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["gpt4-mini"]
        ),
        ModelCatalogEntry(
            id: "gpt-4.1", displayName: "GPT-4.1", provider: "openai", tier: .frontier,
            contextWindow: 1_047_576, maxOutputTokens: 32_768, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-4.1-mini", displayName: "GPT-4.1 Mini", provider: "openai", tier: .balanced,
            contextWindow: 1_047_576, maxOutputTokens: 32_768, inputCostPerMillion: 0.4, outputCostPerMillion: 1.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-4.1-nano", displayName: "GPT-4.1 Nano", provider: "openai", tier: .fast,
            contextWindow: 1_047_576, maxOutputTokens: 32_768, inputCostPerMillion: 0.1, outputCostPerMillion: 0.4,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "o3", displayName: "o3", provider: "openai", tier: .frontier,
            contextWindow: 200_000, maxOutputTokens: 100_000, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "o3-mini", displayName: "o3-mini", provider: "openai", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 100_000, inputCostPerMillion: 1.1, outputCostPerMillion: 4.4,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "o4-mini", displayName: "o4-mini", provider: "openai", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 100_000, inputCostPerMillion: 1.1, outputCostPerMillion: 4.4,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-4-turbo", displayName: "GPT-4 Turbo", provider: "openai", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 10.0, outputCostPerMillion: 30.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-3.5-turbo", displayName: "GPT-3.5 Turbo", provider: "openai", tier: .fast,
            contextWindow: 16_385, maxOutputTokens: 4_096, inputCostPerMillion: 0.5, outputCostPerMillion: 1.5,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-5", displayName: "GPT-5", provider: "openai", tier: .frontier,
            contextWindow: 400_000, maxOutputTokens: 128_000, inputCostPerMillion: 1.25, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-5-mini", displayName: "GPT-5 Mini", provider: "openai", tier: .balanced,
            contextWindow: 400_000, maxOutputTokens: 128_000, inputCostPerMillion: 0.25, outputCostPerMillion: 2.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["gpt5-mini"]
        ),
        ModelCatalogEntry(
            id: "gpt-5-nano", displayName: "GPT-5 Nano", provider: "openai", tier: .fast,
            contextWindow: 400_000, maxOutputTokens: 128_000, inputCostPerMillion: 0.05, outputCostPerMillion: 0.4,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-5.1", displayName: "GPT-5.1", provider: "openai", tier: .frontier,
            contextWindow: 400_000, maxOutputTokens: 128_000, inputCostPerMillion: 1.25, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gpt-5.2", displayName: "GPT-5.2", provider: "openai", tier: .frontier,
            contextWindow: 400_000, maxOutputTokens: 128_000, inputCostPerMillion: 1.75, outputCostPerMillion: 14.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["gpt5"]
        ),
        ModelCatalogEntry(
            id: "gpt-5.2-pro", displayName: "GPT-5.2 Pro", provider: "openai", tier: .frontier,
            contextWindow: 400_000, maxOutputTokens: 128_000, inputCostPerMillion: 1.75, outputCostPerMillion: 14.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),

        // gemini (10)
        ModelCatalogEntry(
            id: "gemini-3.1-pro-preview", displayName: "Gemini 3.1 Pro Preview", provider: "gemini", tier: .frontier,
            contextWindow: 1_048_576, maxOutputTokens: 65_536, inputCostPerMillion: 2.5, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["gemini-pro"]
        ),
        ModelCatalogEntry(
            id: "gemini-3-flash-preview", displayName: "Gemini 3 Flash Preview", provider: "gemini", tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 65_536, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["gemini-flash"]
        ),
        ModelCatalogEntry(
            id: "gemini-3.1-flash-lite-preview", displayName: "Gemini 3.1 Flash Lite Preview", provider: "gemini", tier: .fast,
            contextWindow: 1_048_576, maxOutputTokens: 8_192, inputCostPerMillion: 0.04, outputCostPerMillion: 0.15,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gemini-2.5-flash-lite", displayName: "Gemini 2.5 Flash Lite", provider: "gemini", tier: .fast,
            contextWindow: 1_048_576, maxOutputTokens: 8_192, inputCostPerMillion: 0.04, outputCostPerMillion: 0.15,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gemini-2.5-pro", displayName: "Gemini 2.5 Pro", provider: "gemini", tier: .frontier,
            contextWindow: 1_048_576, maxOutputTokens: 65_536, inputCostPerMillion: 1.25, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gemini-2.5-flash", displayName: "Gemini 2.5 Flash", provider: "gemini", tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 65_536, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["flash"]
        ),
        ModelCatalogEntry(
            id: "gemini-2.0-flash", displayName: "Gemini 2.0 Flash", provider: "gemini", tier: .fast,
            contextWindow: 1_048_576, maxOutputTokens: 8_192, inputCostPerMillion: 0.1, outputCostPerMillion: 0.4,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gemini-2.0-flash-lite", displayName: "Gemini 2.0 Flash Lite", provider: "gemini", tier: .fast,
            contextWindow: 1_048_576, maxOutputTokens: 8_192, inputCostPerMillion: 0.075, outputCostPerMillion: 0.3,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gemini-1.5-pro", displayName: "Gemini 1.5 Pro", provider: "gemini", tier: .smart,
            contextWindow: 2_097_152, maxOutputTokens: 8_192, inputCostPerMillion: 1.25, outputCostPerMillion: 5.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "gemini-1.5-flash", displayName: "Gemini 1.5 Flash", provider: "gemini", tier: .fast,
            contextWindow: 1_048_576, maxOutputTokens: 8_192, inputCostPerMillion: 0.075, outputCostPerMillion: 0.3,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),

        // deepseek (4)
        ModelCatalogEntry(
            id: "deepseek-chat", displayName: "DeepSeek V3", provider: "deepseek", tier: .smart,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.27, outputCostPerMillion: 1.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["deepseek", "deepseek-v3"]
        ),
        ModelCatalogEntry(
            id: "deepseek-reasoner", displayName: "DeepSeek R1", provider: "deepseek", tier: .frontier,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.55, outputCostPerMillion: 2.19,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["deepseek-r1"]
        ),
        ModelCatalogEntry(
            id: "deepseek-coder", displayName: "DeepSeek Coder V2", provider: "deepseek", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.14, outputCostPerMillion: 0.28,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "deepseek-chat-v3-0324", displayName: "DeepSeek V3 0324", provider: "deepseek", tier: .smart,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.27, outputCostPerMillion: 1.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // azure (4)
        ModelCatalogEntry(
            id: "azure/gpt-4o", displayName: "GPT-4o (Azure)", provider: "azure", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 16_384, inputCostPerMillion: 2.5, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "azure/gpt-4o-mini", displayName: "GPT-4o Mini (Azure)", provider: "azure", tier: .fast,
            contextWindow: 128_000, maxOutputTokens: 16_384, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "azure/gpt-4.1", displayName: "GPT-4.1 (Azure)", provider: "azure", tier: .frontier,
            contextWindow: 1_047_576, maxOutputTokens: 32_768, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "azure/gpt-4.1-mini", displayName: "GPT-4.1 Mini (Azure)", provider: "azure", tier: .fast,
            contextWindow: 1_047_576, maxOutputTokens: 32_768, inputCostPerMillion: 0.4, outputCostPerMillion: 1.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),

        // groq (7)
        ModelCatalogEntry(
            id: "llama-3.3-70b-versatile", displayName: "Llama 3.3 70B", provider: "groq", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.059, outputCostPerMillion: 0.079,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["llama", "llama-70b"]
        ),
        ModelCatalogEntry(
            id: "llama-3.1-8b-instant", displayName: "Llama 3.1 8B", provider: "groq", tier: .fast,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.05, outputCostPerMillion: 0.08,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "llama-3.2-90b-vision-preview", displayName: "Llama 3.2 90B Vision", provider: "groq", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.9, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "llama-3.2-11b-vision-preview", displayName: "Llama 3.2 11B Vision", provider: "groq", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.18, outputCostPerMillion: 0.18,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "mixtral-8x7b-32768", displayName: "Mixtral 8x7B", provider: "groq", tier: .balanced,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.024, outputCostPerMillion: 0.024,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["mixtral"]
        ),
        ModelCatalogEntry(
            id: "qwen-qwq-32b", displayName: "Qwen QWQ 32B", provider: "groq", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 16_384, inputCostPerMillion: 0.2, outputCostPerMillion: 0.2,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "meta-llama/llama-4-scout-17b-16e-instruct", displayName: "Llama 4 Scout 17B", provider: "groq", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.11, outputCostPerMillion: 0.34,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),

        // openrouter (22)
        ModelCatalogEntry(
            id: "openrouter/google/gemini-2.5-flash", displayName: "Gemini 2.5 Flash (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 65_536, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/anthropic/claude-sonnet-4", displayName: "Claude Sonnet 4 (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/openai/gpt-4o", displayName: "GPT-4o (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 16_384, inputCostPerMillion: 2.5, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/deepseek/deepseek-chat", displayName: "DeepSeek V3 (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.14, outputCostPerMillion: 0.28,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/meta-llama/llama-3.3-70b-instruct", displayName: "Llama 3.3 70B (OpenRouter)", provider: "openrouter",
            tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.39, outputCostPerMillion: 0.39,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/qwen/qwen-2.5-72b-instruct", displayName: "Qwen 2.5 72B (OpenRouter)", provider: "openrouter", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.36, outputCostPerMillion: 0.36,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/google/gemini-2.5-pro", displayName: "Gemini 2.5 Pro (OpenRouter)", provider: "openrouter", tier: .frontier,
            contextWindow: 1_048_576, maxOutputTokens: 65_536, inputCostPerMillion: 1.25, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/mistralai/mistral-large-latest", displayName: "Mistral Large (OpenRouter)", provider: "openrouter",
            tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 2.0, outputCostPerMillion: 6.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/google/gemma-2-9b-it", displayName: "Gemma 2 9B (OpenRouter)", provider: "openrouter", tier: .fast,
            contextWindow: 8_192, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/deepseek/deepseek-r1", displayName: "DeepSeek R1 (OpenRouter)", provider: "openrouter", tier: .frontier,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.55, outputCostPerMillion: 2.19,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/google/gemma-2-9b-it:free", displayName: "Gemma 2 9B Free (OpenRouter)", provider: "openrouter", tier: .fast,
            contextWindow: 8_192, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/meta-llama/llama-3.1-8b-instruct:free", displayName: "Llama 3.1 8B Free (OpenRouter)", provider: "openrouter",
            tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/qwen/qwen-2.5-7b-instruct:free", displayName: "Qwen 2.5 7B Free (OpenRouter)", provider: "openrouter",
            tier: .fast,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/meta-llama/llama-3.3-70b-instruct:free", displayName: "Llama 3.3 70B Free (OpenRouter)", provider: "openrouter",
            tier: .balanced,
            contextWindow: 65_536, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["openrouter/free", "free"]
        ),
        ModelCatalogEntry(
            id: "openrouter/qwen/qwen3-coder:free", displayName: "Qwen3 Coder Free (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 262_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["openrouter/free-coder"]
        ),
        ModelCatalogEntry(
            id: "openrouter/openai/gpt-oss-120b:free", displayName: "GPT-OSS 120B Free (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["openrouter/free-large"]
        ),
        ModelCatalogEntry(
            id: "openrouter/openai/gpt-oss-20b:free", displayName: "GPT-OSS 20B Free (OpenRouter)", provider: "openrouter", tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/z-ai/glm-4.5-air:free", displayName: "GLM 4.5 Air Free (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/mistralai/mistral-7b-instruct:free", displayName: "Mistral 7B Free (OpenRouter)", provider: "openrouter",
            tier: .fast,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/huggingfaceh4/zephyr-7b-beta:free", displayName: "Zephyr 7B Free (OpenRouter)", provider: "openrouter",
            tier: .fast,
            contextWindow: 4_096, maxOutputTokens: 2_048, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "openrouter/deepseek/deepseek-r1:free", displayName: "DeepSeek R1 Free (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["free-reasoning"]
        ),
        ModelCatalogEntry(
            id: "openrouter/hunter-alpha", displayName: "Hunter Alpha (OpenRouter)", provider: "openrouter", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["hunter-alpha"]
        ),

        // requesty (5)
        ModelCatalogEntry(
            id: "requesty/anthropic/claude-sonnet-4", displayName: "Claude Sonnet 4 (Requesty)", provider: "requesty", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "requesty/openai/gpt-4o", displayName: "GPT-4o (Requesty)", provider: "requesty", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 16_384, inputCostPerMillion: 2.5, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "requesty/google/gemini-2.5-flash", displayName: "Gemini 2.5 Flash (Requesty)", provider: "requesty", tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 65_536, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "requesty/deepseek/deepseek-chat", displayName: "DeepSeek V3 (Requesty)", provider: "requesty", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.14, outputCostPerMillion: 0.28,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "requesty/meta-llama/llama-3.3-70b-instruct", displayName: "Llama 3.3 70B (Requesty)", provider: "requesty",
            tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.39, outputCostPerMillion: 0.39,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // mistral (6)
        ModelCatalogEntry(
            id: "mistral-large-latest", displayName: "Mistral Large", provider: "mistral", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 2.0, outputCostPerMillion: 6.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["mistral"]
        ),
        ModelCatalogEntry(
            id: "mistral-medium-latest", displayName: "Mistral Medium", provider: "mistral", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 2.7, outputCostPerMillion: 8.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "mistral-small-latest", displayName: "Mistral Small", provider: "mistral", tier: .fast,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.1, outputCostPerMillion: 0.3,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "codestral-latest", displayName: "Codestral", provider: "mistral", tier: .smart,
            contextWindow: 32_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.3, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["codestral"]
        ),
        ModelCatalogEntry(
            id: "open-mistral-nemo", displayName: "Mistral Nemo", provider: "mistral", tier: .fast,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.15, outputCostPerMillion: 0.15,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["mistral-nemo"]
        ),
        ModelCatalogEntry(
            id: "pixtral-large-latest", displayName: "Pixtral Large", provider: "mistral", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 2.0, outputCostPerMillion: 6.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["pixtral"]
        ),

        // together (8)
        ModelCatalogEntry(
            id: "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", displayName: "Llama 3.1 405B (Together)", provider: "together",
            tier: .frontier,
            contextWindow: 130_000, maxOutputTokens: 4_096, inputCostPerMillion: 3.5, outputCostPerMillion: 3.5,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "meta-llama/Llama-3.3-70B-Instruct-Turbo", displayName: "Llama 3.3 70B (Together)", provider: "together", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.88, outputCostPerMillion: 0.88,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", displayName: "Llama 4 Maverick (Together)", provider: "together",
            tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 8_192, inputCostPerMillion: 0.27, outputCostPerMillion: 0.35,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "meta-llama/Llama-4-Scout-17B-16E-Instruct", displayName: "Llama 4 Scout (Together)", provider: "together", tier: .balanced,
            contextWindow: 512_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.18, outputCostPerMillion: 0.3,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "deepseek-ai/DeepSeek-R1", displayName: "DeepSeek R1 (Together)", provider: "together", tier: .frontier,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 3.0, outputCostPerMillion: 7.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "deepseek-ai/DeepSeek-V3", displayName: "DeepSeek V3 (Together)", provider: "together", tier: .smart,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.9, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "Qwen/Qwen2.5-72B-Instruct-Turbo", displayName: "Qwen 2.5 72B (Together)", provider: "together", tier: .smart,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.2, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "mistralai/Mixtral-8x22B-Instruct-v0.1", displayName: "Mixtral 8x22B (Together)", provider: "together", tier: .balanced,
            contextWindow: 65_536, maxOutputTokens: 4_096, inputCostPerMillion: 0.6, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // fireworks (5)
        ModelCatalogEntry(
            id: "accounts/fireworks/models/llama-v3p1-405b-instruct", displayName: "Llama 3.1 405B (Fireworks)", provider: "fireworks",
            tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 3.0, outputCostPerMillion: 3.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "accounts/fireworks/models/llama-v3p3-70b-instruct", displayName: "Llama 3.3 70B (Fireworks)", provider: "fireworks",
            tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 0.9, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "accounts/fireworks/models/deepseek-r1", displayName: "DeepSeek R1 (Fireworks)", provider: "fireworks", tier: .frontier,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 3.0, outputCostPerMillion: 8.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "accounts/fireworks/models/deepseek-v3", displayName: "DeepSeek V3 (Fireworks)", provider: "fireworks", tier: .smart,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.9, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "accounts/fireworks/models/mixtral-8x22b-instruct", displayName: "Mixtral 8x22B (Fireworks)", provider: "fireworks",
            tier: .balanced,
            contextWindow: 65_536, maxOutputTokens: 4_096, inputCostPerMillion: 0.9, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // nvidia (5)
        ModelCatalogEntry(
            id: "nvidia/llama-3.1-nemotron-70b-instruct", displayName: "Nemotron 70B Instruct (NVIDIA NIM)", provider: "nvidia",
            tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.88, outputCostPerMillion: 0.88,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["nemotron-70b", "nemotron"]
        ),
        ModelCatalogEntry(
            id: "meta/llama-3.1-405b-instruct", displayName: "Llama 3.1 405B Instruct (NVIDIA NIM)", provider: "nvidia", tier: .frontier,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 5.0, outputCostPerMillion: 16.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "meta/llama-3.1-70b-instruct", displayName: "Llama 3.1 70B Instruct (NVIDIA NIM)", provider: "nvidia", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.88, outputCostPerMillion: 0.88,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "mistralai/mistral-large-latest", displayName: "Mistral Large (NVIDIA NIM)", provider: "nvidia", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 2.0, outputCostPerMillion: 6.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "nvidia/nemotron-4-340b-instruct", displayName: "Nemotron 4 340B Instruct (NVIDIA NIM)", provider: "nvidia",
            tier: .frontier,
            contextWindow: 4_096, maxOutputTokens: 4_096, inputCostPerMillion: 4.2, outputCostPerMillion: 4.2,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["nemotron-340b"]
        ),

        // ollama (6)
        ModelCatalogEntry(
            id: "llama3.2", displayName: "Llama 3.2 (Ollama)", provider: "ollama", tier: .local,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "llama3.1", displayName: "Llama 3.1 (Ollama)", provider: "ollama", tier: .local,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "mistral:latest", displayName: "Mistral (Ollama)", provider: "ollama", tier: .local,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen2.5", displayName: "Qwen 2.5 (Ollama)", provider: "ollama", tier: .local,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "phi3", displayName: "Phi-3 (Ollama)", provider: "ollama", tier: .local,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "deepseek-r1:latest", displayName: "DeepSeek R1 (Ollama)", provider: "ollama", tier: .local,
            contextWindow: 64_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),

        // vllm (1)
        ModelCatalogEntry(
            id: "vllm-local", displayName: "vLLM Local Model", provider: "vllm", tier: .local,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // lmstudio (1)
        ModelCatalogEntry(
            id: "lmstudio-local", displayName: "LM Studio Local Model", provider: "lmstudio", tier: .local,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // perplexity (4)
        ModelCatalogEntry(
            id: "sonar-pro", displayName: "Sonar Pro", provider: "perplexity", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 8_192, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["sonar"]
        ),
        ModelCatalogEntry(
            id: "sonar-reasoning-pro", displayName: "Sonar Reasoning Pro", provider: "perplexity", tier: .frontier,
            contextWindow: 200_000, maxOutputTokens: 8_192, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "sonar-reasoning", displayName: "Sonar Reasoning", provider: "perplexity", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 1.0, outputCostPerMillion: 5.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "sonar-basic", displayName: "Sonar", provider: "perplexity", tier: .fast,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 1.0, outputCostPerMillion: 5.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),

        // cohere (4)
        ModelCatalogEntry(
            id: "command-r-plus", displayName: "Command R+", provider: "cohere", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 2.5, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["command-r"]
        ),
        ModelCatalogEntry(
            id: "command-r-08-2024", displayName: "Command R (Aug 2024)", provider: "cohere", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "command-a", displayName: "Command A", provider: "cohere", tier: .smart,
            contextWindow: 256_000, maxOutputTokens: 8_192, inputCostPerMillion: 2.5, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["command"]
        ),
        ModelCatalogEntry(
            id: "command-light", displayName: "Command Light", provider: "cohere", tier: .fast,
            contextWindow: 4_096, maxOutputTokens: 4_096, inputCostPerMillion: 0.3, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // ai21 (3)
        ModelCatalogEntry(
            id: "jamba-1.5-large", displayName: "Jamba 1.5 Large", provider: "ai21", tier: .smart,
            contextWindow: 256_000, maxOutputTokens: 4_096, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["jamba"]
        ),
        ModelCatalogEntry(
            id: "jamba-1.5-mini", displayName: "Jamba 1.5 Mini", provider: "ai21", tier: .fast,
            contextWindow: 256_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.2, outputCostPerMillion: 0.4,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "jamba-instruct", displayName: "Jamba Instruct", provider: "ai21", tier: .balanced,
            contextWindow: 256_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.5, outputCostPerMillion: 0.7,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // cerebras (4)
        ModelCatalogEntry(
            id: "cerebras/llama3.3-70b", displayName: "Llama 3.3 70B (Cerebras)", provider: "cerebras", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.06, outputCostPerMillion: 0.06,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "cerebras/llama3.1-8b", displayName: "Llama 3.1 8B (Cerebras)", provider: "cerebras", tier: .fast,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.01, outputCostPerMillion: 0.01,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "cerebras/llama-4-scout-17b", displayName: "Llama 4 Scout (Cerebras)", provider: "cerebras", tier: .smart,
            contextWindow: 512_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.1, outputCostPerMillion: 0.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "cerebras/qwen-2.5-32b", displayName: "Qwen 2.5 32B (Cerebras)", provider: "cerebras", tier: .balanced,
            contextWindow: 32_768, maxOutputTokens: 8_192, inputCostPerMillion: 0.06, outputCostPerMillion: 0.06,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // sambanova (3)
        ModelCatalogEntry(
            id: "sambanova/llama-3.3-70b", displayName: "Llama 3.3 70B (SambaNova)", provider: "sambanova", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.06, outputCostPerMillion: 0.06,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "sambanova/deepseek-r1", displayName: "DeepSeek R1 (SambaNova)", provider: "sambanova", tier: .smart,
            contextWindow: 64_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.06, outputCostPerMillion: 0.06,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "sambanova/qwen-2.5-72b", displayName: "Qwen 2.5 72B (SambaNova)", provider: "sambanova", tier: .smart,
            contextWindow: 32_768, maxOutputTokens: 8_192, inputCostPerMillion: 0.06, outputCostPerMillion: 0.06,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // xai (9)
        ModelCatalogEntry(
            id: "grok-4-0709", displayName: "Grok 4", provider: "xai", tier: .frontier,
            contextWindow: 256_000, maxOutputTokens: 32_768, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["grok", "grok-4"]
        ),
        ModelCatalogEntry(
            id: "grok-4-fast-reasoning", displayName: "Grok 4 Fast Reasoning", provider: "xai", tier: .smart,
            contextWindow: 256_000, maxOutputTokens: 32_768, inputCostPerMillion: 1.0, outputCostPerMillion: 5.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "grok-4-fast-non-reasoning", displayName: "Grok 4 Fast Non-Reasoning", provider: "xai", tier: .smart,
            contextWindow: 256_000, maxOutputTokens: 32_768, inputCostPerMillion: 1.0, outputCostPerMillion: 5.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "grok-4-1-fast-reasoning", displayName: "Grok 4.1 Fast Reasoning", provider: "xai", tier: .fast,
            contextWindow: 2_000_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.2, outputCostPerMillion: 0.5,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["grok-fast"]
        ),
        ModelCatalogEntry(
            id: "grok-4-1-fast-non-reasoning", displayName: "Grok 4.1 Fast Non-Reasoning", provider: "xai", tier: .fast,
            contextWindow: 2_000_000, maxOutputTokens: 32_768, inputCostPerMillion: 0.2, outputCostPerMillion: 0.5,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "grok-3", displayName: "Grok 3", provider: "xai", tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 32_768, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["grok3"]
        ),
        ModelCatalogEntry(
            id: "grok-3-mini", displayName: "Grok 3 Mini", provider: "xai", tier: .balanced,
            contextWindow: 131_072, maxOutputTokens: 32_768, inputCostPerMillion: 0.3, outputCostPerMillion: 0.5,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "grok-2", displayName: "Grok 2", provider: "xai", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 32_768, inputCostPerMillion: 2.0, outputCostPerMillion: 10.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "grok-2-mini", displayName: "Grok 2 Mini", provider: "xai", tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 32_768, inputCostPerMillion: 0.3, outputCostPerMillion: 0.5,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["grok-mini"]
        ),

        // huggingface (3)
        ModelCatalogEntry(
            id: "hf/meta-llama/Llama-3.3-70B-Instruct", displayName: "Llama 3.3 70B (HF)", provider: "huggingface", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.3, outputCostPerMillion: 0.3,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "hf/deepseek-ai/DeepSeek-R1", displayName: "DeepSeek R1 (HF)", provider: "huggingface", tier: .smart,
            contextWindow: 64_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.3, outputCostPerMillion: 0.3,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "hf/Qwen/Qwen2.5-72B-Instruct", displayName: "Qwen 2.5 72B (HF)", provider: "huggingface", tier: .balanced,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.3, outputCostPerMillion: 0.3,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),

        // replicate (3)
        ModelCatalogEntry(
            id: "replicate/meta-llama-3.3-70b-instruct", displayName: "Llama 3.3 70B (Replicate)", provider: "replicate", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.4, outputCostPerMillion: 0.4,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "replicate/deepseek-r1", displayName: "DeepSeek R1 (Replicate)", provider: "replicate", tier: .smart,
            contextWindow: 64_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.4, outputCostPerMillion: 0.4,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "replicate/mistral-7b-instruct", displayName: "Mistral 7B (Replicate)", provider: "replicate", tier: .fast,
            contextWindow: 32_768, maxOutputTokens: 4_096, inputCostPerMillion: 0.05, outputCostPerMillion: 0.25,
            supportsTools: false, supportsVision: false, supportsStreaming: true
        ),

        // qwen (11)
        ModelCatalogEntry(
            id: "qwen-max", displayName: "Qwen Max", provider: "qwen", tier: .frontier,
            contextWindow: 32_768, maxOutputTokens: 8_192, inputCostPerMillion: 4.0, outputCostPerMillion: 12.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen-plus", displayName: "Qwen Plus", provider: "qwen", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.8, outputCostPerMillion: 2.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["qwen"]
        ),
        ModelCatalogEntry(
            id: "qwen-turbo", displayName: "Qwen Turbo", provider: "qwen", tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.3, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen-vl-plus", displayName: "Qwen VL Plus", provider: "qwen", tier: .smart,
            contextWindow: 32_768, maxOutputTokens: 8_192, inputCostPerMillion: 1.5, outputCostPerMillion: 4.5,
            supportsTools: false, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen-coder-plus", displayName: "Qwen Coder Plus", provider: "qwen", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.8, outputCostPerMillion: 2.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen-long", displayName: "Qwen Long", provider: "qwen", tier: .balanced,
            contextWindow: 1_000_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.5, outputCostPerMillion: 2.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen3-235b-a22b", displayName: "Qwen3 235B", provider: "qwen", tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 4.0, outputCostPerMillion: 12.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["qwen3"]
        ),
        ModelCatalogEntry(
            id: "qwen3-30b-a3b", displayName: "Qwen3 30B", provider: "qwen", tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.3, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen-coder-plus-latest", displayName: "Qwen Coder Plus (Latest)", provider: "qwen", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.8, outputCostPerMillion: 2.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen2.5-coder-32b-instruct", displayName: "Qwen 2.5 Coder 32B", provider: "qwen", tier: .balanced,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.8, outputCostPerMillion: 2.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen-vl-max", displayName: "Qwen VL Max", provider: "qwen", tier: .frontier,
            contextWindow: 32_768, maxOutputTokens: 8_192, inputCostPerMillion: 3.0, outputCostPerMillion: 9.0,
            supportsTools: false, supportsVision: true, supportsStreaming: true
        ),

        // minimax (7)
        ModelCatalogEntry(
            id: "MiniMax-M2.7", displayName: "MiniMax M2.7", provider: "minimax", tier: .frontier,
            contextWindow: 204_800, maxOutputTokens: 131_072, inputCostPerMillion: 0.3, outputCostPerMillion: 1.2,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["minimax-m2.7", "minimax"]
        ),
        ModelCatalogEntry(
            id: "minimax-text-01", displayName: "MiniMax Text 01", provider: "minimax", tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 16_384, inputCostPerMillion: 1.0, outputCostPerMillion: 3.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "MiniMax-M2.5", displayName: "MiniMax M2.5", provider: "minimax", tier: .frontier,
            contextWindow: 1_048_576, maxOutputTokens: 16_384, inputCostPerMillion: 1.1, outputCostPerMillion: 4.4,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["minimax-m2.5"]
        ),
        ModelCatalogEntry(
            id: "MiniMax-M2.5-highspeed", displayName: "MiniMax M2.5 Highspeed", provider: "minimax", tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 16_384, inputCostPerMillion: 0.8, outputCostPerMillion: 3.2,
            supportsTools: true, supportsVision: true, supportsStreaming: true,
            aliases: ["minimax-m2.5-highspeed", "m2.5-highspeed", "minimax-highspeed"]
        ),
        ModelCatalogEntry(
            id: "MiniMax-M2.1", displayName: "MiniMax M2.1", provider: "minimax", tier: .smart,
            contextWindow: 1_048_576, maxOutputTokens: 16_384, inputCostPerMillion: 1.0, outputCostPerMillion: 3.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["minimax-m2.1"]
        ),
        ModelCatalogEntry(
            id: "abab6.5-chat", displayName: "ABAB 6.5 Chat", provider: "minimax", tier: .balanced,
            contextWindow: 245_760, maxOutputTokens: 8_192, inputCostPerMillion: 0.5, outputCostPerMillion: 1.5,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "abab7-chat", displayName: "ABAB 7 Chat", provider: "minimax", tier: .smart,
            contextWindow: 524_288, maxOutputTokens: 16_384, inputCostPerMillion: 0.8, outputCostPerMillion: 2.4,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["abab7"]
        ),

        // zhipu (6)
        ModelCatalogEntry(
            id: "glm-4-plus", displayName: "GLM-4 Plus", provider: "zhipu", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.6, outputCostPerMillion: 2.2,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "glm-4-flash", displayName: "GLM-4 Flash", provider: "zhipu", tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "glm-4v-plus", displayName: "GLM-4V Plus", provider: "zhipu", tier: .smart,
            contextWindow: 8_192, maxOutputTokens: 4_096, inputCostPerMillion: 0.6, outputCostPerMillion: 2.2,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "glm-4-long", displayName: "GLM-4 Long", provider: "zhipu", tier: .balanced,
            contextWindow: 1_000_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.1, outputCostPerMillion: 0.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "glm-5-20250605", displayName: "GLM-5", provider: "zhipu", tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 1.0, outputCostPerMillion: 3.2,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["glm-5", "glm"]
        ),
        ModelCatalogEntry(
            id: "glm-4.7", displayName: "GLM-4.7", provider: "zhipu", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 0.6, outputCostPerMillion: 2.2,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),

        // zhipu_coding (1)
        ModelCatalogEntry(
            id: "codegeex-4", displayName: "CodeGeeX 4", provider: "zhipu_coding", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.1, outputCostPerMillion: 0.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["codegeex"]
        ),

        // zai_coding (2)
        ModelCatalogEntry(
            id: "glm-5-coding", displayName: "GLM-5 Coding", provider: "zai_coding", tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["glm-5-code", "glm-coding"]
        ),
        ModelCatalogEntry(
            id: "glm-4.7-coding", displayName: "GLM-4.7 Coding", provider: "zai_coding", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 1.5, outputCostPerMillion: 5.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["glm-4.7-code"]
        ),

        // moonshot (5)
        ModelCatalogEntry(
            id: "moonshot-v1-128k", displayName: "Moonshot V1 128K", provider: "moonshot", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 8_192, inputCostPerMillion: 0.8, outputCostPerMillion: 0.8,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["moonshot"]
        ),
        ModelCatalogEntry(
            id: "moonshot-v1-32k", displayName: "Moonshot V1 32K", provider: "moonshot", tier: .balanced,
            contextWindow: 32_768, maxOutputTokens: 8_192, inputCostPerMillion: 0.3, outputCostPerMillion: 0.3,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "moonshot-v1-8k", displayName: "Moonshot V1 8K", provider: "moonshot", tier: .fast,
            contextWindow: 8_192, maxOutputTokens: 4_096, inputCostPerMillion: 0.1, outputCostPerMillion: 0.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "kimi-k2", displayName: "Kimi K2", provider: "moonshot", tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["kimi"]
        ),
        ModelCatalogEntry(
            id: "kimi-k2.5", displayName: "Kimi K2.5", provider: "moonshot", tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["kimi-k2.5-0711"]
        ),

        // kimi_coding (1)
        ModelCatalogEntry(
            id: "kimi-for-coding", displayName: "Kimi For Coding", provider: "kimi_coding", tier: .frontier,
            contextWindow: 262_144, maxOutputTokens: 32_768, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),

        // qianfan (3)
        ModelCatalogEntry(
            id: "ernie-4.5-8k", displayName: "ERNIE 4.5 8K", provider: "qianfan", tier: .smart,
            contextWindow: 8_192, maxOutputTokens: 4_096, inputCostPerMillion: 2.0, outputCostPerMillion: 6.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["ernie"]
        ),
        ModelCatalogEntry(
            id: "ernie-4.0-turbo-8k", displayName: "ERNIE 4.0 Turbo 8K", provider: "qianfan", tier: .balanced,
            contextWindow: 8_192, maxOutputTokens: 4_096, inputCostPerMillion: 1.0, outputCostPerMillion: 3.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "ernie-speed-128k", displayName: "ERNIE Speed 128K", provider: "qianfan", tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 4_096, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // volcengine (4)
        ModelCatalogEntry(
            id: "doubao-seed-1-6-251015", displayName: "Doubao Seed 1.6 Pro", provider: "volcengine", tier: .smart,
            contextWindow: 262_144, maxOutputTokens: 16_384, inputCostPerMillion: 0.8, outputCostPerMillion: 2.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["doubao", "doubao-pro"]
        ),
        ModelCatalogEntry(
            id: "doubao-seed-2-0-lite", displayName: "Doubao Seed 2.0 Lite", provider: "volcengine", tier: .balanced,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 0.3, outputCostPerMillion: 0.6,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["doubao-lite"]
        ),
        ModelCatalogEntry(
            id: "doubao-seed-2-0-mini", displayName: "Doubao Seed 2.0 Mini", provider: "volcengine", tier: .fast,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 0.1, outputCostPerMillion: 0.1,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["doubao-mini"]
        ),
        ModelCatalogEntry(
            id: "doubao-seed-code", displayName: "Doubao Seed Code", provider: "volcengine", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 16_384, inputCostPerMillion: 0.5, outputCostPerMillion: 1.0,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["doubao-code"]
        ),

        // bedrock (8)
        ModelCatalogEntry(
            id: "bedrock/anthropic.claude-opus-4-6", displayName: "Claude Opus 4.6 (Bedrock)", provider: "bedrock", tier: .frontier,
            contextWindow: 200_000, maxOutputTokens: 128_000, inputCostPerMillion: 5.0, outputCostPerMillion: 25.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "bedrock/anthropic.claude-sonnet-4-6", displayName: "Claude Sonnet 4.6 (Bedrock)", provider: "bedrock", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "bedrock/anthropic.claude-opus-4-20250514", displayName: "Claude Opus 4 (Bedrock)", provider: "bedrock", tier: .frontier,
            contextWindow: 200_000, maxOutputTokens: 32_000, inputCostPerMillion: 15.0, outputCostPerMillion: 75.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "bedrock/anthropic.claude-sonnet-4-20250514", displayName: "Claude Sonnet 4 (Bedrock)", provider: "bedrock", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "bedrock/anthropic.claude-haiku-4-5-20251001", displayName: "Claude Haiku 4.5 (Bedrock)", provider: "bedrock", tier: .fast,
            contextWindow: 200_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.25, outputCostPerMillion: 1.25,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "bedrock/amazon.nova-pro-v1:0", displayName: "Amazon Nova Pro (Bedrock)", provider: "bedrock", tier: .smart,
            contextWindow: 300_000, maxOutputTokens: 5_120, inputCostPerMillion: 0.8, outputCostPerMillion: 3.2,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "bedrock/amazon.nova-lite-v1:0", displayName: "Amazon Nova Lite (Bedrock)", provider: "bedrock", tier: .fast,
            contextWindow: 300_000, maxOutputTokens: 5_120, inputCostPerMillion: 0.06, outputCostPerMillion: 0.24,
            supportsTools: true, supportsVision: true, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "bedrock/meta.llama3-3-70b-instruct-v1:0", displayName: "Llama 3.3 70B (Bedrock)", provider: "bedrock", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 4_096, inputCostPerMillion: 0.72, outputCostPerMillion: 0.72,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),

        // codex (3)
        ModelCatalogEntry(
            id: "codex/gpt-5.4", displayName: "GPT-5.4 (Codex)", provider: "codex", tier: .frontier,
            contextWindow: 1_047_576, maxOutputTokens: 32_768, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["codex", "codex-5.4"]
        ),
        ModelCatalogEntry(
            id: "codex/gpt-4.1", displayName: "GPT-4.1 (Codex)", provider: "codex", tier: .frontier,
            contextWindow: 1_047_576, maxOutputTokens: 32_768, inputCostPerMillion: 2.0, outputCostPerMillion: 8.0,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["codex-4.1"]
        ),
        ModelCatalogEntry(
            id: "codex/o4-mini", displayName: "o4-mini (Codex)", provider: "codex", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 100_000, inputCostPerMillion: 1.1, outputCostPerMillion: 4.4,
            supportsTools: true, supportsVision: true, supportsStreaming: true, aliases: ["codex-o4"]
        ),

        // claude-code (3)
        ModelCatalogEntry(
            id: "claude-code/opus", displayName: "Claude Opus (CLI)", provider: "claude-code", tier: .frontier,
            contextWindow: 200_000, maxOutputTokens: 128_000, inputCostPerMillion: 5.0, outputCostPerMillion: 25.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["claude-code-opus"]
        ),
        ModelCatalogEntry(
            id: "claude-code/sonnet", displayName: "Claude Sonnet (CLI)", provider: "claude-code", tier: .smart,
            contextWindow: 200_000, maxOutputTokens: 64_000, inputCostPerMillion: 3.0, outputCostPerMillion: 15.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["claude-code", "claude-code-sonnet"]
        ),
        ModelCatalogEntry(
            id: "claude-code/haiku", displayName: "Claude Haiku (CLI)", provider: "claude-code", tier: .fast,
            contextWindow: 200_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.25, outputCostPerMillion: 1.25,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["claude-code-haiku"]
        ),

        // qwen-code (3)
        ModelCatalogEntry(
            id: "qwen-code/qwen-coder-plus", displayName: "Qwen Coder Plus (CLI)", provider: "qwen-code", tier: .frontier,
            contextWindow: 131_072, maxOutputTokens: 65_536, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["qwen-coder-plus"]
        ),
        ModelCatalogEntry(
            id: "qwen-code/qwen3-coder", displayName: "Qwen3 Coder (CLI)", provider: "qwen-code", tier: .smart,
            contextWindow: 131_072, maxOutputTokens: 65_536, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["qwen-code", "qwen-coder"]
        ),
        ModelCatalogEntry(
            id: "qwen-code/qwq-32b", displayName: "QwQ 32B (CLI)", provider: "qwen-code", tier: .balanced,
            contextWindow: 131_072, maxOutputTokens: 65_536, inputCostPerMillion: 0.0, outputCostPerMillion: 0.0,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["qwq"]
        ),

        // chutes (5)
        ModelCatalogEntry(
            id: "chutes/deepseek-ai/DeepSeek-V3", displayName: "DeepSeek V3 (Chutes)", provider: "chutes", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.25, outputCostPerMillion: 0.35,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["chutes-deepseek-v3"]
        ),
        ModelCatalogEntry(
            id: "chutes/deepseek-ai/DeepSeek-R1", displayName: "DeepSeek R1 (Chutes)", provider: "chutes", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.55, outputCostPerMillion: 2.19,
            supportsTools: false, supportsVision: false, supportsStreaming: true, aliases: ["chutes-deepseek-r1"]
        ),
        ModelCatalogEntry(
            id: "chutes/meta-llama/Llama-4-Maverick-17B-128E-Instruct", displayName: "Llama 4 Maverick (Chutes)", provider: "chutes",
            tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.2, outputCostPerMillion: 0.3,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["chutes-llama-maverick"]
        ),
        ModelCatalogEntry(
            id: "chutes/Qwen/Qwen3-235B-A22B", displayName: "Qwen3 235B (Chutes)", provider: "chutes", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.25, outputCostPerMillion: 0.35,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["chutes-qwen3"]
        ),
        ModelCatalogEntry(
            id: "chutes/meta-llama/Llama-3.3-70B-Instruct", displayName: "Llama 3.3 70B (Chutes)", provider: "chutes", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.1, outputCostPerMillion: 0.15,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["chutes-llama-70b"]
        ),

        // venice (3)
        ModelCatalogEntry(
            id: "venice-uncensored", displayName: "Venice Uncensored", provider: "venice", tier: .fast,
            contextWindow: 32_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.2, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true, aliases: ["venice"]
        ),
        ModelCatalogEntry(
            id: "llama-3.3-70b", displayName: "Llama 3.3 70B (Venice)", provider: "venice", tier: .balanced,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.2, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
        ModelCatalogEntry(
            id: "qwen3-235b-a22b-instruct-2507", displayName: "Qwen3 235B A22B (Venice)", provider: "venice", tier: .smart,
            contextWindow: 128_000, maxOutputTokens: 8_192, inputCostPerMillion: 0.2, outputCostPerMillion: 0.9,
            supportsTools: true, supportsVision: false, supportsStreaming: true
        ),
    ]
}
