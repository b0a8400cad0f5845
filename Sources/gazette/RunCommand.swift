import ArgumentParser
import Foundation
import GazetteKit

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The cron entry: compose the current period if not done yet, send it, print one summary line.",
        discussion: """
            Reads gazette.yaml in the current folder unless --config says otherwise. Composes the issue of the \
            period (the 31 days up to today, or the config's window) unless OUTBOX/<issue> was composed already, \
            then sends it to the subscribers the ledger has not reached yet. A period with no talks sends nothing. \
            Quiet unless something goes wrong (--verbose for detail). \
            Exit status: 0 all sent, 1 bad input or settings, 3 some left for a later run, 4 some refused for \
            good, 5 both, 75 another send holds the outbox, 78 the server refused the login.
            """
    )

    @OptionGroup var compose: ComposeOptions

    @OptionGroup var delivery: DeliveryOptions

    func run() throws {
        let logger = delivery.bootstrapLogging(quiet: true)
        var options = compose
        if options.config == nil {
            guard FileManager.default.fileExists(atPath: "gazette.yaml") else {
                throw ValidationError("No settings: pass --config FILE or run where gazette.yaml is (see `gazette init`).")
            }
            options.config = "gazette.yaml"
        }
        try DeliveryExit.reporting {
            let config = try options.loadConfig()
            let record = try FeaturedRecord.load(outbox: config.outbox)
            let request = options.request(config) { record.featured(except: $0) }
            let folder = (config.outbox as NSString).appendingPathComponent(request.issueID)
            var summary = "\(request.issueID): "
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("manifest.json")) {
                summary += "composed before"
            } else {
                let issue = try config.composer().compose(sources: try options.allSources(config), request: request)
                // Compose warnings are the organizer's business at preview time; cron reports only files it could not read.
                for diagnostic in issue.warnings { logger.info("\(diagnostic.description)") }
                for diagnostic in issue.failures { logger.warning("\(diagnostic.description)") }
                guard !issue.talks.isEmpty else {
                    print(summary + "no talks in the period, nothing composed or sent")
                    return
                }
                try OutboxWriter(outbox: config.outbox).write(issue, dryRun: false)
                var updated = record
                updated.issues[issue.id] = issue.selection.decisions.filter(\.selected).map(\.key)
                try updated.save(outbox: config.outbox)
                summary += "composed \(issue.talks.count) talks"
            }
            var settings = config.delivery
            delivery.apply(to: &settings)
            let job = delivery.job(issueFolder: folder, settings: settings, logger: logger)
            let report = try job.send()
            summary += "; sent \(report.sent), \(report.retryLater) to retry later, \(report.failed) failed"
            if let reason = report.serverUnreachable { summary += " (server unreachable: \(reason))" }
            print(summary)
            let status = DeliveryExit.status(report)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
