import Foundation
import Testing
@testable import GazetteKit

/// Settings a send cannot work with stop it at once with one line and the fix, and an exit status that
/// tells cron mail "fix the config" apart from "the server is down, a later run will do it" (3).
@Suite(.serialized, .enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
struct SendMisconfigurationTests {
    @Test func aServerWithoutSTARTTLSIsAConfigurationErrorAtOnceNotAnOutage() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(4)
        let server = try TestSMTPServer.start()  // plain SMTP: no STARTTLS on offer
        defer { server.stop() }

        // Without --insecure-no-tls, smtp:// requires STARTTLS; retry delays of 30 s would show as a long run.
        var arguments = fixture.sendArguments(subscribers: csv, server: server.url)
        arguments[arguments.firstIndex(of: "--retry-delay")! + 1] = "30"
        let run = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        #expect(run.status == 5, "\(run.output) \(run.errors)")
        let lines = run.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 1, "one line: \(lines)")
        #expect(lines.first?.hasPrefix("gazette: SMTP settings: \(server.url): ") == true)
        #expect(run.errors.contains("the server does not offer STARTTLS; if it takes TLS from the start (port 465) use smtps://, "
            + "and `insecure_no_tls: true` (--insecure-no-tls) only for a test server on this machine"))
        #expect(!run.errors.contains("trying again"), "no retries")
        #expect(try server.messages().isEmpty)
        // Nobody's message was used up: all still queued for the run after the fix.
        let ledger = try fixture.ledger()
        #expect(try ledger.counts(issue: fixture.issueID).queued == list.count)

        let fixed = try GazetteProcess.run(arguments + ["--insecure-no-tls"], environment: DeliveryFixture.environment)
        #expect(fixed.status == 0, "\(fixed.errors)")
        #expect(try server.messages().count == list.count)
    }

    @Test func smtpsToAPlainServerSaysToUseSmtp() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(2)
        let server = try TestSMTPServer.start()
        defer { server.stop() }
        let url = "smtps://127.0.0.1:\(server.port)"
        let run = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: url), environment: DeliveryFixture.environment)
        #expect(run.status == 5, "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
        #expect(run.errors.contains("no TLS from the start here; for a server that expects STARTTLS (port 587 or 25) use smtp://"), "\(run.errors)")
    }

    @Test func noUnsubscribeKeySaysHowToMakeOne() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(2)
        let run = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: "smtp://127.0.0.1:9") + ["--insecure-no-tls"])
        #expect(run.status == 1)
        #expect(run.errors == "gazette: refusing to send: GAZETTE_UNSUBSCRIBE_KEY is not set: unsubscribe tokens cannot be made; "
            + "make a key once with `gazette key > unsubscribe-key` (or `openssl rand -base64 32`), keep it, and set "
            + "GAZETTE_UNSUBSCRIBE_KEY=$(cat unsubscribe-key)\n")
    }

    @Test func anSMTPOptionWithoutSchemeIsAUsageErrorNamingTheScheme() throws {
        let run = try GazetteProcess.run(["send", "--issue", "x", "--smtp", "127.0.0.1:8025"])
        #expect(run.status == 64)
        #expect(run.errors.contains("--smtp: `127.0.0.1:8025` has no scheme: write smtp://127.0.0.1:8025"))
    }
}
