import Foundation
import Testing
@testable import GazetteKit

/// Each recap's public URL: its own (front matter url/permalink, feed link), else site_url + the pattern of
/// its language, Hugo's defaults when none is set; and the config's `permalinks:` checked.
@Suite struct ComposePermalinkTests {
    func recap(_ key: String, _ language: Language, date: String? = "2024-05-09", section: String? = "community-news",
               url: String? = nil) -> Recap {
        Recap(source: "x/\(key).md", key: key, title: key, language: language, languageSource: .path,
              date: date.map { RecapDate(day: CalendarDay(isoPrefix: $0)!, source: .date) }, frontMatter: FrontMatter(), blocks: [],
              site: RecapSite(url: url, section: section))
    }

    @Test func patternsPerLanguageWithEveryPlaceholder() {
        let links = RecapPermalinks(siteURL: "https://example.org/", patterns: [
            .en: "/{section}/{year}/{month}/{day}/{slug}/", .fr: "/fr/{year}/{slug}.html",
        ])
        #expect(links.url(for: recap("spring", .en)) == "https://example.org/community-news/2024/05/09/spring/")
        #expect(links.url(for: recap("printemps", .fr)) == "https://example.org/fr/2024/printemps.html")
        // A pattern that needs a date gives no URL for an undated post, rather than a wrong one.
        #expect(links.url(for: recap("spring", .en, date: nil)) == nil)
    }

    @Test func hugoDefaultsWhenNoPatternIsSet() {
        let links = RecapPermalinks(siteURL: "https://example.org")
        #expect(links.url(for: recap("spring", .en)) == "https://example.org/community-news/spring/")
        #expect(links.url(for: recap("printemps", .fr)) == "https://example.org/fr/community-news/printemps/")
        #expect(links.url(for: recap("top", .en, section: nil)) == "https://example.org/top/")
        // A site under a folder keeps it.
        #expect(RecapPermalinks(siteURL: "https://example.org/blog/").url(for: recap("spring", .en))
                == "https://example.org/blog/community-news/spring/")
    }

    @Test func thePostsOwnURLWins() {
        let links = RecapPermalinks(siteURL: "https://example.org", patterns: [.en: "/{slug}/"])
        #expect(links.url(for: recap("spring", .en, url: "/news/2024/spring-meetup/")) == "https://example.org/news/2024/spring-meetup/")
        #expect(links.url(for: recap("spring", .en, url: "https://elsewhere.example.com/p/1")) == "https://elsewhere.example.com/p/1")
        // Without a site, only an absolute address of its own gives a link.
        #expect(RecapPermalinks().url(for: recap("spring", .en)) == nil)
        #expect(RecapPermalinks().url(for: recap("spring", .en, url: "/relative/")) == nil)
        #expect(RecapPermalinks().url(for: recap("spring", .en, url: "https://example.org/a/")) == "https://example.org/a/")
    }

    @Test func frontMatterURLAndPermalinkButNotAliases() throws {
        let reader = RecapReader()
        let hugo = try #require(reader.read(bytes: Array("---\ntitle: A\ndate: 2024-01-02\nurl: /news/a-night/\naliases: [/old/a/]\n---\nText.\n".utf8),
                                            source: "content/posts/a.md").recaps.first)
        #expect(hugo.site.url == "/news/a-night/")
        #expect(hugo.key == "a-night")
        let jekyll = try #require(reader.read(bytes: Array("---\ntitle: B\npermalink: /blog/b-evening.html\n---\nText.\n".utf8),
                                              source: "_posts/2024-01-03-b.md").recaps.first)
        #expect(jekyll.site.url == "/blog/b-evening.html")
        #expect(jekyll.key == "b-evening")
        let aliased = try #require(reader.read(bytes: Array("---\ntitle: C\naliases: [/old/c/]\n---\nText.\n".utf8),
                                               source: "content/posts/c/index.md").recaps.first)
        #expect(aliased.site.url == nil)
        #expect(aliased.key == "c")
    }

    @Test func configPermalinksAreChecked() throws {
        let folder = TemporaryFolder()
        let good = folder.write("good.yaml", "site_url: https://example.org\npermalinks:\n  en: \"/news/{slug}/\"\n  fr: \"/fr/nouvelles/{slug}/\"\n")
        let config = try GazetteConfig.load(path: good)
        #expect(config.permalinks == [.en: "/news/{slug}/", .fr: "/fr/nouvelles/{slug}/"])
        #expect(config.siteURL == "https://example.org")

        let unknown = folder.write("unknown.yaml", "permalinks:\n  en: \"/news/{title}/\"\n")
        #expect {
            try GazetteConfig.load(path: unknown)
        } throws: { error in
            "\(error)".contains("unknown.yaml:2:") && "\(error)".contains("permalinks.en: unknown placeholder {title}")
        }
        let language = folder.write("language.yaml", "permalinks:\n  de: \"/de/{slug}/\"\n")
        #expect(throws: ConfigError.self) { try GazetteConfig.load(path: language) }

        // A feed URL among the sources is not made a path relative to the config.
        let feeds = folder.write("feeds.yaml", "sources:\n  - https://example.org/index.xml\n  - posts/\n")
        let sources = try GazetteConfig.load(path: feeds).sources
        #expect(sources == ["https://example.org/index.xml", folder.path + "/posts/"])
    }
}

/// The talk's own links apart from its speakers' employers' sites and home pages.
@Suite struct SummarizeTalkLinkTests {
    @Test func employerSiteIsTheAffiliationsLinkAndHomePagesAreNotTheTalks() {
        let links = [
            TalkLink(url: "https://www.northwind.example/", text: "Northwind", kind: .other),
            TalkLink(url: "https://slides.example.com/deck", text: "ici", kind: .slides),
            TalkLink(url: "https://project.example.org", text: "Project", kind: .other),
            TalkLink(url: "https://example.org/fr/", text: "le site", kind: .other),
            TalkLink(url: "https://example.org/talks/observability", text: "the talk", kind: .other),
            TalkLink(url: "https://github.com/northwind/", text: "Northwind", kind: .code),
        ]
        let sorted = TalkLinkSorter.sort(links, speakers: [Speaker(name: "Alice Tremblay", affiliation: "Northwind")])
        #expect(sorted.affiliationLinks == ["Northwind": "https://www.northwind.example/"])
        #expect(sorted.material.map(\.url) == ["https://slides.example.com/deck", "https://example.org/talks/observability"])
    }

    @Test func composedTalkCarriesThem() {
        let talk = Talk(id: "r/alice", speakers: [Speaker(name: "Alice Tremblay", affiliation: "Northwind")], title: "Tracing",
                        links: [TalkLink(url: "https://northwind.example", text: "Northwind", kind: .other),
                                TalkLink(url: "https://youtu.be/abc", text: "video", kind: .video)])
        let composed = TalkSummarizer().compose(EventTalk(id: talk.id, versions: [.en: talk]))
        #expect(composed.links.map(\.kind) == [.video])
        #expect(composed.affiliationLinks == ["Northwind": "https://northwind.example"])
    }
}
