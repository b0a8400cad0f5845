import Foundation
import Testing
@testable import GazetteKit

/// Every event leads to its recap: in the reader's language in each edition (both in the bilingual one),
/// in the text part too, and in each social post in its language. Talk links are labelled for what they are.
@Suite struct RenderRecapLinkTests {
    static let parisFR = "https://meetups.example.org/fr/nouvelles/juin-paris/"
    static let parisEN = "https://meetups.example.org/news/june-paris/"
    static let lyonFR = "https://meetups.example.org/fr/nouvelles/soiree-lyon/"

    static func issue() -> IssueContent {
        var issue = RenderFixtures.issue()
        issue.events[0].recapURLs = [.fr: parisFR, .en: parisEN]
        issue.events[1].recapURLs = [.fr: lyonFR] // written in French only
        var affiliated = issue.events[0].talks[0]
        affiliated.affiliationLinks = ["Acme": "https://acme.example.com/"]
        issue.events[0].talks[0] = affiliated
        return issue
    }

    func content(_ artifacts: [Artifact], _ path: String) throws -> String {
        try #require(artifacts.first { $0.path == path }?.content, "\(path) rendered")
    }

    @Test func eachEditionLinksEachEventToItsRecapInTheReadersLanguage() throws {
        let artifacts = try IssueRenderer().render(Self.issue())
        let fr = try content(artifacts, "email/fr.html"), en = try content(artifacts, "email/en.html")
        let bilingual = try content(artifacts, "email/bilingual.html")
        #expect(fr.contains("href=\"\(Self.parisFR)\""))
        #expect(!fr.contains(Self.parisEN))
        #expect(fr.components(separatedBy: "Lire le compte rendu complet →").count - 1 == 2)
        #expect(en.contains("href=\"\(Self.parisEN)\""))
        #expect(!en.contains(Self.parisFR))
        // Lyon has only a French recap: the English edition says so and marks its language.
        #expect(en.contains("href=\"\(Self.lyonFR)\" hreflang=\"fr\""))
        #expect(en.contains("Read the full recap (in French)"))
        for url in [Self.parisFR, Self.parisEN, Self.lyonFR] { #expect(bilingual.contains("href=\"\(url)\"")) }
        #expect(HTMLValidation.problems(in: en).isEmpty)

        let text = try content(artifacts, "email/en.txt")
        #expect(text.contains("Read the full recap: \(Self.parisEN)"))
        #expect(text.contains("Read the full recap (in French): \(Self.lyonFR)"))
        // French puts a space before the colon.
        #expect(try content(artifacts, "email/fr.txt").contains("Lire le compte rendu complet : \(Self.parisFR)"))
    }

    @Test func affiliationIsLinkedToItsSiteAndNoLinkIsABareLink() throws {
        let artifacts = try IssueRenderer().render(Self.issue())
        let en = try content(artifacts, "email/en.html")
        #expect(en.contains("Alice Martin (<a class=\"g-link\" href=\"https://acme.example.com/\""))
        #expect(!en.contains(">Link<"))
        #expect(!(try content(artifacts, "email/fr.html")).contains(">Lien<"))
    }

    @Test func socialPostsLinkToTheRecapInTheirLanguage() throws {
        let artifacts = try IssueRenderer().render(Self.issue())
        let posts = artifacts.filter { $0.kind == .social }
        let parisTalk = RenderFixtures.ebpfTalk.id
        for platform in Platform.allCases {
            let en = try #require(posts.first { $0.platform == platform && $0.language == "en" && $0.talkID == parisTalk })
            let fr = try #require(posts.first { $0.platform == platform && $0.language == "fr" && $0.talkID == parisTalk })
            #expect(en.content.contains(Self.parisEN), "\(platform) en")
            #expect(fr.content.contains(Self.parisFR), "\(platform) fr")
            #expect(en.count <= en.limit!)
            let roundup = try #require(posts.first { $0.platform == platform && $0.language == "en" && $0.path.hasSuffix("roundup.txt") })
            #expect(roundup.content.contains(Self.parisEN), "\(platform) roundup")
            #expect(roundup.count <= roundup.limit!)
        }
        // X counts any URL as 23 characters: the long recap URL costs no more than a short one.
        let x = try #require(posts.first { $0.platform == .x && $0.language == "en" && $0.talkID == parisTalk })
        #expect(PlatformCounter.count(x.content, for: .x) == PlatformCounter.count(x.content.replacingOccurrences(of: Self.parisEN, with: "https://t.co/abcdefghij"), for: .x))
    }
}
