import Foundation
import Testing
@testable import GazetteKit

/// The bars of the organizer's blog as it is really laid out: the posts of ../shared/dev/gold-blog.json
/// arranged as Hugo page bundles in per-language content folders (skipped when ../shared is absent), and the
/// same posts served as feeds on loopback.
@Suite(.serialized) struct ComposeSiteBlogTests {
    static let goldPath = sharedFolder + "/dev/gold-blog.json"
    static let goldPresent = FileManager.default.fileExists(atPath: goldPath)
    static let site = "https://blog.example.org"
    static let permalinks: [Language: String] = [.en: "/community-news/{slug}/", .fr: "/fr/community-news/{slug}/"]

    struct GoldPost {
        var file: String
        var language: Language
        var pair: String?
        var talkCount: Int
        /// The bundle folder: the file name without its language prefix, the same for both posts of a pair.
        var bundle: String
        var bundlePath: String {
            "content/\(language == .en ? "english" : "french")/community-news/\(bundle)/index.md"
        }
    }

    static func goldPosts() throws -> [GoldPost] {
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: goldPath))) as! [String: Any]
        return (gold["recaps"] as! [[String: Any]]).map { entry in
            let file = entry["file"] as! String
            let base = String(file.dropFirst(3).dropLast(3)) // en-…md / fr-…md
            return GoldPost(file: file, language: entry["language"] as! String == "fr" ? .fr : .en, pair: entry["pair"] as? String,
                            talkCount: (entry["talks"] as! [Any]).count, bundle: base)
        }
    }

    /// The posts, byte for byte, as `content/<language>/community-news/<bundle>/index.md`.
    static func arrange(_ posts: [GoldPost], in folder: TemporaryFolder) throws {
        for post in posts {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: sharedFolder + "/dev/posts/" + post.file)))
            folder.write(post.bundlePath, bytes: bytes)
        }
    }

    /// Where the site publishes a post: its front matter slug when it has one (Hugo's rule), else its bundle folder.
    static func permalink(_ post: GoldPost) throws -> String {
        let text = try String(contentsOfFile: sharedFolder + "/dev/posts/" + post.file, encoding: .utf8)
        var slug = post.bundle
        if let line = text.split(separator: "\n").prefix(40).first(where: { $0.hasPrefix("slug:") }) {
            slug = line.dropFirst(5).trimmingCharacters(in: CharacterSet(charactersIn: " \"/"))
        }
        return site + (post.language == .fr ? "/fr" : "") + "/community-news/\(slug)/"
    }

    static func composer() -> IssueComposer {
        IssueComposer(siteURL: site, permalinks: permalinks)
    }

    static func monthRequest(_ day: CalendarDay) -> SelectionRequest {
        SelectionRequest(asOf: CalendarDay(year: day.year, month: day.month, day: CalendarDay.daysIn(month: day.month, year: day.year)),
                         period: .month(year: day.year, month: day.month))
    }

    @Test(.enabled(if: goldPresent, "../shared/dev is not beside the project"))
    func goldBlogAsHugoBundlesIsFeaturedPairedAndLinked() throws {
        let posts = try Self.goldPosts()
        let folder = TemporaryFolder()
        try Self.arrange(posts, in: folder)
        let scan = TalkScan.run(sources: [folder.path])
        #expect(scan.failures.isEmpty)
        let bySource = Dictionary(uniqueKeysWithValues: scan.recaps.map { ($0.recap.source, $0.recap) })
        func source(_ post: GoldPost) -> String { folder.path + "/" + post.bundlePath }
        let postBySource = Dictionary(uniqueKeysWithValues: posts.map { (source($0), $0) })

        var pairsSeen = Set<String>()
        for post in posts where post.talkCount > 0 {
            let recap = try #require(bySource[source(post)], "\(post.file) was read")
            #expect(recap.language == post.language, "\(post.file) language")
            let day = try #require(recap.date?.day, "\(post.file) has a date")
            let issue = try Self.composer().compose(sources: [folder.path], request: Self.monthRequest(day))

            #expect(!issue.warnings.contains { $0.message.contains("same post") }, "no same-post warning in \(day)")
            let decision = try #require(issue.selection.decisions.first { $0.source == source(post) })
            #expect(decision.selected, "\(post.file) featured in its month \(day.year)-\(day.month)")
            #expect(decision.url == (try Self.permalink(post)), "\(post.file) permalink in the manifest")
            if let pair = post.pair {
                let twin = try #require(posts.first { $0.file == pair })
                #expect(decision.twin == source(twin), "\(post.file) paired with \(pair)")
                pairsSeen.insert([post.file, pair].sorted().joined(separator: "+"))
            } else {
                #expect(decision.twin == nil, "\(post.file) has no twin")
            }

            // Each event's block, in each edition, links to its recap in the edition's language (else the other's).
            for event in issue.selection.events {
                for edition in Edition.allCases {
                    let html = try #require(issue.artifacts.first { $0.path == "email/\(edition.rawValue).html" }?.content)
                    let text = try #require(issue.artifacts.first { $0.path == "email/\(edition.rawValue).txt" }?.content)
                    for language in edition.languages(bilingualOrder: [.fr, .en]) {
                        let member = event.recaps[language] ?? event.recaps[language.other]!
                        let expected = try Self.permalink(try #require(postBySource[member.recap.source]))
                        #expect(html.contains("href=\"\(expected)\""), "\(edition.rawValue).html links \(expected)")
                        #expect(text.contains(expected), "\(edition.rawValue).txt links \(expected)")
                    }
                }
            }
            let labels = ["fr": "Lire le compte rendu complet", "en": "Read the full recap"]
            for (language, label) in labels {
                let html = try #require(issue.artifacts.first { $0.path == "email/\(language).html" }?.content)
                #expect(html.components(separatedBy: label).count - 1 == issue.selection.events.count)
            }
            // No talk link is a bare "Link": labels say what they are.
            let englishHTML = issue.artifacts.first { $0.path == "email/en.html" }?.content ?? ""
            #expect(englishHTML.range(of: ">Link<") == nil, "\(englishHTML.components(separatedBy: ">Link<").first?.suffix(300) ?? "")")
        }
        #expect(pairsSeen.count == 4, "the four twin pairs: \(pairsSeen.sorted())")
    }

    /// Hugo's RSS for one language, full content in `content:encoded`, links at the permalinks.
    static func feed(_ recaps: [Recap], bodies: [String: String], language: Language) -> String {
        var items = ""
        for recap in recaps where recap.language == language {
            let url = RecapPermalinks(siteURL: site, patterns: permalinks).url(for: recap)!
            let day = recap.date!.day
            items += """
                <item><title>\(recap.title!.htmlEscaped)</title><link>\(url)</link>
                <pubDate>\(day.description)T12:00:00Z</pubDate>
                <content:encoded><![CDATA[\(bodies[recap.source]!)]]></content:encoded></item>

                """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Blog</title><language>\(language.rawValue)</language>
            \(items)</channel></rss>
            """
    }

    static func talkSet(_ issue: ComposedIssue) -> Set<String> {
        Set(issue.selection.events.flatMap { event in
            event.talks.flatMap { talk in
                talk.versions.map { language, version in
                    "\(language.rawValue)|\(version.speakers.map(\.name).joined(separator: ","))|\(version.title ?? "")"
                }
            }
        })
    }

    @Test(.enabled(if: goldPresent, "../shared/dev is not beside the project"))
    func aMonthFromLoopbackFeedsEqualsTheSamePostsFromFiles() throws {
        let posts = try Self.goldPosts()
        let folder = TemporaryFolder()
        try Self.arrange(posts, in: folder)
        let scan = TalkScan.run(sources: [folder.path])
        // The HTML Hugo would publish: the Markdown body rendered, front matter left out.
        var bodies: [String: String] = [:]
        for recap in scan.recaps.map(\.recap) {
            let text = try String(contentsOfFile: recap.source, encoding: .utf8)
            guard case .success(let parsed) = FrontMatterParser().parse(text) else { continue }
            bodies[recap.source] = MarkdownRenderer().html(fromMarkdown: parsed.body)
        }
        let recaps = scan.recaps.map(\.recap).filter { $0.date != nil }
        let server = try TestFeedServer()
        let english = server.serve("index.xml", Self.feed(recaps, bodies: bodies, language: .en))
        let french = server.serve("fr/index.xml", Self.feed(recaps, bodies: bodies, language: .fr))

        let months = Set(recaps.map { CalendarDay(year: $0.date!.day.year, month: $0.date!.day.month, day: 1) })
        #expect(months.count >= 5)
        for month in months.sorted() {
            let fromFiles = try Self.composer().compose(sources: [folder.path], request: Self.monthRequest(month))
            let fromFeeds = try Self.composer().compose(sources: [english, french], request: Self.monthRequest(month))
            #expect(fromFeeds.failures.isEmpty)
            #expect(Self.talkSet(fromFeeds) == Self.talkSet(fromFiles), "month \(month)")
            #expect(fromFeeds.selection.events.count == fromFiles.selection.events.count, "events in \(month)")
            #expect(Set(fromFeeds.talks.map(\.id)) == Set(fromFiles.talks.map(\.id)), "talk ids in \(month)")
        }
    }
}
