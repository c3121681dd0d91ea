/// When a channel shows "typing…".
public enum TypingMode: String, ConfigEnum {
    case instant, message, thinking, never
}
