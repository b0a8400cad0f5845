import Foundation
import Mustache

/// The templates and string tables an issue is rendered with: the built-in defaults, each of which a
/// user's folder may replace file by file.
public struct TemplateSet: Sendable {
    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(path: String)
        case badTemplate(file: String, message: String)
        case badStrings(file: String, message: String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot read the file"
            case .badTemplate(let file, let message): return "\(file): not a valid Mustache template: \(message)"
            case .badStrings(let file, let message): return "\(file): not a valid string table: \(message)"
            }
        }
    }

    /// Paths under a templates folder that Gazette reads.
    public enum File {
        public static let emailHTML = "email.html.mustache"
        public static let emailText = "email.txt.mustache"
        public static let socialTalk = "social-talk.mustache"
        public static let socialRoundup = "social-roundup.mustache"
        public static func strings(_ language: Language) -> String { "strings/\(language.rawValue).yaml" }

        public static var all: [String] {
            [emailHTML, emailText, socialTalk, socialRoundup] + Language.allCases.map(strings)
        }
    }

    /// Source text by path under the templates folder.
    public private(set) var sources: [String: String]
    let emailHTML: MustacheTemplate
    let emailText: MustacheTemplate
    let socialTalk: MustacheTemplate
    let socialRoundup: MustacheTemplate
    let strings: [Language: StringTable]

    /// The templates built into the binary.
    public static let defaults: TemplateSet = {
        do {
            return try TemplateSet(sources: DefaultTemplates.files)
        } catch {
            // The embedded copies are checked by the tests; a failure here is a build mistake.
            fatalError("built-in templates are broken: \(error)")
        }
    }()

    public init(sources: [String: String]) throws {
        var merged = DefaultTemplates.files
        merged.merge(sources) { _, own in own }
        self.sources = merged
        func template(_ file: String) throws -> MustacheTemplate {
            do {
                return try MustacheTemplate(string: FastHTMLContentType.pragma + (merged[file] ?? ""))
            } catch {
                throw LoadError.badTemplate(file: file, message: "\(error)")
            }
        }
        emailHTML = try template(File.emailHTML)
        emailText = try template(File.emailText)
        socialTalk = try template(File.socialTalk)
        socialRoundup = try template(File.socialRoundup)
        var tables: [Language: StringTable] = [:]
        for language in Language.allCases {
            let file = File.strings(language)
            // A user's table may hold only the words they change; the rest come from the default.
            let base = try StringTable(yaml: DefaultTemplates.files[file] ?? "", file: file)
            if let own = sources[file] {
                tables[language] = base.overridden(by: try StringTable(yaml: own, file: file))
            } else {
                tables[language] = base
            }
        }
        strings = tables
    }

    /// The defaults, with every file present in `directory` (same relative paths as `templates/`) used instead.
    public static func load(directory: String) throws -> TemplateSet {
        var own: [String: String] = [:]
        for file in File.all {
            let path = (directory as NSString).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw LoadError.unreadable(path: path)
            }
            own[file] = text
        }
        return try TemplateSet(sources: own)
    }

    /// Writes the default files into `directory` for a user to edit; existing files are kept unless
    /// `overwrite`. Returns the paths written.
    @discardableResult
    public static func writeDefaults(to directory: String, overwrite: Bool = false) throws -> [String] {
        var written: [String] = []
        for (file, text) in DefaultTemplates.files.sorted(by: { $0.key < $1.key }) {
            let path = (directory as NSString).appendingPathComponent(file)
            if !overwrite, FileManager.default.fileExists(atPath: path) { continue }
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            written.append(path)
        }
        return written
    }

    /// A fixed phrase of a language's string table, its `{name}` placeholders filled.
    public func phrase(_ key: String, in language: Language, arguments: [String: String] = [:]) -> String {
        strings(for: language)[key, arguments: arguments]
    }

    func strings(for language: Language) -> StringTable {
        strings[language] ?? StringTable(values: [:], months: [])
    }
}

/// Mustache's HTML escaping, done on bytes. swift-mustache's own looks each Character up in a dictionary,
/// about a tenth of rendering a year's email editions; this escapes the same five marks the same way
/// (`htmlEscaped`). swift-mustache takes a content type only from a template's `CONTENT_TYPE` pragma, so
/// each template is given this one first (on its first line, where it renders as nothing); a template's own
/// pragma (`TEXT` in the text part and social posts) still comes after it and wins.
struct FastHTMLContentType: MustacheContentType {
    static let name = "GAZETTE_HTML"

    static let pragma: String = {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}"
    }()

    func escapeText(_ text: String) -> String { text.htmlEscaped }
}
