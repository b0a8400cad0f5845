import Foundation

/// Remembers translations on disk so a rerun of the same issue costs no requests and gives the same words.
/// One JSON file, `translations.json`, under the directory the caller gives.
public final class TranslationCache: Translator, @unchecked Sendable {
    public let provider: String
    let wrapped: any Translator
    let file: URL
    // Guards `entries` and the file: compose may run on several threads.
    private let lock = NSLock()
    private var entries: [String: String]

    public init(wrapping translator: any Translator, provider: String, directory: String) {
        self.wrapped = translator
        self.provider = provider
        self.file = URL(fileURLWithPath: directory).appendingPathComponent("translations.json")
        let data = try? Data(contentsOf: file)
        self.entries = data.flatMap { try? JSONDecoder().decode([String: String].self, from: $0) } ?? [:]
    }

    public func translate(_ text: String, from source: Language, to target: Language) throws -> String {
        let key = Self.key(provider: provider, source: source, target: target, text: text)
        if let hit = lock.withLock({ entries[key] }) { return hit }
        let translated = try wrapped.translate(text, from: source, to: target)
        try lock.withLock {
            entries[key] = translated
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(entries).write(to: file, options: .atomic)
        }
        return translated
    }

    static func key(provider: String, source: Language, target: Language, text: String) -> String {
        "\(provider)|\(source.rawValue)>\(target.rawValue)|\(String(fnv1a64(text), radix: 16))"
    }

    /// FNV-1a 64 over the UTF-8 bytes. Swift's `hashValue` is seeded per process, so it cannot key a file
    /// read by the next run; swift-crypto is not a dependency, and a cache key needs spread, not secrecy.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// How the configuration names a translation service. The API key itself is never in it: only
/// the name of the environment variable that holds it.
public struct TranslatorSettings: Sendable, Equatable, Codable {
    public enum Provider: String, Sendable, Codable { case libreTranslate = "libretranslate", chatCompletions = "chat-completions" }

    public var provider: Provider
    public var url: String
    public var model: String?
    public var apiKeyEnvironmentVariable: String?
    public var timeoutSeconds: Double

    public init(provider: Provider, url: String, model: String? = nil, apiKeyEnvironmentVariable: String? = nil,
                timeoutSeconds: Double = 30) {
        self.provider = provider
        self.url = url
        self.model = model
        self.apiKeyEnvironmentVariable = apiKeyEnvironmentVariable
        self.timeoutSeconds = timeoutSeconds
    }

    /// The client, cached under `cacheDirectory` when one is given.
    public func makeTranslator(environment: [String: String] = ProcessInfo.processInfo.environment,
                               cacheDirectory: String? = nil) throws -> any Translator {
        var key: String?
        if let variable = apiKeyEnvironmentVariable {
            guard let value = environment[variable], !value.isEmpty else { throw TranslationError.missingKey(variable) }
            key = value
        }
        let client: any Translator
        let name: String
        switch provider {
        case .libreTranslate:
            client = LibreTranslateClient(baseURL: url, apiKey: key, timeoutSeconds: timeoutSeconds)
            name = "libretranslate:\(url)"
        case .chatCompletions:
            let model = model ?? "gpt-4o-mini"
            client = ChatCompletionsTranslator(baseURL: url, model: model, apiKey: key, timeoutSeconds: timeoutSeconds)
            name = "chat:\(url):\(model)"
        }
        guard let cacheDirectory else { return client }
        return TranslationCache(wrapping: client, provider: name, directory: cacheDirectory)
    }
}
