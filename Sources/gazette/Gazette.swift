import ArgumentParser
import GazetteKit

@main
struct Gazette: AsyncParsableCommand {
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
