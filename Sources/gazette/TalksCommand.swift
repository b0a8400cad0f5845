import ArgumentParser
import GazetteKit

struct TalksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talks",
        abstract: "Print the talks found in recap files.",
        discussion: """
            Reads each recap (Hugo post with YAML, TOML or JSON front matter and an HTML or Markdown body, \
            plain text, or an RSS/Atom feed) and prints every talk: speakers and affiliations, title and its \
            translation, kind, cities, links. Warnings and errors go to standard error, one line each; the exit \
            status is 1 when any file could not be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text for a person, or json for other tools (the shape is in the README).")
    var format: Format = .text

    @Argument(help: "Recap files or folders (read recursively).")
    var paths: [String]

    @Option(name: .customLong("max-recap-mb"), help: "Refuse a recap file larger than this many megabytes.")
    var maximumRecapMegabytes: Double = Double(RecapReader.defaultMaximumBytes) / 1_000_000

    func run() throws {
        let output = StandardOutput()
        var first = true
        if format == .json { output.write(TalksReport.jsonHeader) }
        let json = format == .json
        let scan: TalkScan
        let reader = RecapReader(maximumBytes: Int(maximumRecapMegabytes * 1_000_000))
        if json {
            scan = TalkScan.stream(
                sources: paths, reader: reader, keepingBlocks: false, transform: TalksReport.jsonPiece,
                consume: { pieces in
                    for piece in pieces {
                        TalksReport.writeJSON(piece, first: first) { output.write(bytes: $0) }
                        first = false
                    }
                })
        } else {
            scan = TalkScan.stream(
                sources: paths, reader: reader, keepingBlocks: false, transform: TalksReport.text,
                consume: { rendered in
                    for recap in rendered { output.write(recap + "\n") }
                })
        }
        if json { output.write(TalksReport.jsonFooter(failures: scan.failures) + "\n") }
        output.flush()
        for diagnostic in scan.warnings + scan.failures { printError(diagnostic.description) }
        if scan.hasFailures { throw ExitCode(1) }
    }
}
