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
        case .nested?, nil: return []
        }
    }
}

public enum FrontMatterValue: Sendable, Equatable {
    case string(String)
    case list([String])
    /// A mapping, or a list holding mappings: some sites keep the talks themselves in the front matter
    /// (`talks: [{title: …, speakers: […]}]`).
    case nested(FrontMatterNode)
}

/// A front matter value kept whole, for the keys that hold structure.
public indirect enum FrontMatterNode: Sendable, Equatable {
    case text(String)
    case list([FrontMatterNode])
    /// Keys lowercased, in the order written.
    case map([(key: String, value: FrontMatterNode)])

    public static func == (left: FrontMatterNode, right: FrontMatterNode) -> Bool {
        switch (left, right) {
        case (.text(let a), .text(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public subscript(key: String) -> FrontMatterNode? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    public var text: String? {
        guard case .text(let value) = self else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    public var items: [FrontMatterNode] {
        switch self {
        case .list(let items): return items
        case .text, .map: return [self]
        }
    }
}

extension FrontMatter {
    public func nested(_ key: String) -> FrontMatterNode? {
        guard case .nested(let node)? = fields[key.lowercased()] else { return nil }
        return node
    }
}
