import Foundation
import Testing
@testable import GazetteKit

/// `gazette send` end to end: the built executable, a real composed issue, and the project's SMTP
/// server (aiosmtpd) on loopback that stores what it receives and answers with chosen codes.
@Suite(.serialized, .enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
struct SendIntegrationTests {
    func recipients(_ server: TestSMTPServer) throws -> [String: Int] {
        try server.messages().reduce(into: [:]) { counts, message in
            for recipient in message.recipients { counts[recipient, default: 0] += 1 }
        }
    }

    @Test func twoHundredSubscribersEachReceiveTheirOwnIntactMessageOnceOverOneConnection() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(200)
        let server = try TestSMTPServer.start()
        defer { server.stop() }

        let first = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls", "--trace-smtp"],
                                           environment: DeliveryFixture.environment)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("sent 200"))
        #expect(server.connectionCount == 1)
        // libcurl says so too: every message after the first goes over the connection it kept.
        #expect(first.errors.components(separatedBy: "Re-using existing connection").count - 1 == 199)

        let stored = try server.messages()
        #expect(stored.count == 200)
        #expect(Set(stored.flatMap(\.recipients)) == Set(list.map(\.address)))
        #expect(stored.allSatisfy { $0.recipients.count == 1 && $0.mailFrom == "gazette@example.org" })

        let parsed = try ParsedMessage.parse([server.storeFolder])
        #expect(parsed.count == 200)
        let tokens = UnsubscribeToken(key: DeliveryFixture.unsubscribeKey)
        var messageIDs = Set<String>()
        for message in parsed {
            let subscriber = try #require(list.first { $0.address == message.toAddress })
            let url = UnsubscribeToken.url(pattern: DeliveryFixture.unsubscribePattern, token: tokens.token(for: subscriber.address),
                                           address: subscriber.address)
            #expect(message.defects.isEmpty, "\(message.file): \(message.defects)")
            #expect(message.toName == subscriber.name)
            #expect(message.fromName == "Gazette des meetups")
            #expect(message.subject == fixture.subjects[subscriber.edition])
            #expect(message.contentType == "multipart/alternative")
            #expect(message.parts.map(\.type) == ["text/plain", "text/html"])
            #expect(message.parts.allSatisfy { $0.charset == "utf-8" && $0.encoding == "quoted-printable" })
            #expect(!message.bareLf)
            #expect(message.longestLine <= 998)
            let text = message.parts[0].content, html = message.parts[1].content
            #expect(text.contains(url), "\(message.file): own unsubscribe link in the text part")
            #expect(html.contains(url.htmlEscaped), "\(message.file): own unsubscribe link in the HTML part")
            #expect(!text.contains(IssueEditions.unsubscribePlaceholder) && !html.contains(IssueEditions.unsubscribePlaceholder))
            switch subscriber.edition {
            case .fr:
                #expect(html.contains("<html lang=\"fr\"") && text.contains("Se désabonner") && !text.contains("Unsubscribe"))
                #expect(message.headers["content-language"] == "fr")
            case .en:
                #expect(html.contains("<html lang=\"en\"") && text.contains("Unsubscribe") && !text.contains("Se désabonner"))
                #expect(message.headers["content-language"] == "en")
            case .bilingual:
                #expect(text.contains("Se désabonner") && text.contains("Unsubscribe"))
                #expect(message.headers["content-language"] == "fr, en")
            }
            let headers = message.headers
            #expect(headers["reply-to"] == "organisateurs@example.org")
            #expect(headers["mime-version"] == "1.0")
            #expect(headers["date"] != nil)
            #expect(headers["list-id"]?.contains("<") == true)
            #expect(message.rawHeaders["list-unsubscribe"] == ["<\(url)>"])
            #expect(message.rawHeaders["list-unsubscribe-post"] == ["List-Unsubscribe=One-Click"])
            let messageID = try #require(headers["message-id"])
            #expect(messageID.hasPrefix("<") && messageID.hasSuffix("@example.org>"))
            messageIDs.insert(messageID)
        }
        #expect(messageIDs.count == 200, "every Message-ID unique")
        #expect(fixture.subjects[.fr]?.contains("décembre") == true)
        #expect(parsed.filter { $0.subject.contains("décembre") }.count == list.filter { $0.edition != .en }.count, "fr and bilingual subjects, accents decoded")

        let second = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls"],
                                            environment: DeliveryFixture.environment)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("sent 0"))
        #expect(try server.messages().count == 200, "a second run sends nothing")

        let dryRun = try GazetteProcess.run(["send", "--dry-run", "--issue", fixture.issueFolder, "--subscribers", csv],
                                            environment: DeliveryFixture.environment)
        #expect(dryRun.output.contains("would send 0 messages, 200 already sent"), "a dry run reads the ledger: \(dryRun.output)")

        let status = try GazetteProcess.run(["status", "--issue", fixture.issueFolder])
        #expect(status.output.contains("\(fixture.issueID): 200 subscribers: 200 sent, 0 queued, 0 retrying, 0 failed"))
    }

    @Test func deferredRecipientsAreDeliveredNextRunAndRefusedOnesAreNeverRetried() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(30)
        let deferred = list[3...6].map(\.address), refused = list[10...12].map(\.address)
        let replies = fixture.root + "/replies.txt"
        try Data((deferred.map { "\($0) 451" } + refused.map { "\($0) 550" }).joined(separator: "\n").utf8)
            .write(to: URL(fileURLWithPath: replies))
        let server = try TestSMTPServer.start(options: ["--reply-file", replies])
        defer { server.stop() }
        let arguments = fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls"]

        let first = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        #expect(first.status == 5, "some left for later and some refused for good: \(first.errors)")
        #expect(first.output.contains("sent 23, 4 to retry later, 3 failed"))
        let ledger = try fixture.ledger()
        for address in deferred {
            let record = try #require(try ledger.record(issue: fixture.issueID, subscriber: address))
            #expect(record.status == .retrying)
            #expect(record.attempts == 2, "tried once more within the run")
            #expect(record.lastReply?.hasPrefix("451") == true)
        }
        for address in refused {
            let record = try #require(try ledger.record(issue: fixture.issueID, subscriber: address))
            #expect(record.status == .failed)
            #expect(record.lastReply?.hasPrefix("550") == true)
        }

        // The greylisting is over; the refusals stand.
        try Data(refused.map { "\($0) 550" }.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: replies))
        let second = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        // A 550 suppresses the address (delivery.suppress_on_5xx): off the list, it no longer counts against
        // the run, which has now sent the issue to everyone still subscribed.
        #expect(second.status == 0, "the refused addresses are suppressed: \(second.errors)")
        #expect(second.output.contains("sent 4, 0 failed"))
        let received = try recipients(server)
        #expect(Set(received.keys) == Set(list.map(\.address)).subtracting(refused))
        #expect(received.values.allSatisfy { $0 == 1 })
        for address in refused {
            #expect(try ledger.record(issue: fixture.issueID, subscriber: address)?.attempts == 1, "550 is never retried")
        }
        let status = try GazetteProcess.run(["status", "--issue", fixture.issueFolder])
        #expect(status.output.contains("27 sent, 0 queued, 0 retrying, 3 failed"))
        for address in refused { #expect(status.output.contains("failed \(address) (1 attempt): 550")) }
    }

    @Test func aServerStoppedMidBatchLosesNoOne() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(60)
        let dying = try TestSMTPServer.start(options: ["--stop-after", "25"])
        let first = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: dying.url) + ["--insecure-no-tls"],
                                           environment: DeliveryFixture.environment)
        dying.stop()
        #expect(first.status == 3, "\(first.errors)")
        #expect(first.output.contains("stopped"))
        let before = try recipients(dying)
        #expect(before.count == 25)

        let server = try TestSMTPServer.start()
        defer { server.stop() }
        let second = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls"],
                                            environment: DeliveryFixture.environment)
        #expect(second.status == 0, "\(second.errors)")
        let after = try recipients(server)
        #expect(Set(before.keys).union(after.keys) == Set(list.map(\.address)), "everyone reached")
        #expect(Set(before.keys).isDisjoint(with: after.keys), "no one twice")
    }

    @Test func killedMidBatchThenRerunReachesEveryoneWithAtMostOneDuplicate() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(80)
        let server = try TestSMTPServer.start(options: ["--delay-ms", "15"])
        defer { server.stop() }
        let arguments = fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls"]

        let doomed = try GazetteProcess(arguments, environment: DeliveryFixture.environment)
        let deadline = Date().addingTimeInterval(60)
        while try server.messages().count < 20 && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        doomed.kill()
        let killed = doomed.wait()
        #expect(killed.status == SIGKILL)
        let reachedBefore = try server.messages().count
        #expect(reachedBefore >= 20 && reachedBefore < 80, "killed mid-batch")

        let rerun = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        #expect(rerun.status == 0, "\(rerun.errors)")
        let received = try recipients(server)
        #expect(Set(received.keys) == Set(list.map(\.address)), "everyone reached")
        let duplicates = received.values.reduce(0) { $0 + $1 - 1 }
        #expect(duplicates <= 1, "at most the message in flight is repeated")
    }

    @Test func aSecondConcurrentSendExitsAtOnceWithItsOwnStatus() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(40)
        let server = try TestSMTPServer.start(options: ["--delay-ms", "50"])
        defer { server.stop() }
        let arguments = fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls"]
        let running = try GazetteProcess(arguments, environment: DeliveryFixture.environment)
        let deadline = Date().addingTimeInterval(60)
        while try server.messages().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }

        let started = Date()
        let second = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        #expect(second.status == 75)
        #expect(second.errors.contains("another gazette send is running (pid \(running.process.processIdentifier)"))
        #expect(Date().timeIntervalSince(started) < 10, "exits at once, without waiting for the lock")
        let finished = running.wait()
        #expect(finished.status == 0, "\(finished.errors)")
        #expect(try recipients(server).count == 40)
    }

    @Test func startTLSWithACertificateTrustedThroughACAFileAndAuth() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(6)
        let (certificate, key) = try TestSMTPServer.makeSelfSignedCertificate(in: fixture.root)
        let password = "s3cret-Pässword"
        let server = try TestSMTPServer.start(options: ["--tls-cert", certificate, "--tls-key", key, "--require-tls",
                                                        "--auth", "gazette:\(password)"])
        defer { server.stop() }
        var environment = DeliveryFixture.environment
        environment["GAZETTE_SMTP_PASSWORD"] = password
        let arguments = fixture.sendArguments(subscribers: csv, server: server.url) + ["--smtp-user", "gazette", "--trace-smtp", "--verbose"]

        let untrusted = try GazetteProcess.run(arguments + ["--retry-rounds", "0"], environment: environment)
        #expect(untrusted.status == 78, "the self-signed certificate is not trusted without --ca-file: a setting to fix")
        #expect(untrusted.errors.contains("set smtp.ca_file (--ca-file)"), "\(untrusted.errors)")
        #expect(try server.messages().isEmpty)

        let trusted = try GazetteProcess.run(arguments + ["--ca-file", certificate], environment: environment)
        #expect(trusted.status == 0, "\(trusted.errors)")
        #expect(try recipients(server).count == 6)
        #expect(trusted.errors.contains("STARTTLS"))
        let base64Password = Data("\u{0}gazette\u{0}\(password)".utf8).base64EncodedString()
        for output in [untrusted, trusted] {
            #expect(!output.errors.contains(password) && !output.output.contains(password), "the password is never logged")
            #expect(!output.errors.contains(base64Password))
        }
    }

    @Test func aRealSendRefusesToStartWithoutWhatItNeeds() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(3)
        let server = try TestSMTPServer.start()
        defer { server.stop() }
        var arguments = fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls"]

        let noKey = try GazetteProcess.run(arguments)
        #expect(noKey.status == 1)
        #expect(noKey.errors.contains("GAZETTE_UNSUBSCRIBE_KEY"))

        let index = try #require(arguments.firstIndex(of: "--unsubscribe-url"))
        arguments.removeSubrange(index...index + 1)
        let noURL = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        #expect(noURL.status == 1)
        #expect(noURL.errors.contains("unsubscribe"))

        let remotePlain = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: "smtp://mail.example.org:25") + ["--insecure-no-tls"],
                                                 environment: DeliveryFixture.environment)
        #expect(remotePlain.status == 1)
        #expect(remotePlain.errors.contains("only for a server on this machine"))

        let noTLS = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url) + ["--retry-rounds", "0"],
                                           environment: DeliveryFixture.environment)
        #expect(noTLS.status == 78, "smtp:// requires STARTTLS, which this server does not offer: a setting to fix")
        #expect(try server.messages().isEmpty)
        #expect(try fixture.ledger().counts(issue: fixture.issueID).pending == 3, "nothing lost: all still to send")
    }

    @Test func aDryRunWritesTheExactMessagesAndConnectsToNothing() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(12)
        // Port 9 on loopback: nothing listens; a dry run must not even try.
        let arguments = ["send", "--dry-run", "--issue", fixture.issueFolder, "--subscribers", csv, "--smtp", "smtp://127.0.0.1:9",
                         "--from", "Gazette <gazette@example.org>"]
        let sample = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        #expect(sample.status == 0, "\(sample.errors)")
        #expect(sample.output.contains("would send 12 messages (fr 4, en 4, bilingual 4)"))
        #expect(sample.errors.contains("a real send would refuse to start: no unsubscribe URL"))
        let folder = fixture.issueFolder + "/dry-run"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".eml") }.sorted()
        #expect(files.count == 5)
        let parsed = try ParsedMessage.parse([folder])
        #expect(parsed.map(\.toAddress) == list.prefix(5).map(\.address))
        #expect(parsed.allSatisfy { $0.rawHeaders["list-unsubscribe"]?.first?.contains("unsubscribe.invalid") == true })
        let summary = try String(contentsOfFile: folder + "/summary.txt", encoding: .utf8)
        #expect(summary.contains("reader11@example.org\tbilingual"))
        #expect(try DeliveryLedger.open(outbox: fixture.outbox, create: false) == nil, "a dry run records nothing")

        let all = try GazetteProcess.run(arguments + ["--all"], environment: DeliveryFixture.environment)
        #expect(all.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".eml") }.count == 12)
    }

    @Test func runComposesTheCurrentPeriodOnceAndSendsIt() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(9)
        let server = try TestSMTPServer.start()
        defer { server.stop() }
        let outbox = fixture.root + "/cron-outbox"
        let config = fixture.root + "/gazette.yaml"
        try Data("""
            sources: [\(packageRoot)/Examples]
            outbox: \(outbox)
            delivery:
              subscribers: \(csv)
              from: "Gazette <gazette@example.org>"
              unsubscribe_url: "https://example.org/u?token={token}"
              retry: {rounds: 0, delay_seconds: 0.05}
              sender: {postal_address: "1 rue Exemple, Montréal QC, Canada"}
            smtp:
              url: \(server.url)
              insecure_no_tls: true
            """.utf8).write(to: URL(fileURLWithPath: config))

        let first = try GazetteProcess.run(["run", "--config", config, "--as-of", "2026-11-20"], environment: DeliveryFixture.environment)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.split(separator: "\n").count == 1, "one summary line")
        #expect(first.output.contains("Z 2026-10: composed 5 talks; sent 9, 0 to retry later, 0 failed"), "the month that ended: \(first.output)")
        #expect(first.errors.isEmpty, "quiet by default: \(first.errors)")
        #expect(FileManager.default.fileExists(atPath: outbox + "/2026-10/manifest.json"))

        let second = try GazetteProcess.run(["run", "--config", config, "--as-of", "2026-11-20"], environment: DeliveryFixture.environment)
        #expect(second.status == 0)
        #expect(second.output.contains("Z 2026-10: composed before; sent 0, 0 to retry later, 0 failed"))
        #expect(try server.messages().count == 9)
    }
}
