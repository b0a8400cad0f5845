import ArgumentParser
import Foundation
import GazetteKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the ledger: per issue, how many messages are sent, queued, retrying, failed, and why."
    )

    @OptionGroup var configOptions: ConfigOptions

    @Option(help: "Outbox folder (default: the config's outbox, else ./outbox).")
    var outbox: String?

    @Option(help: "Only this issue folder (OUTBOX/<issue>).")
    var issue: String?

    func run() throws {
        try DeliveryExit.reporting {
            let configured = try configOptions.location.map { _ in try configOptions.load().outbox }
            let folder = issue.map { ($0 as NSString).deletingLastPathComponent } ?? outbox ?? configured ?? "outbox"
            guard let ledger = try DeliveryLedger.open(outbox: folder, create: false) else {
                // Nothing sent yet is a state, not a failure: scripts that check status before the first send go on.
                print("\(folder): nothing sent yet from this outbox (no ledger)")
                return
            }
            let issues = try issue.map { [($0 as NSString).lastPathComponent] } ?? ledger.issues()
            for id in issues {
                let counts = try ledger.counts(issue: id)
                print("\(id): \(counts.total) subscribers: \(counts.sent) sent, \(counts.queued) queued, "
                    + "\(counts.retrying) retrying, \(counts.failed) failed")
                for status in [DeliveryStatus.failed, .retrying] {
                    for record in try ledger.records(issue: id, status: status) {
                        let attempts = record.attempts == 1 ? "1 attempt" : "\(record.attempts) attempts"
                        print("  \(status.rawValue) \(record.address) (\(attempts)): \(record.lastReply ?? "no reply")")
                    }
                }
            }
        }
    }
}
