/// The result of composing: the manifest, the rendered files, and the warnings of every stage.
public struct ComposedIssue: Sendable {
    public var id: String
    public var request: SelectionRequest
    public var selection: Selection
    public var talks: [ComposedTalk]
    public var artifacts: [Artifact]
    /// Ingest, extraction, selection and rendering warnings, one line each.
    public var warnings: [Diagnostic]
    /// Files that could not be read at all.
    public var failures: [Diagnostic]
    /// Each language's `newsletter_name`, so delivery can sign each edition with the name in its language.
    public var newsletterNames: [Language: String] = [:]
    /// Wall-clock seconds of each stage, in order, for `--timings`.
    public var stageSeconds: [StageTiming] = []

    public func manifest(dryRun: Bool) -> IssueManifest {
        var eventOfTalk: [String: Int] = [:]
        for (index, event) in selection.events.enumerated() {
            for talk in event.talks { eventOfTalk[talk.id] = index }
        }
        let period: String
        switch request.period {
        case .month(let year, let month): period = CalendarDay(year: year, month: month, day: 1).description.prefix(7).description
        case .window(let days): period = "\(days) days up to \(request.asOf)"
        case .week(let monday): period = "\(monday.isoWeekID): \(monday) to \(monday.adding(days: 6))"
        }
        let sorted = IssueWarnings(self)
        return IssueManifest(
            issue: id, asOf: request.asOf, period: period, dryRun: dryRun, recaps: selection.decisions,
            talks: talks.map { talk in
                IssueManifest.TalkEntry(
                    id: talk.id, event: eventOfTalk[talk.id] ?? 0, speakers: talk.speakers, kind: talk.kind, cities: talk.cities,
                    links: talk.links, fr: talk.texts[.fr], en: talk.texts[.en], missingHumanText: talk.missingHumanText)
            },
            artifacts: artifacts.map(IssueManifest.ArtifactEntry.init),
            warnings: sorted.toAct, notes: sorted.notes,
            newsletterNames: Dictionary(uniqueKeysWithValues: newsletterNames.map { ($0.key.rawValue, $0.value) }))
    }
}
