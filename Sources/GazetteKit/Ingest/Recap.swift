/// One recap post, read and normalized: what the ingest stage hands to extraction.
public struct Recap: Sendable, Equatable {
    /// The file it came from; for a feed, `file#N` with N the item's 1-based position.
    public var source: String
    /// A stable, path-independent key, from what the site generator makes the post's URL from: the front
    /// matter `slug`, `url` or `permalink`, else the page bundle's folder, else the file name without its
    /// Jekyll date prefix (for a feed item, its link or guid). Talk ids are built on it. Two posts may share
    /// one (the French and English posts of a bundle): it says nothing about being the same post.
    public var key: String
    public var title: String?
    public var language: Language
    public var languageSource: LanguageSource
    public var date: RecapDate?
    public var frontMatter: FrontMatter
    public var blocks: [TextBlock]
    /// Image sources and link targets in document order: evidence for pairing twins later.
    public var imageSources: [String]
    public var warnings: [Diagnostic]
    /// Where the site publishes it and how it pairs with its translation (see `RecapSite`).
    public var site: RecapSite

    public enum LanguageSource: String, Sendable, Codable {
        case frontMatter, path, detected
    }

    public init(
        source: String, key: String, title: String?, language: Language, languageSource: LanguageSource,
        date: RecapDate?, frontMatter: FrontMatter, blocks: [TextBlock], imageSources: [String] = [],
        warnings: [Diagnostic] = [], site: RecapSite = RecapSite()
    ) {
        self.source = source
        self.key = key
        self.title = title
        self.language = language
        self.languageSource = languageSource
        self.date = date
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.imageSources = imageSources
        self.warnings = warnings
        self.site = site
    }
}
