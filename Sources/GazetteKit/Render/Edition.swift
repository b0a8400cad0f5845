/// The three editions of an issue.
public enum Edition: String, Sendable, Codable, CaseIterable {
    case fr, en, bilingual

    /// The languages it shows, in order (`bilingual` follows the configured order).
    public func languages(bilingualOrder: [Language] = [.fr, .en]) -> [Language] {
        switch self {
        case .fr: return [.fr]
        case .en: return [.en]
        case .bilingual: return bilingualOrder
        }
    }
}

/// Social platforms, each counting characters its own way.
public enum Platform: String, Sendable, Codable, CaseIterable {
    case x, bluesky, mastodon, linkedin
}
