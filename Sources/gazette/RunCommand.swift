import ArgumentParser
import Foundation
import GazetteKit

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The cron entry: compose the period that just ended if not done yet, send it, print one summary line.",
        discussion: """
            Finds its settings like every command (--config, else $GAZETTE_CONFIG, else ./gazette.yaml; one is \
            required). Composes the issue of the schedule's period unless OUTBOX/<issue> was composed already: \
            with the default monthly schedule, the month that just ended, so a run on 1 December composes and \
            sends the November issue (weekly: the week that just ended; --period or schedule: to change it). \
            Then sends it to the subscribers the ledger has not reached yet, so running again the same day, or \
            after a crash, sends nobody twice. A period with no talks sends nothing. Quiet unless something goes \
            wrong (--verbose for detail); the one summary line starts with the time (UTC) when not on a terminal. \
            Exit status: 0 all sent, 1 bad input or settings, 3 some left for a later run, 4 some refused for \
            good, 5 the server refused TLS as configured (fix the config), 75 another send holds the outbox.
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    @OptionGroup var compose: ComposeOptions

    @OptionGroup var delivery: DeliveryOptions

    func run() throws {
        let logger = delivery.bootstrapLogging(quiet: true, verbose: configOptions.verbose)
        let options = compose
        try DeliveryExit.reporting {
            let config = try options.loadConfig(configOptions, required: true)
            if config.delivery.list.sender.postalAddress == nil {
                // Before composing: a refused send must not leave the period marked as featured.
                throw DeliveryError("refusing to send: no postal address: set delivery.sender.postal_address in the config (anti-spam laws ask every message to carry one)")
            }
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
                    print(Self.stamped(summary + "no talks in the period, nothing composed or sent"))
                    return
                }
                // The record first: a crash before the issue folder is written only means composing it again
                // (an issue never excludes its own recaps), while the other order could feature them twice.
                var updated = record
                updated.issues[issue.id] = issue.selection.decisions.filter(\.selected).map(\.key)
                try updated.save(outbox: config.outbox)
                try OutboxWriter(outbox: config.outbox).write(issue, dryRun: false)
                summary += "composed \(issue.talks.count) \(issue.talks.count == 1 ? "talk" : "talks")"
            }
            var settings = config.delivery
            delivery.apply(to: &settings)
            let job = delivery.job(issueFolder: folder, settings: settings, logger: logger)
            let report = try job.send()
            summary += "; sent \(report.sent), \(report.retryLater) to retry later, \(report.failed) failed"
            if let reason = report.serverUnreachable { summary += " (server unreachable: \(reason))" }
            print(Self.stamped(summary))
            let status = DeliveryExit.status(report)
            if status != 0 { throw ExitCode(status) }
        }
    }

    /// A cron log interleaves runs: each summary line says when it was written, as the log lines do.
    static func stamped(_ line: String) -> String {
        isatty(STDOUT_FILENO) == 0 ? StandardErrorLogHandler.timestamp() + " " + line : line
    }
}
