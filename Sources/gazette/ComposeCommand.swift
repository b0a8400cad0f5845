import ArgumentParser
import Foundation
import GazetteKit

struct ComposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Compose the newsletter and social posts of a period into the outbox.",
        discussion: """
            Selects the recaps of the period (by default the month that just ended; --period weekly for the week \
            that just ended, --month for a given month, --window for the days up to today), \
            pairs French and English twins, summarizes every talk in both languages, renders the fr, en and bilingual \
            editions and the social posts, and writes them with a manifest.json and a preview.html to OUT/<issue-id>/. \
            Recaps featured by an issue composed earlier are not featured again.
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    @OptionGroup var options: ComposeOptions

    @Option(help: "Outbox folder (default: the config's outbox, else ./outbox).")
    var out: String?

    func run() throws {
        try ComposeOptions.reportingConfigErrors(compose)
    }

    private func compose() throws {
        let (issue, config, record) = try options.composeIssue(outbox: out, configOptions: configOptions)
        let outbox = out ?? config.outbox
        // The record before the folder, as `run` does: a crash in between means composing again, never featuring twice.
        var updated = record
        updated.issues[issue.id] = issue.selection.decisions.filter(\.selected).map(\.key)
        try updated.save(outbox: outbox)
        let folder = try options.writeTimed(issue, outbox: outbox, dryRun: false)
        for diagnostic in issue.warnings + issue.failures { printError(diagnostic.description) }
        print(IssueSummary.line(issue, folder: folder))
        if !issue.failures.isEmpty { throw ExitCode(1) }
    }
}

/// The one-line and the longer summaries printed after composing.
enum IssueSummary {
    static func line(_ issue: ComposedIssue, folder: String) -> String {
        let selected = issue.selection.decisions.filter(\.selected).count
        let skipped = issue.selection.decisions.count - selected
        let emails = issue.artifacts.filter { $0.kind == .emailHTML }.count
        let posts = issue.artifacts.filter { $0.kind == .social }.count
        let talks = issue.talks.count == 1 ? "1 talk" : "\(issue.talks.count) talks"
        return "\(folder): \(talks) from \(selected) \(selected == 1 ? "recap" : "recaps") (\(skipped) skipped), "
            + "\(emails) email editions, \(posts) social posts, \(IssueWarnings(issue).summary)"
    }
}
