/// A sentence in the edition's language made only of the talk's facts, for a talk the recap in that
/// language does not describe: nothing in it claims to translate the other recap's prose.
public struct BuiltSentence: Sendable {
    public var speakers: [Speaker]
    public var kind: TalkKind
    public var cities: [String]
    /// The title to quote, in this language when the posts gave one.
    public var title: String?

    public init(speakers: [Speaker], kind: TalkKind, cities: [String], title: String?) {
        self.speakers = speakers
        self.kind = kind
        self.cities = cities
        self.title = title
    }

    public func text(in language: Language) -> String {
        let table = PhraseTable.of(language)
        let people = PhraseTable.join(speakers.map { speaker in
            speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
        }, and: table.and)
        var sentence = people + " " + table.kindPhrase(kind, speakers.count > 1)
        var seen = Set<String>()
        let places = cities.map { table.cityNames[$0] ?? $0 }.filter { seen.insert($0).inserted }
        if !places.isEmpty { sentence += " " + table.inCities(places) }
        if let title, !title.isEmpty { sentence += table.colon + " " + table.quoted(title) }
        return sentence + "."
    }
}
