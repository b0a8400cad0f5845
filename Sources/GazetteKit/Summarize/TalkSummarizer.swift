/// Gives every talk a faithful summary in each language (see `ComposedTalk`).
public struct TalkSummarizer: Sendable {
    public var overrides: Overrides
    public var translator: (any Translator)?

    public init(overrides: Overrides = Overrides(), translator: (any Translator)? = nil) {
        self.overrides = overrides
        self.translator = translator
    }

    public func compose(_ talk: EventTalk) -> ComposedTalk {
        let ordered = Language.allCases.compactMap { talk.versions[$0] }
        guard let primary = ordered.first else {
            return ComposedTalk(id: talk.id, speakers: [], kind: .talk, cities: [], links: [], texts: [:],
                                missingHumanText: Language.allCases)
        }
        // Twins disagree on kind ("talk" in one, "keynote" in the other): the more specific one was seen.
        let kind = ordered.map(\.kind).first { $0 != .talk } ?? .talk
        var seenLinks = Set<String>()
        let sortedLinks = TalkLinkSorter.sort(
            ordered.flatMap(\.links).filter { seenLinks.insert($0.url).inserted }, speakers: ordered.flatMap(\.speakers))
        let entry = overrides.entries[talk.id]
        let human = Dictionary(uniqueKeysWithValues: Language.allCases.compactMap { language in
            humanSummary(talk, entry: entry, language: language).map { (language, $0) }
        })

        var texts: [Language: TalkTexts] = [:]
        for language in Language.allCases {
            let title = self.title(talk, entry: entry, language: language)
            if let summary = human[language] {
                texts[language] = TalkTexts(title: title, summary: [summary])
                continue
            }
            let table = PhraseTable.of(language)
            let source = language.other
            if let other = human[source], let translated = translate(other.text, from: source, to: language) {
                texts[language] = TalkTexts(title: title,
                                            summary: [LocalizedText(text: translated, language: language, origin: .translated)],
                                            note: table.machineTranslatedFrom(source))
                continue
            }
            let built = BuiltSentence(speakers: primary.speakers, kind: kind, cities: primary.cities, title: title?.text)
            var summary = [LocalizedText(text: built.text(in: language), language: language, origin: .built)]
            var note: String?
            if let other = human[source] {
                summary.append(other)
                note = table.summaryIn(source)
            }
            texts[language] = TalkTexts(title: title, summary: summary, note: note)
        }
        return ComposedTalk(id: talk.id, speakers: primary.speakers, kind: kind, cities: primary.cities, links: sortedLinks.material,
                            texts: texts, missingHumanText: Language.allCases.filter { human[$0] == nil },
                            affiliationLinks: sortedLinks.affiliationLinks)
    }

    /// A person's words in `language`: the organizers' override, else the recap's own sentences.
    func humanSummary(_ talk: EventTalk, entry: Overrides.Entry?, language: Language) -> LocalizedText? {
        if let text = entry?.summary[language], !text.trimmingWhitespace().isEmpty {
            return LocalizedText(text: text.trimmingWhitespace(), language: language, origin: .override)
        }
        guard let version = talk.versions[language],
              let text = ExtractiveSummarizer().summarize(version, language: language) else { return nil }
        return LocalizedText(text: text, language: language, origin: .extracted)
    }

    /// The title in `language` when any post or override gives one; a title whose words say no language
    /// ("Kubeflow") reads the same in both; failing those, the other language's title labelled as such.
    func title(_ talk: EventTalk, entry: Overrides.Entry?, language: Language) -> LocalizedText? {
        if let text = entry?.title[language] { return LocalizedText(text: text, language: language, origin: .override) }
        var candidates: [(text: String, language: Language?)] = []
        let versions = [language, language.other].compactMap { talk.versions[$0] }
        for version in versions {
            for text in [version.title, version.titleTranslation].compactMap({ $0?.trimmingWhitespace() }) where !text.isEmpty {
                candidates.append((text, TitleLanguage.detect(text)))
            }
        }
        if let match = candidates.first(where: { $0.language == language }) ?? candidates.first(where: { $0.language == nil }) {
            return LocalizedText(text: match.text, language: language, origin: .extracted)
        }
        let foreign = entry?.title[language.other].map { LocalizedText(text: $0, language: language.other, origin: .override) }
            ?? candidates.first.map { LocalizedText(text: $0.text, language: language.other, origin: .extracted) }
        guard let foreign else { return nil }
        if let translated = translate(foreign.text, from: foreign.language, to: language) {
            return LocalizedText(text: translated, language: language, origin: .translated)
        }
        return foreign
    }

    /// A failed translation leaves the original, labelled with its own language: never worse than off.
    private func translate(_ text: String, from source: Language, to target: Language) -> String? {
        guard let translator, let result = try? translator.translate(text, from: source, to: target) else { return nil }
        let trimmed = result.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
