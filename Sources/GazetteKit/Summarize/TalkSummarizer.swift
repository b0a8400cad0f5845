/// Gives every talk a faithful summary in each language (see `ComposedTalk`).
public struct TalkSummarizer: Sendable {
    public var overrides: Overrides
    public var translator: (any Translator)?

    public init(overrides: Overrides = Overrides(), translator: (any Translator)? = nil) {
        self.overrides = overrides
        self.translator = translator
    }

    public func compose(_ talk: EventTalk) -> ComposedTalk {
        let any = talk.versions.values.first!
        return ComposedTalk(id: talk.id, speakers: any.speakers, kind: any.kind, cities: any.cities, links: any.links,
                            texts: [:], missingHumanText: Language.allCases)
    }
}
