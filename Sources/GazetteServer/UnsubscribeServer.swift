import Foundation
import GazetteKit
import Hummingbird
import Logging
import HummingbirdCore
import NIOCore

/// `gazette serve`: the RFC 8058 one-click endpoint, the confirmation page for people who click the
/// link, and the web archive under `/issues/`. Meant to run on loopback behind the organizer's web
/// server, which does TLS.
public struct UnsubscribeServer: Sendable {
    public struct Settings: Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        public var outbox: String
        /// The folder `gazette archive` wrote, served under `/issues/`; nil: no archive.
        public var archiveFolder: String?
        public var tokens: UnsubscribeToken
        public var pages: UnsubscribePages
        /// Bodies above this are refused (413): a one-click body is 26 bytes, a form's under 100.
        public var maxBodyBytes = 1024
        /// Headers above this are refused by the HTTP parser.
        public var maxHeaderBytes = 8 * 1024
        /// An idle connection is closed after this long, so slow clients cannot hold connections open.
        public var idleTimeoutSeconds: Int64 = 15

        public init(outbox: String, archiveFolder: String?, tokens: UnsubscribeToken, pages: UnsubscribePages) {
            self.outbox = outbox
            self.archiveFolder = archiveFolder
            self.tokens = tokens
            self.pages = pages
        }
    }

    public let settings: Settings
    let logger: Logger

    public init(settings: Settings, logger: Logger) {
        self.settings = settings
        self.logger = logger
    }

    /// Serves until the process is stopped; `onListening` gets the bound port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let store = try SuppressionStore.open(outbox: settings.outbox, create: true)!
        let handler = UnsubscribeHandler(store: store, tokens: settings.tokens, pages: settings.pages, maxBodyBytes: settings.maxBodyBytes)
        let router = Router()
        router.add(middleware: RequestLogMiddleware(logger: logger))
        if let archive = settings.archiveFolder {
            // Hummingbird's FileMiddleware refuses any path holding "..", decoded or not, and serves only
            // what is under the folder; `gazette archive` writes no symbolic links there.
            router.add(middleware: FileMiddleware(archive, urlBasePath: "/issues", searchForIndexHtml: true, logger: logger))
        }
        for path in ["unsubscribe", "unsubscribe/:token"] {
            router.get(RouterPath(path)) { request, context in handler.page(request, context) }
            router.post(RouterPath(path)) { request, context in try await handler.unsubscribe(request, context) }
        }
        router.get("healthz") { _, _ in "ok\n" }

        let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: settings.maxHeaderBytes, maxHeaderListSize: settings.maxHeaderBytes, maxHeaderFieldCount: 100)
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(settings.idleTimeoutSeconds), httpDecoderConfiguration: decoder)),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: "gazette"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }
}

/// One log line per request: method, path with the token cut short, status, milliseconds.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let path = Self.redacted(request.uri.path, query: request.uri.query)
        do {
            let response = try await next(request, context)
            log(request, path, status: response.status.code, start)
            return response
        } catch let error as HTTPResponseError {
            log(request, path, status: error.status.code, start)
            throw error
        } catch {
            log(request, path, status: 500, start)
            throw error
        }
    }

    private func log(_ request: Request, _ path: String, status: Int, _ start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("\(request.method.rawValue) \(path) \(status) \(String(format: "%.1f", milliseconds))ms")
    }

    /// Never a whole token in a log: the first 6 characters say enough to match a complaint.
    static func redacted(_ path: String, query: String?) -> String {
        var shown = path
        if path.hasPrefix("/unsubscribe/") {
            shown = "/unsubscribe/" + UnsubscribeHandler.shortened(String(path.dropFirst("/unsubscribe/".count)))
        }
        guard let query, !query.isEmpty else { return shown }
        let parts = query.split(separator: "&").map { pair -> String in
            let field = pair.split(separator: "=", maxSplits: 1)
            guard field.count == 2, field[0] == "token" else { return field.first.map { String($0) + "=…" } ?? "" }
            return "token=" + UnsubscribeHandler.shortened(String(field[1]))
        }
        return shown + "?" + parts.joined(separator: "&")
    }
}
