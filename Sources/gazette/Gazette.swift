import ArgumentParser
import Dispatch
import GazetteKit

struct Gazette: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Turn meetup recap posts into a bilingual newsletter and social posts, and deliver them.",
        discussion: """
            Every command finds its settings the same way: --config FILE, else $GAZETTE_CONFIG, else ./gazette.yaml \
            when there is one (--verbose says which). `scripts/install.sh [PREFIX]` installs gazette with its man \
            page (`man gazette`) and its bash, zsh and fish completions; `gazette --generate-completion-script bash` \
            prints a completion script by hand.
            """,
        version: GazetteVersion.current,
        subcommands: [ComposeCommand.self, PreviewCommand.self, SendCommand.self, RunCommand.self, StatusCommand.self,
                      SuppressionsCommand.self, ServeCommand.self, InboxCommand.self, ArchiveCommand.self,
                      InitCommand.self, KeyCommand.self, TalksCommand.self, BlocksCommand.self]
    )
}

/// The entry point. Only `serve` is asynchronous; every other command runs straight on the main thread.
/// An async `@main` would park the main thread in libdispatch's `dispatchMain` (sigsuspend) for all of
/// them, and valgrind 3.19 dies there, so callgrind could not count what `gazette talks` costs
/// (scripts/bench_talks_instructions.sh). This is swift-argument-parser's own `main()` with that split.
@main
enum GazetteEntry {
    static func main() {
        let parsed: ParsableCommand
        do { parsed = try Gazette.parseAsRoot() } catch { Gazette.exit(withError: error) }
        if let command = parsed as? AsyncParsableCommand {
            nonisolated(unsafe) var running = command
            Task {
                do { try await running.run() } catch { Gazette.exit(withError: error) }
                Gazette.exit()
            }
            dispatchMain()
        }
        var command = parsed
        do { try command.run() } catch { Gazette.exit(withError: error) }
    }
}
