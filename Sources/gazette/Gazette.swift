import ArgumentParser
import GazetteKit

@main
struct Gazette: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Turn meetup recap posts into a bilingual newsletter and social posts, and deliver them.",
        version: GazetteVersion.current,
        subcommands: [ComposeCommand.self, PreviewCommand.self, SendCommand.self, RunCommand.self, StatusCommand.self,
                      SuppressionsCommand.self, ServeCommand.self, InboxCommand.self, ArchiveCommand.self,
                      InitCommand.self, TalksCommand.self, BlocksCommand.self]
    )
}
