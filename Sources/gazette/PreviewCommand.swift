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
            Warnings are sorted into those to act on before sending (a talk without a human-written text in a \
            language, dates that disagree, a link that is not absolute, a post left out) and notes (what was \
            shortened to fit a platform). With --strict the exit status is 2 when there is one to act on.
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    @OptionGroup var options: ComposeOptions

    @Option(help: "Scratch folder (default: a new folder under the system's temporary folder).")
    var out: String?

    @Flag(help: "Exit with status 2 when there is a warning to act on (notes about posts shortened to fit do not count).")
    var strict = false

    func run() throws {
        try ComposeOptions.reportingConfigErrors(compose)
    }

    private func compose() throws {
        let (issue, config, _) = try options.composeIssue(outbox: nil, configOptions: configOptions)
        if config.delivery.list.sender.postalAddress == nil {
            // The law's postal address is a send-time refusal; preview says so early, without failing --strict.
            printError("warning: no postal address: set delivery.sender.postal_address in the config, or a real send will refuse to start")
        }
        let scratch = out ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-preview-\(UUID().uuidString.prefix(8))")
        let folder = try options.writeTimed(issue, outbox: scratch, dryRun: true)
        print(report(issue, folder: folder))
        if !issue.failures.isEmpty { throw ExitCode(1) }
        if strict && !IssueWarnings(issue).toAct.isEmpty { throw ExitCode(2) }
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
            lines.append("  event \(index + 1) (\(sources)): \(event.talks.count) \(event.talks.count == 1 ? "talk" : "talks")")
        }
        for language in Language.allCases {
            let missing = issue.talks.filter { $0.missingHumanText.contains(language) }
            lines.append("  missing a human text in \(language.rawValue): \(missing.count)" + (missing.isEmpty ? "" : " (\(missing.map(\.id).joined(separator: ", ")))"))
        }
        let sorted = IssueWarnings(issue)
        let lacking = issue.talks.filter { !$0.missingHumanText.isEmpty }
        if !lacking.isEmpty {
            lines.append("Ready to paste into the overrides file, for the talks lacking a human text:")
            lines.append(contentsOf: Overrides.skeleton(for: lacking).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
        }
        lines.append("To act on: \(sorted.toAct.count)")
        lines.append(contentsOf: sorted.toAct.map { "  \($0)" })
        lines.append("Notes (shortened to fit a platform): \(sorted.notes.count)")
        lines.append(contentsOf: sorted.notes.map { "  \($0)" })
        lines.append("Summary: \(sorted.summary)")
        lines.append("Preview: \(folder)/preview.html")
        return lines.joined(separator: "\n")
    }
}
