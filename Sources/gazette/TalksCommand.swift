import ArgumentParser
import GazetteKit

struct TalksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talks",
        abstract: "Print the talks found in recap files."
    )

    @Argument(help: "Recap files or folders.")
    var paths: [String]

    func run() throws {
        print(paths)
    }
}
