/// One talk given at the event a recap describes: the unit every later stage works on.
public struct Talk: Sendable, Equatable, Codable {
    /// Stable across runs for the same input (`<recap key>/<first speaker>`), so overrides files can name it.
    public var id: String
    public var speakers: [Speaker]
    /// As written, without its quote marks; nil when the recap names no title.
    public var title: String?
    /// The translation the post gives in parentheses after the title, if any.
    public var titleTranslation: String?
    public var kind: TalkKind
    /// Every city it was given in, in the order the recap mentions them.
    public var cities: [String]
    public var links: [TalkLink]
    /// The sentences that describe it, in order: the summary stage's only source.
    public var evidence: SentenceList

    public init(
        id: String, speakers: [Speaker], title: String? = nil, titleTranslation: String? = nil,
        kind: TalkKind = .talk, cities: [String] = [], links: [TalkLink] = [], evidence: SentenceList = []
    ) {
        self.id = id
        self.speakers = speakers
        self.title = title
        self.titleTranslation = titleTranslation
        self.kind = kind
        self.cities = cities
        self.links = links
        self.evidence = evidence
    }
}
