/// Everything an issue's artifacts are rendered from.
public struct IssueContent: Sendable {
    public struct EventSection: Sendable {
        /// Cities and date of the event, and the talks in recap order.
        public var cities: [String]
        public var date: CalendarDay?
        public var recapTitles: [Language: String]
        public var talks: [ComposedTalk]
        /// The public address of the event's recap in each language it was written in.
        public var recapURLs: [Language: String]

        public init(cities: [String], date: CalendarDay?, recapTitles: [Language: String], talks: [ComposedTalk],
                    recapURLs: [Language: String] = [:]) {
            self.cities = cities
            self.date = date
            self.recapTitles = recapTitles
            self.talks = talks
            self.recapURLs = recapURLs
        }

        /// The recap to send a reader of `language` to: theirs, else the other language's (and which it is).
        func recapLink(in language: Language) -> (url: String, language: Language)? {
            if let url = recapURLs[language] { return (url, language) }
            if let url = recapURLs[language.other] { return (url, language.other) }
            return nil
        }
    }

    /// The period, e.g. `2019-06`.
    public var id: String
    public var events: [EventSection]
    /// Optional editorial introduction per language, in Markdown.
    public var introMarkdown: [Language: String]
    public var bilingualOrder: [Language]
    /// Placeholder the delivery stage replaces with each subscriber's own unsubscribe link.
    public var unsubscribeURL: String
    /// Absolute base for relative links in recaps (e.g. `https://example.org/`); nil leaves them as written.
    public var siteURL: String?
    /// Who sends it, for the footer of every edition.
    public var sender: SenderDetails
    /// The web archive's base URL (`delivery.archive_url`): each edition links to its copy there.
    public var archiveURL: String?

    public init(id: String, events: [EventSection], introMarkdown: [Language: String] = [:], bilingualOrder: [Language] = [.fr, .en],
                unsubscribeURL: String = "{{unsubscribe_url}}", siteURL: String? = nil, sender: SenderDetails = SenderDetails(),
                archiveURL: String? = nil) {
        self.sender = sender
        self.archiveURL = archiveURL
        self.id = id
        self.events = events
        self.introMarkdown = introMarkdown
        self.bilingualOrder = bilingualOrder
        self.unsubscribeURL = unsubscribeURL
        self.siteURL = siteURL
    }
}
