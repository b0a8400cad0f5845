import ArgumentParser
import Foundation
import GazetteKit

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Dry run: compose into a scratch folder and summarize what would go out.",
        discussion: """
            Composes exactly as `compose` would, into a scratch folder (nothing is recorded as featured, nothing is \
            sent), then prints the recaps selected and skipped with their reasons, the talks of each recap, the texts \
            missing in each language and every warning. Open the printed preview.html to see the editions and posts. \
            With --strict the exit status is 2 when there is any warning.
            """
    )

    @OptionGroup var options: ComposeOptions

    @Option(help: "Scratch folder (default: a new folder under the system's temporary folder).")
    var out: String?

    @Flag(help: "Exit with status 2 when there is any warning.")
    var strict = false

    func run() throws {
        try ComposeOptions.reportingConfigErrors(compose)
    }

    private func compose() throws {
        let issue = try options.composeIssue(outbox: nil).issue
        let scratch = out ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-preview-\(UUID().uuidString.prefix(8))")
        let folder = try OutboxWriter(outbox: scratch).write(issue, dryRun: true)
        print(report(issue, folder: folder))
        if !issue.failures.isEmpty { throw ExitCode(1) }
        let warnings = issue.warnings.count + issue.artifacts.reduce(0) { $0 + $1.warnings.count }
        if strict && warnings > 0 { throw ExitCode(2) }
    }

    private func report(_ issue: ComposedIssue, folder: String) -> String {
        var lines = ["Issue \(issue.id) (as of \(issue.request.asOf)) — dry run, nothing sent"]
        lines.append("Recaps:")
        for decision in issue.selection.decisions {
            let date = decision.date?.description ?? "undated"
            // Every page bundle's file is index.md: its folder is what names it.
            let twin = decision.twin.map { source -> String in
                let name = (source as NSString).lastPathComponent
                let folder = ((source as NSString).deletingLastPathComponent as NSString).lastPathComponent
                return ", twin of " + (name.lowercased().hasPrefix("index.") && !folder.isEmpty ? folder + "/" + name : name)
            } ?? ""
            lines.append("  \(decision.selected ? "+" : "-") \(decision.source) [\(decision.language.rawValue), \(date)] \(decision.reason.rawValue)\(twin)")
        }
        lines.append("Talks:")
        for (index, event) in issue.selection.events.enumerated() {
            let sources = event.recaps.values.map { ($0.recap.source as NSString).lastPathComponent }.sorted().joined(separator: " + ")
            lines.append("  event \(index + 1) (\(sources)): \(event.talks.count) talks")
        }
        for language in Language.allCases {
            let missing = issue.talks.filter { $0.missingHumanText.contains(language) }
            lines.append("  missing a human text in \(language.rawValue): \(missing.count)" + (missing.isEmpty ? "" : " (\(missing.map(\.id).joined(separator: ", ")))"))
        }
        let warnings = (issue.failures + issue.warnings).map(\.description)
            + issue.artifacts.flatMap { artifact in artifact.warnings.map { "\(artifact.path): warning: \($0)" } }
        let lacking = issue.talks.filter { !$0.missingHumanText.isEmpty }
        if !lacking.isEmpty {
            lines.append("Ready to paste into the overrides file, for the talks lacking a human text:")
            lines.append(contentsOf: Overrides.skeleton(for: lacking).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
        }
        lines.append("Warnings: \(warnings.count)")
        lines.append(contentsOf: warnings.map { "  \($0)" })
        lines.append("Preview: \(folder)/preview.html")
        return lines.joined(separator: "\n")
    }
}
