/// What the site says about a recap beyond its text: whether it is published, its address, its section,
/// and what links it to its translation. Later stages build its permalink and pair twins from these.
public struct RecapSite: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        case published
        /// `draft: true` (Hugo), `published: false` or a `_drafts/` folder (Jekyll): not public yet.
        case draft
        /// Hugo's `_index.md`: a section's list page, not a post.
        case listPage = "list-page"
    }

    public var status: Status
    /// The page's own address when the source gives it: front matter `url` (Hugo) or `permalink` (Jekyll),
    /// a feed item's link. May be relative to the site. `aliases` are old addresses and never count.
    public var url: String?
    /// The site section (`community-news`), for permalink patterns.
    public var section: String?
    /// Hugo's `translationKey`: posts sharing one are translations of each other, whatever their text says.
    public var translationKey: String?
    /// What Hugo pairs translations by when no key is given: the bundle folder name (`bundle:<name>`), or
    /// the file's path with language folders and suffixes taken out (`file:news/post`).
    public var translationBase: String?

    public init(status: Status = .published, url: String? = nil, section: String? = nil,
                translationKey: String? = nil, translationBase: String? = nil) {
        self.status = status
        self.url = url
        self.section = section
        self.translationKey = translationKey
        self.translationBase = translationBase
    }
}
