/// The `config.toml` a new home starts with: short, commented, every value explained.
enum ConfigTemplate {
    static func text(for model: HomeInitializer.DefaultModel) -> String {
        """
        # OpenFang configuration. Every key and its default: see README.md ("Configuration").
        # Check it with `openfang config validate`; change it with `openfang config set KEY VALUE`.

        # Where the API listens. Loopback only by default; a non-loopback address needs api_key.
        api_listen = "127.0.0.1:4200"

        # The model agents use when their manifest says "default".
        [default_model]
        provider = "\(model.provider)"
        model = "\(model.model)"
        api_key_env = "\(model.apiKeyEnv)"

        [memory]
        decay_rate = 0.05

        """
    }
}
