/// Why each recap considered is in the issue or not: the manifest and the dry run show every one.
public struct RecapDecision: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable {
        case inPeriod = "in-period"
        /// Brought in by its selected twin (the other language's post of the same event), whatever its own date.
        case twinOfSelected = "twin-of-selected"
        case outsideWindow = "outside-window"
        case undated
        /// The same post twice (same key or same content).
        case duplicate
        case alreadyFeatured = "already-featured"
        /// `draft: true` (or Jekyll's `published: false`, `_drafts/`): not public, never featured.
        case draft
        /// Dated after the as-of day: not published yet.
        case future
        /// Hugo's `_index.md`, a section's list page.
        case listPage = "list-page"
    }

    public var source: String
    public var key: String
    public var language: Language
    public var date: CalendarDay?
    /// The source of its twin in the other language, when one was found.
    public var twin: String?
    public var selected: Bool
    public var reason: Reason
    /// The recap's public address, set by composition for the recaps of the issue (nil when unknown).
    public var url: String?

    public init(source: String, key: String, language: Language, date: CalendarDay?, twin: String?, selected: Bool, reason: Reason) {
        self.source = source
        self.key = key
        self.language = language
        self.date = date
        self.twin = twin
        self.selected = selected
        self.reason = reason
    }
}
