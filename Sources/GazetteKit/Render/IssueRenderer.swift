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
        // The editions are independent of one another: one core each.
        return Edition.allCases.parallelMap { edition in
            var context = EmailContext(issue: issue, edition: edition, templates: templates)
            let values = context.build()
            return [EmailHTMLRenderer(templates: templates).render(values, edition: edition, warnings: context.warnings),
                    EmailTextRenderer(templates: templates).render(values, edition: edition)]
        }.flatMap { $0 }
    }

    /// Every platform's posts, per language: one per talk, then the roundup.
    public func renderSocial(_ issue: IssueContent) throws -> [Artifact] {
        var artifacts: [Artifact] = []
        let slugs = Self.slugs(for: issue.events.flatMap(\.talks))
        let resolver = LinkResolver(siteURL: issue.siteURL)
        // Posts are independent of one another: a year-long issue's thousands of talks are shared out over the cores.
        let jobs = issue.events.flatMap { event in event.talks.map { (event, $0) } }
        // Hashtag detection is a third of the posts' work and the same on every platform: done once.
        var talkHashtags: [Language: [String: [String]]] = [:]
        for language in Language.allCases {
            let templates = self.templates
            let tags = jobs.parallelMap { job in SocialPostBuilder.hashtags(of: job.1, in: language, templates: templates) }
            var byID: [String: [String]] = [:]
            var shared: Set<String> = []
            for (job, tags) in zip(jobs, tags) where byID.updateValue(tags, forKey: job.1.id) != nil { shared.insert(job.1.id) }
            for id in shared { byID[id] = nil }  // two talks with one id: each works its own out
            talkHashtags[language] = byID
        }
        let roundupHashtags = SocialPostBuilder.roundupHashtags(of: jobs.map(\.1))
        for platform in Platform.allCases {
            var configured = SocialPostBuilder(issue: issue, templates: templates, resolver: resolver, platform: platform)
            configured.talkHashtags = talkHashtags
            configured.roundupHashtags = roundupHashtags
            let builder = configured
            for language in Language.allCases {
                artifacts.append(contentsOf: jobs.parallelMap { job in
                    builder.talkPost(job.1, event: job.0, language: language, slug: slugs[job.1.id] ?? "talk")
                })
                artifacts.append(builder.roundup(language: language))
            }
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
