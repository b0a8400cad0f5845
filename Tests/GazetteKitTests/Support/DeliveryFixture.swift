import Foundation
import Testing
@testable import GazetteKit

/// A real composed issue (the project's Examples/, as a December 2026 issue) and generated subscribers, in a
/// temporary outbox of its own.
struct DeliveryFixture {
    let root: String
    var outbox: String { root + "/outbox" }
    let issueFolder: String
    let issueID: String
    let subjects: [Edition: String]

    static let unsubscribeKey = "test-unsubscribe-key"
    static let unsubscribePattern = "https://lists.example.org/unsubscribe?list=gazette&token={token}"

    init() throws {
        root = NSTemporaryDirectory() + "gazette-delivery-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // The December issue, so the French subject has an accent ("décembre") to encode and decode.
        var request = SelectionRequest(asOf: CalendarDay(year: 2026, month: 12, day: 5), period: .window(days: 60))
        request.alreadyFeatured = []
        let issue = try GazetteConfig().composer().compose(sources: [packageRoot + "/Examples"], request: request)
        issueFolder = try OutboxWriter(outbox: root + "/outbox").write(issue, dryRun: false)
        issueID = issue.id
        var subjects: [Edition: String] = [:]
        for artifact in issue.artifacts where artifact.kind == .emailHTML {
            subjects[Edition(rawValue: artifact.language)!] = artifact.subject
        }
        self.subjects = subjects
        // The postal address a real send requires (issue 10), and nothing else: the flags below say the rest.
        try Data("delivery:\n  sender:\n    postal_address: \"1 rue Exemple, Montréal QC, Canada\"\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/sender.yaml"))
    }

    /// A config holding only `delivery.sender.postal_address`.
    var senderConfig: String { root + "/sender.yaml" }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// `count` subscribers cycling through fr, en, both, named with accents (and a comma now and then).
    func subscribers(_ count: Int, file: String = "subscribers.csv") throws -> (path: String, list: [Subscriber]) {
        let names = ["Émilie Côté", "Jean-François Leblanc", "O'Neil, Patrick", "Zoë Lam", "Mathis Roy"]
        var csv = "email,name,language,city\n"
        var list: [Subscriber] = []
        for index in 0..<count {
            let edition: Edition = [.fr, .en, .bilingual][index % 3]
            let address = "reader\(index)@example.org"
            let name = names[index % names.count]
            csv += "\(address),\"\(name)\",\(["fr", "en", "both"][index % 3]),Montréal\n"
            list.append(Subscriber(address: address, name: name, edition: edition))
        }
        let path = root + "/" + file
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return (path, list)
    }

    /// The arguments every real send of this fixture shares.
    func sendArguments(subscribers: String, server: String) -> [String] {
        ["send", "--config", senderConfig, "--issue", issueFolder, "--subscribers", subscribers, "--smtp", server,
         "--from", "Gazette des meetups <gazette@example.org>", "--reply-to", "organisateurs@example.org",
         "--unsubscribe-url", Self.unsubscribePattern, "--retry-delay", "0.05", "--retry-rounds", "1"]
    }

    static var environment: [String: String] { ["GAZETTE_UNSUBSCRIBE_KEY": unsubscribeKey] }

    func ledger() throws -> DeliveryLedger {
        guard let ledger = try DeliveryLedger.open(outbox: outbox, create: false) else { throw TestFailure("no ledger in \(outbox)") }
        return ledger
    }
}

extension DeliveryFixture {
    /// A send of this fixture's issue over these transports, with the fixture's sender and a fresh ledger.
    func deliveryRun(transports: [MessageTransport], policy: RetryPolicy = RetryPolicy(), rate: Double? = nil) throws -> DeliveryRun {
        var settings = DeliverySettings()
        settings.from = "Gazette <gazette@example.org>"
        settings.unsubscribeURL = DeliveryFixture.unsubscribePattern
        let sender = try SenderIdentity(settings: settings, environment: DeliveryFixture.environment)
        let factory = MessageFactory(editions: try IssueEditions.load(folder: issueFolder), sender: sender)
        let ledger = try #require(try DeliveryLedger.open(outbox: outbox, create: true))
        return DeliveryRun(ledger: ledger, factory: factory, transports: transports, rate: rate, policy: policy)
    }
}
