/// Renders an issue's email editions and social posts from Mustache templates.
public struct IssueRenderer: Sendable {
    public var templates: TemplateSet

    public init(templates: TemplateSet = .defaults) {
        self.templates = templates
    }

    /// `email/<edition>.html` and `.txt` for each edition, then for each platform and language a post per
    /// talk (`social/<platform>/<lang>/<talk-slug>.txt`) and a roundup (`…/roundup.txt`).
    public func render(_ issue: IssueContent) throws -> [Artifact] {
        try renderEmails(issue) + renderSocial(issue)
    }

    /// `email/fr.html`, `email/fr.txt`, … for the three editions.
    public func renderEmails(_ issue: IssueContent) throws -> [Artifact] {
        let templates = self.templates
        // The editions are independent of one another: one core each, the bilingual edition (as long as the
        // other two together) started first so that it is not left to run alone at the end. One job an edition
        // keeps at most one context per core alive; a year's contexts are tens of megabytes each.
        let longestFirst = Edition.allCases.sorted { $0 == .bilingual && $1 != .bilingual }
        let rendered = longestFirst.parallelMap { edition in
            var context = EmailContext(issue: issue, edition: edition, templates: templates)
            let values = context.build()
            return [EmailHTMLRenderer(templates: templates).render(values, edition: edition, warnings: context.warnings),
                    EmailTextRenderer(templates: templates).render(values, edition: edition)]
        }
        return Edition.allCases.flatMap { edition in rendered[longestFirst.firstIndex(of: edition)!] }
    }

    /// Every platform's posts, per language: one per talk, then the roundup.
    public func renderSocial(_ issue: IssueContent) throws -> [Artifact] {
        var artifacts: [Artifact] = []
        let slugs = Self.slugs(for: issue.events.flatMap(\.talks))
        let resolver = LinkResolver(siteURL: issue.siteURL)
        // Posts are independent of one another: a year-long issue's thousands of talks are shared out over the cores.
        let jobs = issue.events.flatMap { event in event.talks.map { (event, $0) } }
        let templates = self.templates
        let roundupHashtags = SocialPostBuilder.roundupHashtags(of: jobs.map(\.1))
        let talkTemplate = SocialPostBuilder.talkTemplate(of: templates)
        let builders = Platform.allCases.map { platform in
            var builder = SocialPostBuilder(issue: issue, templates: templates, resolver: resolver, platform: platform)
            builder.talkTemplate = talkTemplate
            builder.roundupHashtags = roundupHashtags
            return builder
        }
        // A talk post's parts (title, speakers, summary sentences, link, hashtags: a third of the posts' work is
        // hashtag detection) are the same on every platform: worked out once a talk and language.
        let partJobs = Language.allCases.flatMap { language in jobs.map { (language, $0) } }
        // (Any platform's builder makes them: nothing in them depends on the platform.)
        let parts = partJobs.parallelMap { job in builders[0].talkParts(job.1.1, event: job.1.0, language: job.0) }
        // The roundups (one per platform and language), then every talk post of every platform and language in
        // one pool, so no core waits at the end of each; the output keeps each platform and language's talk
        // posts followed by its roundup.
        let posts = Platform.allCases.indices.flatMap { platform in Language.allCases.indices.map { (platform, $0) } }
        let roundups = posts.parallelMap { builders[$0.0].roundup(language: Language.allCases[$0.1]) }
        let talkPosts = posts.flatMap { post in jobs.indices.map { (post.0, post.1, $0) } }.parallelMap { job in
            let talk = jobs[job.2].1
            return builders[job.0].talkPost(talk, parts: parts[job.1 * jobs.count + job.2], language: Language.allCases[job.1],
                                            slug: slugs[talk.id] ?? "talk")
        }
        for (index, roundup) in roundups.enumerated() {
            artifacts.append(contentsOf: talkPosts[(index * jobs.count)..<((index + 1) * jobs.count)])
            artifacts.append(roundup)
        }
        return artifacts
    }

    /// File names from talk ids; two ids that slug alike get `-2`, `-3`, and none may be `roundup`.
    static func slugs(for talks: [ComposedTalk]) -> [String: String] {
        var taken: Set<String> = ["roundup"]
        var slugs: [String: String] = [:]
        for talk in talks where slugs[talk.id] == nil {
            let base = Slug.make(talk.id).isEmpty ? "talk" : Slug.make(talk.id)
            var slug = base
            var number = 2
            while taken.contains(slug) {
                slug = "\(base)-\(number)"
                number += 1
            }
            taken.insert(slug)
            slugs[talk.id] = slug
        }
        return slugs
    }
}
