import Testing
@testable import GazetteKit

@Suite struct IngestFeedTests {
    let reader = RecapReader()

    @Test func rssItemsBecomeRecaps() throws {
        let path = try #require(IngestFixtures.path("meetups.rss.xml"))
        let result = reader.read(file: path)
        #expect(result.failure == nil)
        #expect(result.recaps.count == 3)
        let first = try #require(result.recaps.first)
        #expect(first.source == path + "#1")
        #expect(first.key == "soiree-conteneurs-securite")
        #expect(first.title == "Soirée conteneurs & sécurité")
        #expect(first.date == RecapDate(day: CalendarDay(year: 2022, month: 3, day: 10), source: .feed))
        #expect(first.language == .fr)
        #expect(first.languageSource == .frontMatter)
        #expect(first.frontMatter.string("url") == "https://example.org/fr/2022/03/soiree-conteneurs-securite/")
        #expect(first.warnings.isEmpty)

        let second = result.recaps[1]
        #expect(second.source == path + "#2")
        #expect(second.key == "spring-observability")
        #expect(second.language == .en)
        #expect(second.date?.day == CalendarDay(year: 2022, month: 4, day: 5))

        let third = result.recaps[2]
        #expect(third.key == "item-sans-date")
        #expect(third.date == nil)
        #expect(third.warningMessages.contains("item 3: unreadable date 'sometime soon'; ignored"))
        #expect(third.warnings.allSatisfy { $0.file == path && $0.line != nil })
    }

    @Test func rssBodiesGoThroughTheHTMLReader() throws {
        let path = try #require(IngestFixtures.path("meetups.rss.xml"))
        let first = try #require(reader.read(file: path).recaps.first)
        // content:encoded wins over the short description.
        #expect(first.blocks.map(\.text).first == "Nous étions une quarantaine pour deux présentations sur la sécurité des conteneurs.")
        #expect(first.blocks.contains { $0.kind == .heading(level: 2) && $0.text == "Première présentation" })
        #expect(first.blocks.flatMap(\.links).map(\.href) == ["https://example.org/slides/scan.pdf"])
        #expect(first.imageSources == ["/images/salle.jpg"])
    }

    @Test func atomEntriesBecomeRecaps() throws {
        let path = try #require(IngestFixtures.path("meetups.atom.xml"))
        let result = reader.read(file: path)
        #expect(result.failure == nil)
        #expect(result.recaps.count == 3)
        let june = result.recaps[0]
        #expect(june.key == "june-2023")
        #expect(june.title == "June 2023 recap")
        #expect(june.date == RecapDate(day: CalendarDay(year: 2023, month: 6, day: 1), source: .feed))
        #expect(june.language == .en)
        #expect(june.blocks.first?.text == "Thanks to everyone who came out for the talks this month.")

        let may = result.recaps[1]
        #expect(may.language == .fr)
        #expect(may.key == "bilan-mai")
        #expect(may.date?.day == CalendarDay(year: 2023, month: 5, day: 20))
        #expect(may.blocks.first?.links.first?.href == "https://example.com/video")

        let plain = result.recaps[2]
        #expect(plain.blocks.first?.text == "Short notes from the April meetup & its two talks.")
    }

    @Test func brokenFeedFailsWithALine() {
        let text = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<item><title>x</title>\n</channel>\n</rss>\n"
        let result = reader.read(text: text, name: "broken.xml")
        #expect(result.recaps.isEmpty)
        #expect(result.failure?.file == "broken.xml")
        #expect(result.failure?.line == 5)
        #expect(result.failure?.message.hasPrefix("feed is not well-formed XML") == true)
    }

    @Test func emptyFeedWarns() {
        let result = reader.read(text: "<rss version=\"2.0\"><channel><title>t</title></channel></rss>", name: "empty.xml")
        #expect(result.failure == nil)
        #expect(result.recaps.isEmpty)
        #expect(result.warnings.map(\.message) == ["feed has no items"])
    }

    @Test func externalEntitiesAreNotExpanded() throws {
        let text = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><item><title>Leak &secret;</title><guid>g</guid>
        <pubDate>Mon, 02 Jan 2023 10:00:00 +0000</pubDate>
        <description>&lt;p&gt;The talks were fine.&lt;/p&gt;</description></item></channel></rss>
        """
        let result = reader.read(text: text, name: "xxe.xml")
        let title = result.recaps.first?.title ?? ""
        #expect(!title.contains("root:"))
    }

    @Test func feedDates() {
        #expect(FeedDate.day(from: "Thu, 10 Mar 2022 19:00:00 -0500") == CalendarDay(year: 2022, month: 3, day: 10))
        #expect(FeedDate.day(from: "5 Apr 22 18:30 GMT") == CalendarDay(year: 2022, month: 4, day: 5))
        #expect(FeedDate.day(from: "2023-06-01T20:00:00-04:00") == CalendarDay(year: 2023, month: 6, day: 1))
        #expect(FeedDate.day(from: "31 Feb 2022") == nil)
    }

    @Test func feedKindByRootElement() {
        #expect(FeedReader.kind(of: "<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\">") == .rss)
        #expect(FeedReader.kind(of: "<feed xmlns=\"http://www.w3.org/2005/Atom\">") == .atom)
        #expect(FeedReader.kind(of: "<rdf:RDF xmlns:rdf=\"x\">") == .rdf)
        #expect(FeedReader.kind(of: "<p>feed me</p>") == nil)
        #expect(FeedReader.kind(of: "---\ntitle: rss\n---") == nil)
    }
}
