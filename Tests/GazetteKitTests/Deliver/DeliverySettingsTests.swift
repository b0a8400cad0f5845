import Foundation
import Testing
@testable import GazetteKit

@Suite struct DeliverySettingsTests {
    func load(_ yaml: String) throws -> GazetteConfig {
        let folder = NSTemporaryDirectory() + "gazette-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder + "/gazette.yaml"))
        return try GazetteConfig.load(path: folder + "/gazette.yaml")
    }

    @Test func readsDeliveryAndSMTPSections() throws {
        let config = try load("""
            delivery:
              subscribers: people.csv
              suppression: /var/lib/gazette/suppressed.txt
              from: "Gazette <gazette@example.org>"
              reply_to: team@example.org
              unsubscribe_url: "https://example.org/u?token={token}"
              rate: 600/min
              retry: {rounds: 1, delay_seconds: 5, max_attempts: 3}
            smtp:
              url: smtps://mail.example.org:465
              user: gazette
              password_file: secret.txt
              timeout_seconds: 12
              connections: 4
            """)
        let delivery = config.delivery
        #expect(delivery.subscribers?.hasSuffix("/people.csv") == true && delivery.subscribers != "people.csv", "relative to the config")
        #expect(delivery.suppression == "/var/lib/gazette/suppressed.txt")
        #expect(delivery.from == "Gazette <gazette@example.org>")
        #expect(delivery.rate == 10)
        #expect(delivery.retry.rounds == 1 && delivery.retry.delaySeconds == 5 && delivery.retry.maxAttempts == 3)
        #expect(delivery.smtpURL == "smtps://mail.example.org:465")
        #expect(delivery.smtpUser == "gazette")
        #expect(delivery.smtpPasswordFile?.hasSuffix("/secret.txt") == true)
        #expect(delivery.smtpTimeoutSeconds == 12)
        #expect(delivery.smtpInsecureNoTLS == false)
        #expect(delivery.smtpConnections == 4)
        #expect(try load("smtp:\n  url: smtp://mail.example.org\n").delivery.smtpConnections == 1, "one connection by default")
    }

    @Test func connectionsOutsideOneToSixteenAreRefusedWithTheKey() throws {
        for value in ["0", "17", "many"] {
            #expect {
                try load("smtp:\n  url: smtp://mail.example.org\n  connections: \(value)\n")
            } throws: { error in
                "\(error)".contains("connections") && "\(error)".contains("1 to 16")
            }
        }
    }

    @Test func aPasswordInTheConfigIsRefusedWithItsLine() throws {
        #expect {
            try load("sources: [a]\nsmtp:\n  url: smtp://mail.example.org\n  password: hunter2\n")
        } throws: { error in
            let description = "\(error)"
            return description.contains("gazette.yaml:4") && description.contains("smtp.password") && !description.contains("hunter2")
        }
    }

    @Test func anUnsubscribeURLWithoutTokenOrHTTPSIsRefused() throws {
        for url in ["http://example.org/u?token={token}", "https://example.org/unsubscribe"] {
            #expect(throws: ConfigError.self) { try load("delivery:\n  unsubscribe_url: \"\(url)\"\n") }
        }
    }
}
