/// What a talk says in one edition's language.
public struct TalkTexts: Sendable, Equatable, Codable {
    /// The title in this language when the post gave one (or a translation), else the title as written.
    public var title: LocalizedText?
    /// In order: one or two sentences; when the talk exists only in the other language, a sentence built
    /// in this language followed by the other language's summary (marked with its own language).
    public var summary: [LocalizedText]
    /// "résumé en anglais" / "summary in French", when the summary is not in this language.
    public var note: String?

    public init(title: LocalizedText?, summary: [LocalizedText], note: String? = nil) {
        self.title = title
        self.summary = summary
        self.note = note
    }
}

/// A talk ready to render: facts plus its texts in each language.
public struct ComposedTalk: Sendable, Codable {
    public var id: String
    public var speakers: [Speaker]
    public var kind: TalkKind
    public var cities: [String]
    public var links: [TalkLink]
    public var texts: [Language: TalkTexts]
    /// Languages in which no person wrote this talk's summary (neither the recap nor an override):
    /// the dry run lists them, ready to paste into the overrides file.
    public var missingHumanText: [Language]
    /// A speaker's employer's site, keyed by the affiliation as the speakers carry it: the affiliation's
    /// link, never one of the talk's.
    public var affiliationLinks: [String: String]

    public init(id: String, speakers: [Speaker], kind: TalkKind, cities: [String], links: [TalkLink],
                texts: [Language: TalkTexts], missingHumanText: [Language], affiliationLinks: [String: String] = [:]) {
        self.affiliationLinks = affiliationLinks
        self.id = id
        self.speakers = speakers
        self.kind = kind
        self.cities = cities
        self.links = links
        self.texts = texts
        self.missingHumanText = missingHumanText
    }
}
