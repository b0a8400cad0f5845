import ArgumentParser
import Foundation
import GazetteKit
import GazetteServer
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the unsubscribe links (one-click, RFC 8058) and the web archive under /issues/.",
        discussion: """
            Run it behind your web server (which does TLS), e.g. proxying https://example.org/unsubscribe and \
            /issues/ to it. The tokens are checked with GAZETTE_UNSUBSCRIBE_KEY and the accepted old keys in \
            GAZETTE_UNSUBSCRIBE_OLD_KEYS (one per line); unsubscribes are recorded in OUTBOX/ledger.sqlite. \
            One log line per request on stderr.
            """
    )

    /// Outbox, delivery.sender and templates, from the config every command finds alike.
    @OptionGroup var configOptions: ConfigOptions

    @Option(help: "Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one).")
    var listen = "127.0.0.1:8080"

    @Option(help: "The folder `gazette archive` wrote (default OUTBOX/archive).")
    var archive: String?

    func run() async throws {
        let timestamped = isatty(STDERR_FILENO) == 0
        LoggingSystem.bootstrap { _ in StandardErrorLogHandler(logLevel: .info, timestamped: timestamped) }
        let logger = Logger(label: "gazette.serve")
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port) else {
            throw ValidationError("--listen takes HOST:PORT, like 127.0.0.1:8080.")
        }
        let host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let loaded: GazetteConfig
        do {
            loaded = try configOptions.load(required: true)
        } catch let error as ConfigError {
            printError(error.description)
            throw ExitCode(1)
        }
        guard let tokens = UnsubscribeToken.fromEnvironment(ProcessInfo.processInfo.environment) else {
            printError("GAZETTE_UNSUBSCRIBE_KEY is not set: the unsubscribe tokens cannot be checked")
            throw ExitCode(1)
        }
        var templates = TemplateSet.defaults
        if let folder = loaded.templates {
            do { templates = try TemplateSet.load(directory: folder) } catch let error as TemplateSet.LoadError {
                printError("\(folder): \(error.description)")
                throw ExitCode(1)
            }
        }
        let archiveFolder = archive ?? (loaded.outbox as NSString).appendingPathComponent("archive")
        var settings = UnsubscribeServer.Settings(
            outbox: loaded.outbox,
            archiveFolder: FileManager.default.fileExists(atPath: archiveFolder) ? archiveFolder : nil,
            tokens: tokens, pages: UnsubscribePages(templates: templates, sender: loaded.delivery.list.sender))
        settings.host = host
        settings.port = port
        try await UnsubscribeServer(settings: settings, logger: logger).run { bound in
            // On stdout, for scripts and tests that asked for port 0.
            FileHandle.standardOutput.write(Data("gazette: serving on http://\(host):\(bound)\n".utf8))
        }
    }
}
