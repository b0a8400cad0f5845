import Foundation

/// The main job, stage by stage: read and extract the sources, select the period's recaps and pair twins,
/// summarize every talk in both languages, render the editions and social posts.
public struct IssueComposer: Sendable {
    public var summarizer: TalkSummarizer
    public var renderer: IssueRenderer
    public var introMarkdown: [Language: String]
    public var bilingualOrder: [Language]
    public var siteURL: String?
    /// Who sends it (footer) and where the web archive lives (`delivery.sender`, `delivery.archive_url`).
    public var sender = SenderDetails()
    public var archiveURL: String?
    /// The email editions to keep (social posts are per language and always made).
    public var editions: [Edition]
    public var reader: RecapReader
    /// Page address patterns per language, with `siteURL`: each recap's public URL.
    public var permalinks: [Language: String]
    /// Fetches sources given by URL (feeds), with its conditional-GET cache.
    public var feedFetcher: FeedFetcher

    public init(summarizer: TalkSummarizer = TalkSummarizer(), renderer: IssueRenderer = IssueRenderer(),
                introMarkdown: [Language: String] = [:], bilingualOrder: [Language] = [.fr, .en], siteURL: String? = nil,
                editions: [Edition] = Edition.allCases, reader: RecapReader = RecapReader(), permalinks: [Language: String] = [:],
                feedFetcher: FeedFetcher = FeedFetcher()) {
        self.editions = editions
        self.reader = reader
        self.permalinks = permalinks
        self.feedFetcher = feedFetcher
        self.summarizer = summarizer
        self.renderer = renderer
        self.introMarkdown = introMarkdown
        self.bilingualOrder = bilingualOrder
        self.siteURL = siteURL
    }

    public func compose(sources: [String], request: SelectionRequest) throws -> ComposedIssue {
        var recaps: [ExtractedRecap] = []
        var timings: [StageTiming] = []
        // Later stages need the talks, not the text blocks: the scan lets them go, which keeps a year of recaps small.
        let scan = StageTiming.measure("read and extract", into: &timings) { TalkScan.stream(
            sources: sources, reader: reader, fetcher: feedFetcher, keepingBlocks: false, transform: { $0 },
            consume: { recaps.append(contentsOf: $0) }) }
        var issue = try compose(recaps: recaps, request: request, scanWarnings: scan.warnings, failures: scan.failures)
        issue.stageSeconds.insert(contentsOf: timings, at: 0)
        return issue
    }

    public func compose(recaps: [ExtractedRecap], request: SelectionRequest, scanWarnings: [Diagnostic] = [],
                        failures: [Diagnostic] = []) throws -> ComposedIssue {
        var timings: [StageTiming] = []
        var selection = StageTiming.measure("select", into: &timings) { RecapSelector().select(recaps, request: request) }
        let selectedSources = Set(selection.decisions.filter(\.selected).map(\.source))
        // Readers of the dry run need the warnings of the recaps in the issue, and those tied to no recap
        // (a folder that could not be walked); warnings about recaps left out would drown them.
        let recapSources = Set(recaps.map(\.recap.source))
        let relevantWarnings = scanWarnings.filter { selectedSources.contains($0.file) || !recapSources.contains($0.file) }
        var talks: [ComposedTalk] = []
        var sections: [IssueContent.EventSection] = []
        let links = RecapPermalinks(siteURL: siteURL, patterns: permalinks)
        var linkWarnings: [Diagnostic] = []
        var urlBySource: [String: String] = [:]
        let summarizer = self.summarizer
        let summarized = StageTiming.measure("summarize", into: &timings) {
            // Talks are summarized independently of one another: a year-long issue's are shared out over the cores.
            selection.events.map(\.talks).parallelMap { $0.map(summarizer.compose) }
        }
        for (event, composed) in zip(selection.events, summarized) {
            talks.append(contentsOf: composed)
            var cities: [String] = []
            for city in composed.flatMap(\.cities) where !cities.contains(where: { sameName($0, city) }) { cities.append(city) }
            var recapURLs: [Language: String] = [:]
            for (language, member) in event.recaps {
                if let url = links.url(for: member.recap) {
                    recapURLs[language] = url
                    urlBySource[member.recap.source] = url
                } else if siteURL != nil {
                    // Without site_url there is no site to link to (a folder of notes, a trial run): the README
                    // says how to get the links; with one, a recap left unlinked is a setting to fix.
                    linkWarnings.append(.warning(member.recap.source,
                        "no link to this recap: the permalinks pattern for \(language.rawValue) needs a date it does not have; give it a date or a url"))
                }
            }
            sections.append(IssueContent.EventSection(
                cities: cities, date: event.date,
                recapTitles: event.recaps.compactMapValues { $0.recap.title }, talks: composed, recapURLs: recapURLs))
        }
        for index in selection.decisions.indices { selection.decisions[index].url = urlBySource[selection.decisions[index].source] }
        let content = IssueContent(
            id: request.issueID, events: sections, introMarkdown: introMarkdown, bilingualOrder: bilingualOrder,
            siteURL: siteURL, sender: sender, archiveURL: archiveURL)
        let kept = Set(editions.map(\.rawValue))
        let emails = try StageTiming.measure("render emails", into: &timings) { try renderer.renderEmails(content) }
        let posts = try StageTiming.measure("render social posts", into: &timings) { try renderer.renderSocial(content) }
        let artifacts = (emails + posts).filter { $0.kind == .social || kept.contains($0.language) }
        var names: [Language: String] = [:]
        for language in Language.allCases {
            if let name = renderer.templates.strings(for: language).values["newsletter_name"] { names[language] = name }
        }
        return ComposedIssue(
            id: request.issueID, request: request, selection: selection, talks: talks, artifacts: artifacts,
            warnings: relevantWarnings + selection.warnings + linkWarnings, failures: failures, newsletterNames: names,
            stageSeconds: timings)
    }
}
