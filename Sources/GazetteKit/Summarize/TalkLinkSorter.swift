import Foundation

/// Tells a talk's own material (slides, video, code, the talk's page) from the other links a recap puts near
/// it: a speaker's employer (`<a href="https://cloudops.com">CloudOps</a>`), a project's or a company's home
/// page. The employer's site becomes the affiliation's link; home pages are not the talk's and are left out.
enum TalkLinkSorter {
    struct Sorted: Equatable {
        var material: [TalkLink]
        /// Affiliation (as the speakers carry it) → its site.
        var affiliationLinks: [String: String]
    }

    static func sort(_ links: [TalkLink], speakers: [Speaker]) -> Sorted {
        var affiliations: [String: String] = [:] // normalized → as written
        var people: Set<String> = []
        for speaker in speakers {
            if let affiliation = speaker.affiliation { affiliations[Slug.make(affiliation)] = affiliation }
            people.insert(Slug.make(speaker.name))
        }
        var sorted = Sorted(material: [], affiliationLinks: [:])
        for link in links {
            let text = Slug.make(link.text)
            if let affiliation = affiliations[text], !text.isEmpty {
                if sorted.affiliationLinks[affiliation] == nil { sorted.affiliationLinks[affiliation] = link.url }
                continue
            }
            // Slides, videos and code are the talk's whatever their text; anything else counts when it is
            // a page of a site, not the site's front page or a person's own home page.
            if link.kind == .other, isHomePage(link.url) || people.contains(text) { continue }
            sorted.material.append(link)
        }
        return sorted
    }

    /// `https://example.com`, `https://example.com/`, `https://example.com/fr/`: a site's front page.
    static func isHomePage(_ url: String) -> Bool {
        guard let parsed = URL(string: url.trimmingWhitespace()), parsed.host != nil else { return false }
        guard parsed.query == nil || parsed.query!.isEmpty else { return false }
        let segments = parsed.path.split(separator: "/")
        if segments.isEmpty { return true }
        return segments.count == 1 && RecapLayout.folderLanguage(String(segments[0])) != nil
    }
}
