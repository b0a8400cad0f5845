import ArgumentParser
import Foundation
import GazetteKit

/// What `compose` and `preview` share: where recaps come from and which period the issue covers.
struct ComposeOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Take this day (YYYY-MM-DD) as today, for repeatable runs.")
    var asOf: String?

    @Option(help: "Compose this calendar month (YYYY-MM) instead of the last days.")
    var month: String?

    @Option(help: "Compose the recaps of this many days up to today (the config's window_days, else 31).")
    var window: Int?

    @Option(help: ArgumentHelp("Which period an issue covers: monthly (the month that just ended), weekly (the week that just ended) or window (the window days up to today). Default: the config's schedule, else monthly.", valueName: "schedule"))
    var period: String?

    @Flag(help: "Also feature recaps with no date.")
    var includeUndated = false

    @Option(help: "Folder of your own templates (see `gazette init`); missing files fall back to the built-in ones.")
    var templates: String?

    @Flag(help: "Print how long each stage took (read and extract, select, summarize, render, write) to standard error.")
    var timings = false

    @Argument(help: "Recap files or folders (added to the config's sources).")
    var sources: [String] = []

    func validate() throws {
        if month != nil && window != nil { throw ValidationError("--month and --window cannot be used together.") }
        if let asOf, CalendarDay(isoPrefix: asOf) == nil || asOf.count != 10 { throw ValidationError("--as-of takes a date like 2019-06-30.") }
        if let month, Self.month(month) == nil { throw ValidationError("--month takes a month like 2019-06.") }
        if let window, window <= 0 { throw ValidationError("--window takes a positive number of days.") }
        if let period, Schedule(name: period, windowDays: 1) == nil { throw ValidationError("--period takes monthly, weekly or window.") }
        if period != nil && (month != nil || window != nil) { throw ValidationError("--period cannot be used with --month or --window.") }
    }

    func loadConfig(_ configOptions: ConfigOptions, required: Bool = false) throws -> GazetteConfig {
        var loaded = try configOptions.load(required: required)
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
        } else if let window {
            period = .window(days: window)
        } else if let name = self.period, let schedule = Schedule(name: name, windowDays: config.windowDays) {
            period = schedule.period(asOf: today)
        } else {
            period = config.schedule.period(asOf: today)
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
    func composeIssue(outbox: String?, configOptions: ConfigOptions) throws -> (issue: ComposedIssue, config: GazetteConfig, record: FeaturedRecord) {
        let config = try loadConfig(configOptions)
        let record = try FeaturedRecord.load(outbox: outbox ?? config.outbox)
        let request = request(config) { record.featured(except: $0) }
        var composer = try config.composer()
        // Feeds fetched by URL are cached (conditional GET) in the outbox actually used.
        if let outbox { composer.feedFetcher.cacheDirectory = (outbox as NSString).appendingPathComponent("cache/feeds") }
        let issue = try composer.compose(sources: try allSources(config), request: request)
        return (issue, config, record)
    }

    /// Writes the issue to the outbox and, with `--timings`, prints every stage's seconds, the write's last.
    func writeTimed(_ issue: ComposedIssue, outbox: String, dryRun: Bool) throws -> String {
        let start = monotonicSeconds(), cpuStart = StageTiming.processCPUSeconds()
        let folder = try OutboxWriter(outbox: outbox).write(issue, dryRun: dryRun)
        if timings {
            let write = StageTiming(stage: "write", seconds: monotonicSeconds() - start,
                                    cpuSeconds: StageTiming.processCPUSeconds() - cpuStart, peakMegabytes: StageTiming.peakMegabytes())
            printError("timings: " + StageTiming.line(issue.stageSeconds + [write]))
        }
        return folder
    }

    /// Runs `body`, turning a config problem into its one-line error and exit status 1.
    static func reportingConfigErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ConfigError {
            for line in error.lines { printError(line) }
            throw ExitCode(1)
        }
    }
}
