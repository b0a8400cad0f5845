import Foundation
@testable import GazetteKit

/// A real composed issue (Examples/, December 2026) with a sender identity and a web archive URL in
/// its config, a config file that sends it to a given test server, and subscribers in each language.
struct ListFixture {
    let root: String
    var outbox: String { root + "/outbox" }
    var configPath: String { root + "/gazette.yaml" }
    let issueFolder: String
    let issueID: String

    static let names: [Language: String] = [.fr: "Les Meetups infonuagiques de l’Est", .en: "Eastern Cloud Native Meetups"]
    static let postalAddress = "1234 rue Sainte-Catherine Ouest\nMontréal QC  H3G 1P1\nCanada"
    static let postalLine = "1234 rue Sainte-Catherine Ouest, Montréal QC  H3G 1P1, Canada"
    static let contact = "organisateurs@example.org"
    static let archiveURL = "https://example.org/issues/"
    static let unsubscribeKey = "list-test-key"

    /// `postalAddress: false` leaves it out of the config (a send must refuse).
    init(postalAddress: Bool = true, bounceAddress: String? = nil, server: String = "smtp://127.0.0.1:9", extraDelivery: String = "") throws {
        root = NSTemporaryDirectory() + "gazette-list-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let yaml = """
            outbox: outbox
            delivery:
              subscribers: subscribers.csv
              from: "Gazette <gazette@example.org>"
              unsubscribe_url: "https://lists.example.org/unsubscribe?token={token}"
              unsubscribe_mailto: unsubscribe@example.org
              archive_url: \(Self.archiveURL)
            \(bounceAddress.map { "  bounce_address: \"\($0)\"" } ?? "")
              sender:
                name:
                  fr: "\(Self.names[.fr]!)"
                  en: "\(Self.names[.en]!)"
            \(postalAddress ? "    postal_address: |\n" + Self.postalAddress.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") : "")
                contact: \(Self.contact)
            \(extraDelivery)
            smtp:
              url: \(server)
              insecure_no_tls: true
              timeout_seconds: 10
            """
        try yaml.write(toFile: root + "/gazette.yaml", atomically: true, encoding: .utf8)
        let config = try GazetteConfig.load(path: root + "/gazette.yaml")
        var request = SelectionRequest(asOf: CalendarDay(year: 2026, month: 12, day: 5), period: .window(days: 60))
        request.alreadyFeatured = []
        let issue = try config.composer().compose(sources: [packageRoot + "/Examples"], request: request)
        issueFolder = try OutboxWriter(outbox: root + "/outbox").write(issue, dryRun: false)
        issueID = issue.id
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Subscribers `fr@`, `en@`, `both@example.org` and any `more`.
    @discardableResult
    func writeSubscribers(more: [String] = []) throws -> [String] {
        var csv = "email,name,language\nfr@example.org,Émilie Côté,fr\nen@example.org,Zoë Lam,en\nboth@example.org,Mathis Roy,both\n"
        for address in more { csv += "\(address),,fr\n" }
        try csv.write(toFile: root + "/subscribers.csv", atomically: true, encoding: .utf8)
        return ["fr@example.org", "en@example.org", "both@example.org"] + more
    }

    static var environment: [String: String] { ["GAZETTE_UNSUBSCRIBE_KEY": unsubscribeKey] }

    func gazette(_ arguments: [String], environment: [String: String] = ListFixture.environment) throws -> GazetteProcess.Result {
        try GazetteProcess.run(arguments, environment: environment)
    }

    func send(server: TestSMTPServer, extra: [String] = []) throws -> GazetteProcess.Result {
        try gazette(["send", "--config", configPath, "--issue", issueFolder, "--smtp", server.url, "--retry-delay", "0.05",
                     "--retry-rounds", "0"] + extra)
    }
}
