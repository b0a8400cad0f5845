import Foundation
import Yams

/// The organizers' settings file (`gazette.yaml`). Paths in it are relative to the file's folder.
public struct GazetteConfig: Sendable, Equatable {
    public var sources: [String] = []
    public var outbox: String = "outbox"
    public var windowDays: Int = 31
    public var editions: [Edition] = Edition.allCases
    public var bilingualOrder: [Language] = [.fr, .en]
    /// Markdown files with the editorial introduction, per language.
    public var intro: [Language: String] = [:]
    public var overrides: String?
    public var templates: String?
    public var siteURL: String?
    /// Page address patterns per language (`permalinks:`), for the links to each recap.
    public var permalinks: [Language: String] = [:]
    /// Machine translation, off unless set. The API key is read from the environment variable it names:
    /// keys never sit in files or on command lines.
    public var translation: TranslatorSettings?
    /// Who gets the issue and how it leaves (`delivery:` and `smtp:`).
    public var delivery = DeliverySettings()

    public init() {}

    /// Reads a config file; errors name the file and, for YAML problems, the line.
    public static func load(path: String) throws -> GazetteConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: nil, message: "cannot read the config file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(file: path, line: yamlLine(error), message: "not valid YAML: \(yamlProblem(error))")
        }
        var config = GazetteConfig()
        guard let mapping = node?.mapping else { return config }
        let base = (path as NSString).deletingLastPathComponent
        func resolve(_ value: String) -> String {
            value.hasPrefix("/") || base.isEmpty ? value : (base as NSString).appendingPathComponent(value)
        }
        func fail(_ key: String, _ message: String) -> ConfigError {
            ConfigError(file: path, line: mapping[key].map { $0.mark.map { $0.line } ?? nil } ?? nil, message: "\(key): \(message)")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            switch key {
            case "sources":
                // A feed given by URL is not a path relative to the config.
                config.sources = (value.sequence?.compactMap(\.string) ?? value.string.map { [$0] } ?? [])
                    .map { FeedFetcher.isURL($0) ? $0 : resolve($0) }
            case "outbox":
                guard let string = value.string else { throw fail(key, "expected a folder path") }
                config.outbox = resolve(string)
            case "window_days":
                guard let days = value.int, days > 0 else { throw fail(key, "expected a positive number of days") }
                config.windowDays = days
            case "editions":
                let names = value.sequence?.compactMap(\.string) ?? []
                let editions = names.compactMap(Edition.init(rawValue:))
                guard editions.count == names.count, !editions.isEmpty else { throw fail(key, "expected a list of fr, en, bilingual") }
                config.editions = editions
            case "bilingual_order":
                let languages = (value.sequence?.compactMap(\.string) ?? []).compactMap(Language.init(rawValue:))
                guard Set(languages) == Set(Language.allCases), languages.count == 2 else { throw fail(key, "expected [fr, en] or [en, fr]") }
                config.bilingualOrder = languages
            case "intro":
                for (languageNode, file) in value.mapping ?? [:] {
                    guard let language = languageNode.string.flatMap(Language.init(rawValue:)), let file = file.string else {
                        throw fail(key, "expected fr: FILE and en: FILE")
                    }
                    config.intro[language] = resolve(file)
                }
            case "overrides": config.overrides = value.string.map(resolve)
            case "templates": config.templates = value.string.map(resolve)
            case "site_url": config.siteURL = value.string
            case "permalinks": config.permalinks = try readPermalinks(value) { fail(key, $0) }
            case "translation":
                // "openai" is what organizers call any OpenAI-compatible chat-completions server.
                let aliases: [String: TranslatorSettings.Provider] = [
                    "libretranslate": .libreTranslate, "openai": .chatCompletions, "chat-completions": .chatCompletions,
                ]
                guard let settings = value.mapping, let providerName = settings["provider"]?.string,
                      let provider = aliases[providerName.lowercased()], let url = settings["url"]?.string
                else { throw fail(key, "expected provider (libretranslate or openai) and url") }
                config.translation = TranslatorSettings(
                    provider: provider, url: url, model: settings["model"]?.string,
                    apiKeyEnvironmentVariable: settings["api_key_env"]?.string,
                    timeoutSeconds: settings["timeout_seconds"]?.float ?? 30)
            case "delivery":
                guard let settings = value.mapping else { throw fail(key, "expected a mapping (subscribers, from, unsubscribe_url, …)") }
                try config.delivery.read(delivery: settings, resolve: resolve) { sub, message in
                    ConfigError(file: path, line: settings[sub]?.mark?.line, message: "\(key).\(sub): \(message)")
                }
            case "smtp":
                guard let settings = value.mapping else { throw fail(key, "expected a mapping (url, user, password_file, …)") }
                try config.delivery.read(smtp: settings, resolve: resolve) { sub, message in
                    ConfigError(file: path, line: settings[sub]?.mark?.line, message: "\(key).\(sub): \(message)")
                }
            default:
                continue
            }
        }
        return config
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }
}

public struct ConfigError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { Diagnostic.error(file, line: line, message).description }
}
