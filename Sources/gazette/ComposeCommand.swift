import ArgumentParser
import Foundation
import GazetteKit

struct ComposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Compose the newsletter and social posts of a period into the outbox.",
        discussion: """
            Selects the recaps of the period (the 31 days up to today unless --month or --window says otherwise), \
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
        let folder = try OutboxWriter(outbox: outbox).write(issue, dryRun: false)
        var updated = record
        updated.issues[issue.id] = issue.selection.decisions.filter(\.selected).map(\.key)
        try updated.save(outbox: outbox)
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
        return "\(folder): \(issue.talks.count) talks from \(selected) recaps (\(skipped) skipped), "
            + "\(emails) email editions, \(posts) social posts, \(IssueWarnings(issue).summary)"
    }
}
