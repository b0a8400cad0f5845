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
    /// A recap file larger than this is refused in one line (`max_recap_mb:`).
    public var maximumRecapBytes: Int = RecapReader.defaultMaximumBytes
    /// Machine translation, off unless set. The API key is read from the environment variable it names:
    /// keys never sit in files or on command lines.
    public var translation: TranslatorSettings?
    /// Who gets the issue and how it leaves (`delivery:` and `smtp:`).
    public var delivery = DeliverySettings()

    public init() {}

    /// How often issues go out (`schedule:`), which decides each issue's period, id and title.
    public var schedule: Schedule = .monthly
    /// Settings that were read but do nothing, one line each (`file:line: warning: …`).
    public var warnings: [Diagnostic] = []

    /// Reads a config file; errors name the file, the line where there is one, and the fix.
    public static func load(path: String) throws -> GazetteConfig {
        let text = try readText(path)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(file: path, line: yamlLine(error), message: "not valid YAML: \(yamlProblem(error))")
        }
        var config = GazetteConfig()
        guard let root = node else { return config }
        guard let mapping = root.mapping else {
            throw ConfigError(file: path, line: root.mark?.line, message: "expected settings as `key: value` lines (see `gazette init`)")
        }
        let unknown = unknownKeys(mapping, section: "", file: path)
        if var first = unknown.first {
            first.more = Array(unknown.dropFirst())
            throw first
        }
        let base = (path as NSString).deletingLastPathComponent
        func resolve(_ value: String) -> String {
            value.hasPrefix("/") || base.isEmpty ? value : (base as NSString).appendingPathComponent(value)
        }
        func line(_ key: String) -> Int? {
            mapping.first { $0.key.string == key }?.key.mark?.line
        }
        func fail(_ key: String, _ message: String) -> ConfigError {
            ConfigError(file: path, line: line(key), message: "\(key): \(message)")
        }
        var scheduleName: String?
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            switch key {
            case "schedule":
                guard let name = value.string, Schedule(name: name, windowDays: 1) != nil else {
                    throw fail(key, "expected monthly (the month that just ended), weekly (the week that just ended) or window (the window_days up to today)")
                }
                scheduleName = name
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
            case "permalinks":
                config.permalinks = try readPermalinks(value) { message, line in
                    line.map { ConfigError(file: path, line: $0, message: "\(key).\(message)") } ?? fail(key, message)
                }
            case "max_recap_mb":
                guard let megabytes = value.string.flatMap(Double.init), megabytes > 0 else {
                    throw fail(key, "expected a number of megabytes, e.g. max_recap_mb: 10")
                }
                config.maximumRecapBytes = Int(megabytes * 1_000_000)
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
        if let scheduleName {
            config.schedule = Schedule(name: scheduleName, windowDays: config.windowDays)!
        } else if mapping["window_days"] != nil {
            config.warnings.append(.warning(path, line: line("window_days"),
                "window_days has no effect with the default monthly schedule: remove it, or add `schedule: window`"))
        }
        return config
    }

    /// The whole file, or an error with the system's reason (missing, not allowed, a folder).
    static func readText(_ path: String) throws -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ConfigError(file: path, line: nil, message: "cannot read the config file: it is a folder; name the gazette.yaml inside it")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = String(cString: strerror(errno))
            let fix = errno == ENOENT ? "; `gazette init` writes a commented one" : ""
            throw ConfigError(file: path, line: nil, message: "cannot read the config file (\(reason))\(fix)")
        }
        defer { try? handle.close() }
        do {
            return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        } catch {
            throw ConfigError(file: path, line: nil, message: "cannot read the config file (\(error.localizedDescription))")
        }
    }

    /// Every key not in `ConfigKeys`, in file order, each with the closest known key.
    static func unknownKeys(_ mapping: Node.Mapping, section: String, file: String) -> [ConfigError] {
        let known = ConfigKeys.sections[section] ?? []
        var errors: [ConfigError] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let shown = section.isEmpty ? key : "\(section).\(key)"
            guard known.contains(key) else {
                var message = "unknown key `\(shown)`"
                let elsewhere = ConfigKeys.sections.keys.filter { $0 != section && !$0.isEmpty }.sorted()
                    .compactMap { other in ConfigKeys.closest(to: key, in: other).map { (other, $0) } }
                if let suggestion = ConfigKeys.closest(to: key, in: section) {
                    message += ": did you mean `\(suggestion)`?"
                } else if let (home, suggestion) = elsewhere.first {
                    message += ": did you mean `\(suggestion)` under `\(home.split(separator: ".").last!):`?"
                } else {
                    message += "; known keys here: " + known.joined(separator: ", ")
                }
                errors.append(ConfigError(file: file, line: keyNode.mark?.line, message: message))
                continue
            }
            let child = section.isEmpty ? key : "\(section).\(key)"
            if ConfigKeys.sections[child] != nil, let nested = value.mapping {
                errors += unknownKeys(nested, section: child, file: file)
            }
        }
        return errors
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
    /// Further mistakes found in the same file (every unknown key, not only the first).
    public var more: [ConfigError] = []

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { Diagnostic.error(file, line: line, message).description }

    /// One line per mistake.
    public var lines: [String] { [description] + more.map(\.description) }
}
