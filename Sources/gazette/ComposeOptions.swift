import ArgumentParser
import Foundation
import GazetteKit

/// What `compose` and `preview` share: where recaps come from and which period the issue covers.
struct ComposeOptions: ParsableArguments {
    @Option(help: "Settings file (see `gazette init`); its sources, outbox and options apply unless given here.")
    var config: String?

    @Option(name: .customLong("as-of"), help: "Take this day (YYYY-MM-DD) as today, for repeatable runs.")
    var asOf: String?

    @Option(help: "Compose this calendar month (YYYY-MM) instead of the last days.")
    var month: String?

    @Option(help: "Compose the recaps of this many days up to today (default 31).")
    var window: Int?

    @Flag(help: "Also feature recaps with no date.")
    var includeUndated = false

    @Option(help: "Folder of your own templates (see `gazette init`); missing files fall back to the built-in ones.")
    var templates: String?

    @Argument(help: "Recap files or folders (added to the config's sources).")
    var sources: [String] = []

    func validate() throws {
        if month != nil && window != nil { throw ValidationError("--month and --window cannot be used together.") }
        if let asOf, CalendarDay(isoPrefix: asOf) == nil || asOf.count != 10 { throw ValidationError("--as-of takes a date like 2019-06-30.") }
        if let month, Self.month(month) == nil { throw ValidationError("--month takes a month like 2019-06.") }
        if let window, window <= 0 { throw ValidationError("--window takes a positive number of days.") }
    }

    func loadConfig() throws -> GazetteConfig {
        var loaded = try config.map(GazetteConfig.load) ?? GazetteConfig()
        if let templates { loaded.templates = templates }
        return loaded
    }

    func allSources(_ config: GazetteConfig) throws -> [String] {
        let all = config.sources + sources
        if all.isEmpty { throw ValidationError("No recaps given: name files or folders, or list them under `sources:` in the config.") }
        return all
    }

    func request(_ config: GazetteConfig, alreadyFeatured: (String) throws -> Set<String>) rethrows -> SelectionRequest {
        let today = asOf.flatMap { CalendarDay(isoPrefix: $0) } ?? Self.today()
        let period: SelectionRequest.Period
        if let month, let (year, number) = Self.month(month) {
            period = .month(year: year, month: number)
        } else {
            period = .window(days: window ?? config.windowDays)
        }
        var request = SelectionRequest(asOf: today, period: period, includeUndated: includeUndated)
        request.alreadyFeatured = try alreadyFeatured(request.issueID)
        return request
    }

    static func month(_ text: String) -> (Int, Int)? {
        guard text.count == 7, let day = CalendarDay(isoPrefix: text + "-01") else { return nil }
        return (day.year, day.month)
    }

    static func today() -> CalendarDay {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Loads the config and the featured record from `outbox` (else the config's), and composes the issue.
    func composeIssue(outbox: String?) throws -> (issue: ComposedIssue, config: GazetteConfig, record: FeaturedRecord) {
        let config = try loadConfig()
        let record = try FeaturedRecord.load(outbox: outbox ?? config.outbox)
        let request = request(config) { record.featured(except: $0) }
        var composer = try config.composer()
        // Feeds fetched by URL are cached (conditional GET) in the outbox actually used.
        if let outbox { composer.feedFetcher.cacheDirectory = (outbox as NSString).appendingPathComponent("cache/feeds") }
        let issue = try composer.compose(sources: try allSources(config), request: request)
        return (issue, config, record)
    }

    /// Runs `body`, turning a config problem into its one-line error and exit status 1.
    static func reportingConfigErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ConfigError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
