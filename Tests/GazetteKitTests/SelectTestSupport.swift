@testable import GazetteKit

/// A talk for selection tests: only speakers, title and links matter to selection.
struct SelectTalk {
    var speakers: [String]
    var title: String?
    var links: [String] = []

    init(_ speakers: String..., title: String? = nil, links: [String] = []) {
        self.speakers = speakers
        self.title = title
        self.links = links
    }

    init(speakers: [String], title: String? = nil, links: [String] = []) {
        self.speakers = speakers
        self.title = title
        self.links = links
    }
}

/// An extracted recap built directly, the way ingest and extraction would hand it over.
func selectRecap(
    _ key: String, _ language: Language, date: String?, title: String? = nil, talks: [SelectTalk],
    images: [String] = [], body: String? = nil
) -> ExtractedRecap {
    let day = date.flatMap { CalendarDay(isoPrefix: $0) }
    let built = talks.map { spec in
        Talk(
            id: "\(key)/\(Slug.make(spec.speakers.first ?? "talk"))", speakers: spec.speakers.map { Speaker(name: $0) },
            title: spec.title, links: spec.links.map { TalkLink(url: $0, text: "slides", kind: .slides) })
    }
    let text = body ?? "\(key): " + talks.map { $0.speakers.joined(separator: ", ") }.joined(separator: "; ")
    let recap = Recap(
        source: "recaps/\(key).html", key: key, title: title ?? key, language: language, languageSource: .frontMatter,
        date: day.map { RecapDate(day: $0, source: .date) }, frontMatter: FrontMatter(),
        blocks: [TextBlock(kind: .paragraph, text: text)], imageSources: images)
    return ExtractedRecap(recap: recap, talks: built)
}

func selectDay(_ text: String) -> CalendarDay { CalendarDay(isoPrefix: text)! }

extension Selection {
    func selectDecision(_ key: String) -> RecapDecision? { decisions.first { $0.key == key } }
}
