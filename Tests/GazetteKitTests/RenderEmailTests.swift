import Foundation
import Testing
@testable import GazetteKit

@Suite struct RenderEmailTests {
    static func email(_ path: String, _ issue: IssueContent = RenderFixtures.issue()) throws -> Artifact {
        try #require(try RenderFixtures.artifacts(issue).first { $0.path == path })
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: $0.numberOfRanges > 1 ? 1 : 0), in: text)!])
        }
    }

    @Test func everyEditionHasHTMLAndTextUnderTheSizeLimit() throws {
        let emails = try RenderFixtures.artifacts().filter { $0.kind != .social }
        #expect(Set(emails.map(\.path)) == ["email/fr.html", "email/fr.txt", "email/en.html", "email/en.txt",
                                             "email/bilingual.html", "email/bilingual.txt"])
        for email in emails {
            #expect(email.count == email.content.utf8.count)
            #expect(email.count < 100_000, "\(email.path)")
            #expect(email.limit == 100_000)
            #expect(!email.warnings.contains { $0.contains("clip") })
        }
    }

    @Test func validatorSeesBrokenHTML() {
        #expect(!HTMLValidation.problems(in: "<html><body><p><b>x</p></i><foo>").isEmpty)
    }

    @Test(arguments: Edition.allCases)
    func htmlParsesWithoutErrors(_ edition: Edition) throws {
        for issue in [RenderFixtures.issue(), RenderFixtures.issue(bilingualOrder: [.en, .fr], siteURL: nil, intro: [:])] {
            let html = try Self.email("email/\(edition.rawValue).html", issue).content
            #expect(HTMLValidation.problems(in: html) == [], "\(edition)")
        }
    }

    @Test func pageIsBuiltTheWayEmailClientsNeed() throws {
        let html = try Self.email("email/fr.html").content
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<meta name=\"color-scheme\" content=\"light dark\">"))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("max-width:600px"))
        #expect(html.contains("role=\"presentation\""))
        // Hidden preheader first in the body, with the issue's counts.
        let preheader = try #require(Self.matches("<div style=\"display:none;[^\"]*\">([^<&]*)", in: html).first)
        #expect(preheader.contains("5 présentations") && preheader.contains("2 meetups"))
        // Every element that shows text carries its own style (clients strip <style>).
        let withoutComments = html.replacingOccurrences(of: "(?s)<!--.*?-->", with: "", options: .regularExpression)
        for tag in ["p", "h1", "h2", "h3", "a", "td"] {
            let opened = Self.matches("<\(tag)[ >][^>]*>", in: withoutComments)
            #expect(!opened.isEmpty)
            #expect(opened.allSatisfy { $0.contains("style=\"") }, "<\(tag)> without inline style")
        }
        #expect(!html.contains("<img") || Self.matches("<img[^>]*>", in: html).allSatisfy { $0.contains("alt=") })
    }

    @Test func linksAreAbsoluteAndUnsubscribeIsVisible() throws {
        let html = try Self.email("email/en.html").content
        let hrefs = Self.matches("href=\"([^\"]*)\"", in: html)
        #expect(hrefs.contains("https://meetups.example.org/slides/ebpf.pdf"), "relative slides link resolved against siteURL")
        #expect(hrefs.contains("https://video.example.com/watch?v=abc&amp;t=1"))
        #expect(hrefs.contains("https://meetups.example.org/schedule"))
        #expect(hrefs.allSatisfy { $0.hasPrefix("https://") || $0 == "{{unsubscribe_url}}" }, "\(hrefs)")
        #expect(!html.contains("javascript:"))
        #expect(html.contains(">Unsubscribe</a>"))
        #expect(hrefs.filter { $0 == "{{unsubscribe_url}}" }.count == 1)
        let bilingual = try Self.email("email/bilingual.html").content
        #expect(bilingual.contains(">Se désabonner</a>") && bilingual.contains(">Unsubscribe</a>"))
    }

    @Test func relativeLinksWithoutASiteAreLeftOutWithAWarning() throws {
        let html = try Self.email("email/fr.html", RenderFixtures.issue(siteURL: nil))
        #expect(!html.content.contains("ebpf.pdf"))
        #expect(html.warnings.contains { $0.contains("/slides/ebpf.pdf") })
    }

    @Test func foreignLanguageBlocksAreMarked() throws {
        let french = try Self.email("email/fr.html").content
        // The Kafka talk exists only in English: its English title and summary carry lang="en".
        #expect(french.contains("lang=\"en\">Kafka in production at a bank</h3>"))
        #expect(french.contains("<span lang=\"en\">They moved forty services"))
        #expect(french.contains("<span>Bob Durand et Chloé Lefèvre-Dupont ont fait"))
        #expect(french.contains("résumé en anglais"))
        // A French title's English translation under it is marked too, and flagged as machine translated text.
        #expect(french.contains("lang=\"en\">Observability with eBPF and Cilium</p>"))
        let english = try Self.email("email/en.html").content
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("(machine translation)"))
    }

    @Test func bilingualEditionFollowsTheConfiguredOrder() throws {
        let frFirst = try Self.email("email/bilingual.html").content
        #expect(frFirst.contains("<html lang=\"fr\">"))
        let sectionLangs = Self.matches("<td class=\"g-pad\" lang=\"(..)\"", in: frFirst)
        #expect(sectionLangs == ["fr", "en"])
        let enFirst = try Self.email("email/bilingual.html", RenderFixtures.issue(bilingualOrder: [.en, .fr])).content
        #expect(enFirst.contains("<html lang=\"en\">"))
        #expect(Self.matches("<td class=\"g-pad\" lang=\"(..)\"", in: enFirst) == ["en", "fr"])
        let text = try Self.email("email/bilingual.txt", RenderFixtures.issue(bilingualOrder: [.en, .fr])).content
        let english = try #require(text.range(of: "The Meetup Gazette — June 2019"))
        let french = try #require(text.range(of: "La Gazette des meetups — juin 2019\n"))
        #expect(english.lowerBound < french.lowerBound)
    }

    @Test func introIsRenderedFromMarkdownAndStaysInert() throws {
        let html = try Self.email("email/fr.html").content
        #expect(html.contains("<strong>merci</strong>"))
        #expect(html.contains("href=\"https://meetups.example.org/programme\""))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert("))
        let text = try Self.email("email/fr.txt").content
        #expect(text.contains("Bienvenue ! Voir [le programme](https://meetups.example.org/programme)"))
    }

    @Test func oversizedEditionWarns() throws {
        var issue = RenderFixtures.issue()
        let talks = (0..<160).map { index -> ComposedTalk in
            var talk = RenderFixtures.longTalk
            talk.id = "2019-06-big/talk-\(index)"
            return talk
        }
        issue.events = [.init(cities: ["Paris"], date: nil, recapTitles: [:], talks: talks)]
        let html = try #require(try IssueRenderer().renderEmails(issue).first { $0.path == "email/bilingual.html" })
        #expect(html.count > 100_000)
        #expect(html.warnings.contains { $0.contains("Gmail will clip it") })
    }

    @Test func textPartIsWrittenForReading() throws {
        let text = try Self.email("email/fr.txt").content
        #expect(!text.contains("<p") && !text.contains("<td") && !text.contains("&amp;"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Headings are underlined exactly as wide as they read.
        for (index, line) in lines.enumerated() where index > 0 && !line.isEmpty && line.allSatisfy({ $0 == "=" || $0 == "-" }) && line.count > 2 {
            #expect(lines[index - 1].count == line.count, "underline under \(lines[index - 1])")
        }
        #expect(lines.contains("Paris · 12 juin 2019"))
        #expect(lines.contains("Lyon et Montréal · 20 juin 2019"))
        #expect(lines.allSatisfy { $0.count <= 72 || $0.contains("http") }, "wrapped at 72")
        // Links are numbered in the talk and listed at the end.
        #expect(text.contains("Diapos [1] · Vidéo [2]"))
        let references = try #require(text.range(of: "\nLiens\n-----\n"))
        #expect(text[references.upperBound...].contains("[1] https://meetups.example.org/slides/ebpf.pdf\n[2] https://video.example.com/watch?v=abc&t=1\n"))
        #expect(text.contains("Se désabonner <{{unsubscribe_url}}>"))
        #expect(text.contains("  [résumé en anglais]"))
    }
}
