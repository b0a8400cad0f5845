import ArgumentParser
import GazetteKit

/// Shows what the ingest stage read, block by block: for checking a recap that extracts badly.
struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Print the text blocks read from recap files (for diagnosing extraction)."
    )

    @Argument(help: "Recap files.")
    var paths: [String]

    func run() throws {
        let reader = RecapReader()
        for path in paths {
            let result = reader.read(file: path)
            for diagnostic in result.warnings + (result.failure.map { [$0] } ?? []) { print(diagnostic) }
            for recap in result.recaps {
                print("== \(recap.source) [\(recap.language.rawValue)] \(recap.title ?? "")")
                for block in recap.blocks {
                    print("[\(block.kind)] \(block.text)")
                    for link in block.links { print("    -> \(link.text) <\(link.href)> \(link.range)") }
                }
            }
        }
    }
}
