/// Machine translation, off by default. Implementations talk to a LibreTranslate-compatible or an
/// OpenAI-compatible chat-completions endpoint over HTTP (libcurl).
public protocol Translator: Sendable {
    func translate(_ text: String, from source: Language, to target: Language) throws -> String
}
