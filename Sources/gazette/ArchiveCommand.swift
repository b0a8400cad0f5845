import ArgumentParser
import Foundation
import GazetteKit

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Write every sent issue as a static web site: an index and an Atom feed per language, each edition's web version.",
        discussion: """
            The web versions carry no personal part: the unsubscribe link becomes a link to a page saying how \
            to unsubscribe. Host DIR anywhere, or let `gazette serve` serve OUTBOX/archive under /issues/. With \
            delivery.archive_url set, every email links to its edition there ("View in your browser").
            """
    )

    /// Outbox, templates, delivery.sender and delivery.archive_url, from the config every command finds alike.
    @OptionGroup var configOptions: ConfigOptions

    @Option(help: "Where to write the site (default OUTBOX/archive, which `gazette serve` serves).")
    var out: String?

    func run() throws {
        try reportingErrors {
            let loaded = try configOptions.load(required: true)
            var templates = TemplateSet.defaults
            if let folder = loaded.templates {
                do { templates = try TemplateSet.load(directory: folder) } catch let error as TemplateSet.LoadError {
                    throw DeliveryError("\(folder): \(error.description)")
                }
            }
            let folder = out ?? (loaded.outbox as NSString).appendingPathComponent("archive")
            let writer = ArchiveWriter(outbox: loaded.outbox, templates: templates, sender: loaded.delivery.list.sender,
                                       baseURL: loaded.delivery.list.archiveURL)
            let entries = try writer.write(to: folder)
            print("archive: \(entries.count) issues in \(folder)")
        }
    }
}
