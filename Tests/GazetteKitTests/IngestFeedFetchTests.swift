import Foundation
import Testing
@testable import GazetteKit

/// Feeds by URL against scripts/feed-test-server.py on loopback: success, conditional GET, redirects, errors
/// with their HTTP status, a slow server, a truncated body, a huge body, plain http refused off this machine,
/// and TLS verified.
@Suite(.serialized) struct IngestFeedFetchTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Northwind meetups</title><language>en</language>
        <item><title>Spring meetup</title><link>https://example.org/news/spring-meetup/</link>
        <pubDate>Tue, 09 Apr 2024 20:00:00 +0000</pubDate>
        <description>A short teaser.</description>
        <content:encoded><![CDATA[<p>Last night Alice Tremblay from Northwind presented “Observability for humans”, a tour of tracing.</p>]]></content:encoded>
        </item>
        <item><title>Teaser only</title><link>https://example.org/news/teaser/</link>
        <pubDate>Wed, 10 Apr 2024 20:00:00 +0000</pubDate>
        <description>Come to our next meetup, with talks on tracing.</description>
        </item>
        </channel></rss>
        """

    @Test func fetchedFeedIsReadAsRecapsNamedByItsURL() throws {
        let server = try TestFeedServer()
        let url = server.serve("feed.xml", Self.feed)
        let scan = TalkScan.run(sources: [url])
        #expect(scan.failures.isEmpty)
        #expect(scan.recaps.map(\.recap.source) == [url + "#1", url + "#2"])
        let first = try #require(scan.recaps.first)
        #expect(first.recap.key == "spring-meetup")
        #expect(first.recap.site.url == "https://example.org/news/spring-meetup/")
        #expect(first.talks.map { $0.speakers.map(\.name) } == [["Alice Tremblay"]])
        // The teaser item says it has no full content; the full one does not.
        let teaserWarnings = scan.warnings.filter { $0.message.contains("only a summary") }
        #expect(teaserWarnings.count == 1)
        #expect(teaserWarnings.first?.message.hasPrefix("item 2:") == true)
        #expect(teaserWarnings.first?.file == url)
    }

    @Test func unchangedFeedIsNotDownloadedAgain() throws {
        let server = try TestFeedServer()
        let url = server.serve("feed.xml", Self.feed)
        let cache = TemporaryFolder()
        let fetcher = FeedFetcher(cacheDirectory: cache.path + "/cache/feeds")
        let first = try fetcher.fetch(url).get()
        #expect(first.status == 200)
        #expect(!first.fromCache)
        let second = try fetcher.fetch(url).get()
        #expect(second.status == 304)
        #expect(second.fromCache)
        #expect(second.bytes == first.bytes)
        let requests = server.requests()
        #expect(requests.map(\.status) == [200, 304])
        #expect(requests[0].if_none_match == nil)
        #expect(requests[1].if_none_match != nil)
        #expect(requests[1].if_modified_since != nil)

        // A changed feed is downloaded again, and what is kept follows it.
        server.serve("feed.xml", Self.feed.replacingOccurrences(of: "Spring meetup", with: "Spring meetup, updated"))
        let third = try fetcher.fetch(url).get()
        #expect(third.status == 200)
        #expect(String(decoding: third.bytes, as: UTF8.self).contains("updated"))
        #expect(try fetcher.fetch(url).get().bytes == third.bytes)
        #expect(server.requests().map(\.status) == [200, 304, 200, 304])

        // Without a cache folder every fetch is unconditional.
        _ = try FeedFetcher().fetch(url).get()
        #expect(server.requests().last?.if_none_match == nil)
    }

    @Test func redirectsAreFollowed() throws {
        let server = try TestFeedServer()
        server.serve("feed.xml", Self.feed)
        let fetched = try FeedFetcher().fetch(server.url("redirect/feed.xml")).get()
        #expect(fetched.status == 200)
        #expect(fetched.url == server.url("feed.xml"))
        #expect(server.requests().map(\.status) == [301, 200])
    }

    @Test(arguments: [404, 500, 403])
    func httpErrorsNameTheURLAndTheStatus(code: Int) throws {
        let server = try TestFeedServer()
        let url = server.url("status/\(code)")
        let scan = TalkScan.run(sources: [url])
        #expect(scan.recaps.isEmpty)
        let failure = try #require(scan.failures.first)
        #expect(scan.failures.count == 1)
        #expect(failure.file == url)
        #expect(failure.message.contains("HTTP \(code)"))
        #expect(!failure.description.contains("\n"))
    }

    @Test func aWebPageIsNotAFeed() throws {
        let server = try TestFeedServer()
        let url = server.serve("news.html", "<!DOCTYPE html><html><body><p>Our news: Alice Tremblay from Northwind presented “Tracing”.</p></body></html>")
        let scan = TalkScan.run(sources: [url])
        #expect(scan.recaps.isEmpty)
        #expect(scan.failures.map(\.message) == ["not an RSS, Atom or JSON feed; give the feed's own address (e.g. …/index.xml)"])
    }

    @Test func aFeedThatFailsDoesNotStopTheOthers() throws {
        let server = try TestFeedServer()
        let good = server.serve("feed.xml", Self.feed)
        let scan = TalkScan.run(sources: [server.url("status/404"), good])
        #expect(scan.failures.count == 1)
        #expect(scan.recaps.count == 2)
    }

    @Test func slowServerTimesOut() throws {
        let server = try TestFeedServer()
        let url = server.url("slow/5")
        let start = Date()
        let result = FeedFetcher(timeoutSeconds: 1).fetch(url)
        #expect(Date().timeIntervalSince(start) < 4)
        guard case .failure(let error) = result else { Issue.record("a 5 s answer beat a 1 s timeout"); return }
        #expect(error.url == url)
        #expect(error.message.lowercased().contains("timed out"))
    }

    @Test func truncatedBodyIsAnError() throws {
        let server = try TestFeedServer()
        guard case .failure(let error) = FeedFetcher().fetch(server.url("truncated")) else {
            Issue.record("a body cut short was taken whole"); return
        }
        #expect(error.message.contains("HTTP 200"))
        #expect(error.message.contains("remaining"))
    }

    @Test func hugeBodyIsRefused() throws {
        let server = try TestFeedServer()
        let cache = TemporaryFolder()
        let fetcher = FeedFetcher(cacheDirectory: cache.path, maximumBytes: 1 << 20)
        guard case .failure(let error) = fetcher.fetch(server.url("huge/8")) else {
            Issue.record("an 8 MB body passed a 1 MB limit"); return
        }
        #expect(error.message.contains("larger than 1 MB"))
        // Nothing half-downloaded is kept.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).isEmpty)
    }

    @Test func plainHTTPOnlyFromThisMachine() {
        guard case .failure(let error) = FeedFetcher().fetch("http://example.org/feed.xml") else {
            Issue.record("plain http to another host was allowed"); return
        }
        #expect(error.message.contains("https only"))
        guard case .failure = FeedFetcher().fetch("ftp://127.0.0.1/feed.xml") else {
            Issue.record("ftp was allowed"); return
        }
    }

    @Test func tlsCertificatesAreVerified() throws {
        let folder = try TestSMTPServer.makeTemporaryFolder()
        let (certificate, key) = try TestSMTPServer.makeSelfSignedCertificate(in: folder)
        let server = try TestFeedServer(options: ["--tls-cert", certificate, "--tls-key", key], folder: folder, scheme: "https")
        let url = server.serve("feed.xml", Self.feed)
        guard case .failure(let error) = FeedFetcher().fetch(url) else {
            Issue.record("a self-signed certificate was trusted"); return
        }
        #expect(error.message.lowercased().contains("certificate"))
    }

    @Test func jsonFeedIsReadToo() throws {
        let server = try TestFeedServer()
        let url = server.serve("feed.json", """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Northwind", "language": "fr",
             "items": [{"id": "https://example.org/fr/news/printemps/", "url": "https://example.org/fr/news/printemps/",
                        "title": "Rencontre du printemps", "date_published": "2024-04-09T20:00:00Z",
                        "content_html": "<p>Hier soir, Bruno Gagnon, de chez Northwind, a présenté « Observabilité pour humains », un tour du traçage.</p>"},
                       {"id": "2", "title": "Annonce", "summary": "Bientôt.", "date_published": "2024-04-10T20:00:00Z"}]}
            """)
        let scan = TalkScan.run(sources: [url])
        #expect(scan.failures.isEmpty)
        #expect(scan.recaps.count == 2)
        let first = try #require(scan.recaps.first)
        #expect(first.recap.language == .fr)
        #expect(first.recap.key == "printemps")
        #expect(first.recap.date?.day == selectDay("2024-04-09"))
        #expect(first.talks.first?.speakers.first?.name == "Bruno Gagnon")
        #expect(scan.warnings.contains { $0.message.hasPrefix("item 2: only a summary") })
    }
}
