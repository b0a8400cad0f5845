/// Talks some Hugo and Jekyll sites keep in the front matter, the body left empty or for prose:
/// `talks: [{title: …, speakers: [Jane Roe, {name: Li Wei, company: Acme}], slides: …}]`.
enum FrontMatterTalks {
    static let listKeys = ["talks", "sessions", "presentations", "programme", "program", "schedule", "agenda", "conferences", "lightning_talks"]
    private static let speakerKeys = ["speakers", "speaker", "authors", "author", "presenters", "presenter", "by", "intervenants",
                                      "intervenant", "conferenciers", "conférenciers", "orateurs", "people"]
    private static let titleKeys = ["title", "titre", "name", "nom", "topic", "sujet"]
    private static let affiliationKeys = ["affiliation", "company", "organization", "organisation", "org", "employer",
                                          "entreprise", "société", "societe", "employeur"]
    private static let linkKeys: [(key: String, kind: TalkLink.Kind)] = [
        ("slides", .slides), ("slide", .slides), ("deck", .slides), ("video", .video), ("videos", .video), ("recording", .video),
        ("code", .code), ("repo", .code), ("repository", .code), ("url", .other), ("link", .other), ("links", .other),
    ]

    struct Entry {
        var title: String?
        var people: [PersonMention]
        var links: [TalkLink]
        var description: String?
    }

    static func entries(in frontMatter: FrontMatter) -> [Entry] {
        for key in listKeys {
            guard let node = frontMatter.nested(key) else { continue }
            let entries = node.items.compactMap(entry)
            if !entries.isEmpty { return entries }
        }
        return []
    }

    private static func entry(_ node: FrontMatterNode) -> Entry? {
        guard case .map = node else { return nil }
        // "status: cancelled", « statut : annulé »: a talk on the programme that was not given.
        if let status = ["status", "statut", "state"].lazy.compactMap({ node[$0]?.text }).first?.lowercased(),
           ["cancelled", "canceled", "postponed", "annulé", "annulée", "reporté", "reportée"].contains(status) { return nil }
        let people = speakerKeys.lazy.compactMap { node[$0] }.first.map(people) ?? []
        guard !people.isEmpty else { return nil }
        let title = titleKeys.lazy.compactMap { node[$0]?.text }.first
        var links: [TalkLink] = []
        for (key, kind) in linkKeys {
            for item in node[key]?.items ?? [] {
                if let url = item.text ?? item["url"]?.text, url.hasPrefix("http") {
                    links.append(TalkLink(url: url, text: key, kind: kind == .other ? TalkLink.kind(of: url) : kind))
                }
            }
        }
        let description = ["extract", "description", "abstract", "summary", "résumé", "resume"].lazy.compactMap { node[$0]?.text }.first
        return Entry(title: title, people: people, links: links, description: description)
    }

    private static func people(_ node: FrontMatterNode) -> [PersonMention] {
        node.items.compactMap { item in
            if let name = item.text { return PersonMention(name: name) }
            guard let name = (["name", "nom", "fullname", "full_name"].lazy.compactMap { item[$0]?.text }.first) else { return nil }
            var person = PersonMention(name: name)
            person.affiliation = affiliationKeys.lazy.compactMap { item[$0]?.text }.first
            return person
        }
    }
}
