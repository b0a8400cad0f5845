import ArgumentParser
import Foundation
import GazetteKit

struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send a composed issue to every subscriber, one message each, or show what would leave.",
        discussion: """
            Each subscriber gets the edition of their language with their own unsubscribe link. The ledger \
            (OUTBOX/ledger.sqlite) records every message before and after it leaves, so running the same send \
            again only sends what has not been sent, and a run that was killed loses no one. Deferred messages \
            (4xx) are retried a few times, then left for the next run; refused ones (5xx) are recorded and not \
            retried. The SMTP password comes from GAZETTE_SMTP_PASSWORD or --password-file, the unsubscribe \
            key from GAZETTE_UNSUBSCRIBE_KEY.
            Exit status: 0 all sent, 1 bad input or settings (nothing sent), 3 some left for a later run, \
            4 some refused for good, 5 the server refused TLS as configured (fix the smtp settings), \
            75 another send holds the outbox.
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    @Option(help: "The issue folder to send (OUTBOX/<issue>, made by `gazette compose`).")
    var issue: String

    @OptionGroup var delivery: DeliveryOptions

    @Flag(name: .customLong("dry-run"), help: "Write the messages the first subscribers would get under ISSUE/dry-run/ and connect to nothing.")
    var dryRun = false

    @Option(help: "How many messages a dry run writes.")
    var sample = 5

    @Flag(help: "With --dry-run: write every subscriber's message.")
    var all = false

    @Option(help: "Send each edition once to this address, subject prefixed [TEST]; the ledger and the featured record are not touched.")
    var test: String?

    func run() throws {
        let logger = delivery.bootstrapLogging(quiet: false, verbose: configOptions.verbose)
        try DeliveryExit.reporting {
            var settings = try configOptions.load().delivery
            delivery.apply(to: &settings)
            var job = delivery.job(issueFolder: issue, settings: settings, logger: logger)
            if let address = test {
                var refused = false
                for (edition, outcome) in try job.sendTest(to: address) {
                    switch outcome {
                    case .accepted(let reply): print("test \(edition.rawValue) edition sent to \(address): \(reply)")
                    case .deferred(_, let reply), .rejected(_, let reply), .connectionFailed(let reply):
                        refused = true
                        printError("test \(edition.rawValue) edition to \(address) not sent: \(reply)")
                    case .misconfigured(let reason):
                        refused = true
                        printError("test \(edition.rawValue) edition to \(address) not sent: \(reason)")
                    }
                }
                if refused { throw ExitCode(DeliveryExit.failed) }
                return
            }
            if dryRun {
                let summary = try job.dryRun(sampleLimit: all ? nil : sample)
                for problem in summary.problems { printError("warning: a real send would refuse to start: \(problem)") }
                print(summary.line)
                return
            }
            let reporter = ProgressReporter(terminal: isatty(STDERR_FILENO) != 0, logger: logger)
            job.onProgress = reporter.report
            let report = try job.send()
            reporter.finish()
            print(report.line)
            let status = DeliveryExit.status(report)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
