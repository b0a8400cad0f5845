import Foundation
import Testing
@testable import GazetteKit

/// Recap identity, language and pairing from real site layouts, written in temporary folders: Hugo page
/// bundles in per-language content folders, Hugo translation by file name, Jekyll `_posts/`, flat folders.
@Suite struct IngestSiteLayoutTests {
    /// A post with one talk, in the project's own words.
    static func post(_ language: Language, speaker: String, title: String, date: String?, extra: String = "") -> String {
        let front = "---\ntitle: \"\(title)\"\n" + (date.map { "date: \($0)\n" } ?? "") + extra + "---\n"
        switch language {
        case .en:
            return front + "<p>Last night \(speaker) from Northwind presented “\(title)”, a tour of the tools the team uses every day.</p>\n"
        case .fr:
            return front + "<p>Hier soir, \(speaker), de chez Northwind, a présenté « \(title) », un tour des outils que l’équipe utilise tous les jours.</p>\n"
        }
    }

    static func scan(_ folder: TemporaryFolder) -> TalkScan { TalkScan.run(sources: [folder.path]) }

    @Test func hugoBundlesInPerLanguageContentFolders() throws {
        let folder = TemporaryFolder()
        let names = ["spring-meetup", "summer-meetup", "autumn-meetup"]
        for (index, name) in names.enumerated() {
            let day = "2024-0\(index + 4)-1\(index)"
            folder.write("content/english/community-news/\(name)/index.md",
                         Self.post(.en, speaker: "Alice Tremblay\(index)", title: "Observability \(index)", date: day))
            folder.write("content/english/community-news/\(name)/cover.png", "png")
            // The French posts carry their own slug and words: only the bundle folder ties them to the English.
            folder.write("content/french/community-news/\(name)/index.md",
                         Self.post(.fr, speaker: "Bruno Gagnon\(index)", title: "Observabilité \(index)", date: day,
                                   extra: "slug: /rencontre-\(index)\n"))
        }
        folder.write("content/english/community-news/_index.md", "---\ntitle: Community news\n---\nAll our news.\n")
        let scan = Self.scan(folder)
        #expect(scan.failures.isEmpty)
        let posts = scan.recaps.filter { $0.recap.site.status == .published }
        #expect(posts.count == 6)
        let english = posts.filter { $0.recap.language == .en }.map(\.recap)
        let french = posts.filter { $0.recap.language == .fr }.map(\.recap)
        #expect(english.map(\.key) == ["autumn-meetup", "spring-meetup", "summer-meetup"])
        #expect(french.map(\.key) == ["rencontre-2", "rencontre-0", "rencontre-1"])
        #expect(english.allSatisfy { $0.languageSource == .path && $0.site.section == "community-news" })
        #expect(french.allSatisfy { $0.languageSource == .path && $0.site.section == "community-news" })

        let selection = RecapSelector().select(scan.recaps, request: SelectionRequest(asOf: selectDay("2024-12-31"), period: .window(days: 365)))
        #expect(!selection.warnings.contains { $0.message.contains("same post") })
        #expect(selection.events.count == 3)
        for event in selection.events {
            let en = try #require(event.recaps[.en]?.recap.source), fr = try #require(event.recaps[.fr]?.recap.source)
            #expect((en as NSString).deletingLastPathComponent.split(separator: "/").last
                    == (fr as NSString).deletingLastPathComponent.split(separator: "/").last)
        }
        let list = try #require(selection.decisions.first { $0.source.hasSuffix("_index.md") })
        #expect(list.reason == .listPage)
        #expect(!list.selected)
    }

    @Test func hugoTranslationByFileNameAndTranslationKey() throws {
        let folder = TemporaryFolder()
        folder.write("content/posts/winter-meetup/index.md", Self.post(.en, speaker: "Carla Roy", title: "Service meshes", date: "2024-02-08"))
        folder.write("content/posts/winter-meetup/index.fr.md", Self.post(.fr, speaker: "Denis Roy", title: "Maillages de services", date: "2024-02-09"))
        folder.write("content/posts/kafka-night.md", Self.post(.en, speaker: "Eve Lavoie", title: "Kafka at scale", date: "2024-02-15"))
        folder.write("content/posts/kafka-night.fr.md", Self.post(.fr, speaker: "Félix Côté", title: "Kafka à grande échelle", date: "2024-02-15"))
        // Two posts whose names share nothing, tied by Hugo's translationKey.
        folder.write("content/posts/gitops-evening.md", Self.post(.en, speaker: "Gina Paré", title: "GitOps", date: "2024-02-20",
                                                                  extra: "translationKey: gitops-2024\n"))
        folder.write("content/posts/soiree-gitops.fr.md", Self.post(.fr, speaker: "Hugo Paré", title: "GitOps au quotidien", date: "2024-02-21",
                                                                    extra: "translationKey: gitops-2024\n"))
        let scan = Self.scan(folder)
        let keys = Dictionary(uniqueKeysWithValues: scan.recaps.map { (($0.recap.source as NSString).lastPathComponent + "@" + $0.recap.language.rawValue, $0.recap.key) })
        #expect(keys["index.md@en"] == "winter-meetup")
        #expect(keys["index.fr.md@fr"] == "winter-meetup")
        #expect(keys["kafka-night.fr.md@fr"] == "kafka-night")
        #expect(keys["soiree-gitops.fr.md@fr"] == "soiree-gitops")

        let selection = RecapSelector().select(scan.recaps, request: SelectionRequest(asOf: selectDay("2024-02-29"), period: .month(year: 2024, month: 2)))
        #expect(selection.events.count == 3)
        #expect(selection.events.allSatisfy { $0.recaps.count == 2 })
        let pairs = Set(selection.events.map { event in
            [Language.en, .fr].map { (event.recaps[$0]!.recap.source as NSString).lastPathComponent }.joined(separator: "+")
        })
        #expect(pairs == ["index.md+index.fr.md", "kafka-night.md+kafka-night.fr.md", "gitops-evening.md+soiree-gitops.fr.md"])
    }

    @Test func jekyllPostsTakeSlugAndDateFromTheFileName() throws {
        let folder = TemporaryFolder()
        folder.write("_posts/2019-05-17-retour-devoxx.md", Self.post(.fr, speaker: "Inès Morin", title: "Tests de contrat", date: nil))
        folder.write("_posts/2019-05-20-devoxx-recap.md", Self.post(.en, speaker: "Jack Morin", title: "Contract tests", date: "2019-05-21"))
        folder.write("_drafts/2019-05-30-brouillon.md", Self.post(.fr, speaker: "Karim Morin", title: "Brouillon", date: "2019-05-30"))
        let scan = Self.scan(folder)
        let retour = try #require(scan.recaps.first { $0.recap.source.hasSuffix("retour-devoxx.md") }?.recap)
        #expect(retour.key == "retour-devoxx")
        #expect(retour.date == RecapDate(day: selectDay("2019-05-17"), source: .fileName))
        let recap = try #require(scan.recaps.first { $0.recap.source.hasSuffix("devoxx-recap.md") }?.recap)
        #expect(recap.key == "devoxx-recap")
        #expect(recap.date?.day == selectDay("2019-05-21")) // front matter first
        let draft = try #require(scan.recaps.first { $0.recap.source.contains("_drafts") }?.recap)
        #expect(draft.site.status == .draft)
    }

    @Test func flatFolderOfSameNamedPostsInTwoFoldersAreTwoPosts() {
        // Two communities' archives side by side, each with its own `bilan.md`: not the same post.
        let folder = TemporaryFolder()
        folder.write("lyon/bilan.md", Self.post(.fr, speaker: "Léa Fortin", title: "Bilan de Lyon", date: "2023-03-02"))
        folder.write("nantes/bilan.md", Self.post(.fr, speaker: "Marc Fortin", title: "Bilan de Nantes", date: "2023-03-09"))
        let scan = Self.scan(folder)
        #expect(scan.recaps.map(\.recap.key) == ["bilan", "bilan"])
        let selection = RecapSelector().select(scan.recaps, request: SelectionRequest(asOf: selectDay("2023-03-31"), period: .month(year: 2023, month: 3)))
        #expect(selection.events.count == 2)
        #expect(selection.warnings.isEmpty)
        #expect(selection.decisions.allSatisfy { $0.selected && $0.reason == .inPeriod })
    }

    @Test(arguments: [
        "---\ntitle: A\ndate: 2024-06-05\ndraft: true\n---\nText.\n",
        "+++\ntitle = \"A\"\ndate = 2024-06-05\ndraft = true\n+++\nText.\n",
        "{\"title\": \"A\", \"date\": \"2024-06-05\", \"draft\": true}\nText.\n",
        "---\ntitle: A\ndate: 2024-06-05\npublished: false\n---\nText.\n",
    ])
    func draftInAnyFrontMatterSyntax(text: String) throws {
        let recap = try #require(RecapReader().read(bytes: Array(text.utf8), source: "content/posts/a.md").recaps.first)
        #expect(recap.site.status == .draft)
    }

    @Test func draftsFuturePostsAndListPagesAreNeverFeatured() throws {
        let folder = TemporaryFolder()
        folder.write("content/english/news/published/index.md", Self.post(.en, speaker: "Nora Dubé", title: "Edge computing", date: "2024-06-05"))
        folder.write("content/english/news/unfinished/index.md", Self.post(.en, speaker: "Omar Dubé", title: "Unfinished", date: "2024-06-06",
                                                                         extra: "draft: true\n"))
        // The draft's French twin is published: it must not bring its draft along, nor be brought by it.
        folder.write("content/french/news/unfinished/index.md", Self.post(.fr, speaker: "Paul Dubé", title: "Inachevé", date: "2024-06-06"))
        folder.write("content/english/news/scheduled/index.md", Self.post(.en, speaker: "Rita Dubé", title: "Next week", date: "2024-06-28"))
        folder.write("content/english/news/_index.md", "---\ntitle: News\ndate: 2024-06-01\n---\n<p>Sam Dubé from Northwind presented “Index”.</p>\n")
        let scan = Self.scan(folder)
        let request = SelectionRequest(asOf: selectDay("2024-06-20"), period: .month(year: 2024, month: 6), includeUndated: true)
        let selection = RecapSelector().select(scan.recaps, request: request)
        func decision(_ suffix: String) throws -> RecapDecision { try #require(selection.decisions.first { $0.source.hasSuffix(suffix) }) }
        #expect(try decision("english/news/unfinished/index.md").reason == .draft)
        #expect(try decision("english/news/unfinished/index.md").selected == false)
        #expect(try decision("english/news/scheduled/index.md").reason == .future)
        #expect(try decision("news/_index.md").reason == .listPage)
        #expect(try decision("french/news/unfinished/index.md").selected)
        #expect(try decision("french/news/unfinished/index.md").twin == nil)
        let featured = Set(selection.events.flatMap { $0.recaps.values.map(\.recap.source) })
        #expect(featured.count == 2)
        #expect(!featured.contains { $0.contains("english/news/unfinished") || $0.contains("scheduled") || $0.hasSuffix("_index.md") })
    }
}
