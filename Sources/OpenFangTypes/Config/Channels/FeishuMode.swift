/// How a Feishu app receives events.
public enum FeishuMode: String, ConfigEnum {
    /// HTTP callbacks to the webhook port.
    case webhook
    /// A long-lived WebSocket connection (the default).
    case websocket
}
