/// The metadata block at the top of a Hugo-style post, whatever its syntax.
public struct FrontMatter: Sendable, Equatable {
    public enum Format: String, Sendable, Codable { case yaml, toml, json }

    public var format: Format?
    /// Top-level keys, lowercased; values simplified to strings or lists of strings,
    /// which is all later stages read (title, dates, language, aliases, slug, tags).
    public var fields: [String: FrontMatterValue]
    /// 1-based line in the file where the body starts (after the closing delimiter).
    public var bodyStartLine: Int

    public init(format: Format? = nil, fields: [String: FrontMatterValue] = [:], bodyStartLine: Int = 1) {
        self.format = format
        self.fields = fields
        self.bodyStartLine = bodyStartLine
    }

    public func string(_ key: String) -> String? {
        guard case .string(let value)? = fields[key.lowercased()] else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    public func strings(_ key: String) -> [String] {
        switch fields[key.lowercased()] {
        case .string(let value)?: return [value]
        case .list(let values)?: return values
        case nil: return []
        }
    }
}

public enum FrontMatterValue: Sendable, Equatable {
    case string(String)
    case list([String])
}
