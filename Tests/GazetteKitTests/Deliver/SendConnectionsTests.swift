import Foundation
import Testing
@testable import GazetteKit

/// `gazette send` end to end over several connections, at a limited rate, with a refused login and an
/// international domain, against the project's SMTP server on loopback.
@Suite(.serialized, .enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
struct SendConnectionsTests {
    func recipients(_ server: TestSMTPServer) throws -> [String: Int] {
        try server.messages().reduce(into: [:]) { counts, message in
            for recipient in message.recipients { counts[recipient, default: 0] += 1 }
        }
    }

    @Test func fourConnectionsEachKeptOpenReachEveryoneOnce() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(200)
        let server = try TestSMTPServer.start()
        defer { server.stop() }
        let result = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url)
                                            + ["--insecure-no-tls", "--connections", "4"], environment: DeliveryFixture.environment)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("sent 200"))
        #expect(server.connectionCount == 4, "four connections, each reused for every message it carried")
        let stored = try server.messages()
        #expect(Set(stored.map(\.connection)).count == 4)
        let received = try recipients(server)
        #expect(Set(received.keys) == Set(list.map(\.address)))
        #expect(received.values.allSatisfy { $0 == 1 }, "no subscriber given to two connections")
        #expect(try fixture.ledger().counts(issue: fixture.issueID).sent == 200)
    }

    @Test func theRateHoldsAsTheReceivingServerCountsIt() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(50)
        // Every reply 8 ms late, as over a network: a connection's first message also waits for the greeting
        // and EHLO, so it arrives later after its start than the next ones do. Starts spaced exactly 1/rate
        // then arrive closer than that, and the server counts one message too many in the first second.
        let server = try TestSMTPServer.start(options: ["--reply-delay-ms", "8"])
        defer { server.stop() }
        var windows: [Int] = []
        for connections in [[], ["--connections", "3"]] {
            let before = try server.messages().count
            let result = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url)
                                                + ["--insecure-no-tls", "--rate", "20/s"] + connections,
                                                environment: DeliveryFixture.environment)
            #expect(result.status == 0, "\(result.errors)")
            try? FileManager.default.removeItem(atPath: fixture.outbox + "/" + DeliveryLedger.fileName)
            let times = try server.messages().dropFirst(before).map(\.receivedAt).sorted()
            #expect(times.count == 50)
            // Any one second, as the server sees it.
            var most = 0, end = 0
            for (first, time) in times.enumerated() {
                while end < times.count, times[end] < time + 1 { end += 1 }
                most = max(most, end - first)
            }
            windows.append(most)
        }
        #expect(windows.allSatisfy { $0 <= 20 }, "most messages within one second at --rate 20/s: \(windows)")
        #expect(windows.allSatisfy { $0 >= 16 }, "and the limit is not wasted: \(windows)")
    }

    @Test func aRefusedPasswordIsAConfigurationErrorStatedOnceAndTheRunStops() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, _) = try fixture.subscribers(30)
        let server = try TestSMTPServer.start(options: ["--auth", "gazette:right-password"])
        defer { server.stop() }
        var environment = DeliveryFixture.environment
        environment["GAZETTE_SMTP_PASSWORD"] = "wrong-password"
        let started = Date()
        let result = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url)
                                            + ["--insecure-no-tls", "--smtp-user", "gazette", "--retry-delay", "5"],
                                            environment: environment)
        #expect(result.status == 78, "\(result.errors)")
        let lines = result.errors.split(separator: "\n").filter { $0.contains("error") }
        #expect(lines.count == 1, "one line: \(result.errors)")
        #expect(lines.first?.contains("535") == true && lines.first?.contains("smtp.user") == true
                && lines.first?.contains("smtp.password_file") == true)
        #expect(!result.errors.contains("wrong-password"))
        #expect(Date().timeIntervalSince(started) < 5, "no retry and no backoff")
        // The second: the refusal read again with the replies on (see SMTPSession.readReplies), and no more.
        #expect(server.connectionCount <= 2)
        let ledger = try fixture.ledger()
        #expect(try ledger.counts(issue: fixture.issueID).pending == 30, "nobody lost")
        #expect(try ledger.records(issue: fixture.issueID, status: .retrying).allSatisfy { $0.attempts == 0 },
                "nobody charged an attempt")
    }

    @Test func anInternationalDomainTravelsInItsASCIIForm() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let csv = fixture.root + "/idn.csv"
        try Data("email,name,language\nuser@bücher.de,Ana,fr\nbob@example.org,Bob,en\n".utf8).write(to: URL(fileURLWithPath: csv))
        let server = try TestSMTPServer.start()
        defer { server.stop() }
        let result = try GazetteProcess.run(fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls"],
                                            environment: DeliveryFixture.environment)
        #expect(result.status == 0, "\(result.errors)")
        #expect(Set(try server.messages().flatMap(\.recipients)) == ["user@xn--bcher-kva.de", "bob@example.org"])
        let parsed = try ParsedMessage.parse([server.storeFolder])
        #expect(parsed.contains { $0.toAddress == "user@xn--bcher-kva.de" })
    }

    @Test func killedWithFourConnectionsNobodyIsLostAndAtMostFourAreRepeated() throws {
        for (trial, killAfter) in [15, 60, 110].enumerated() {
            let fixture = try DeliveryFixture()
            defer { fixture.remove() }
            let (csv, list) = try fixture.subscribers(160)
            let server = try TestSMTPServer.start(options: ["--delay-ms", "10"])
            defer { server.stop() }
            let arguments = fixture.sendArguments(subscribers: csv, server: server.url) + ["--insecure-no-tls", "--connections", "4"]

            let doomed = try GazetteProcess(arguments, environment: DeliveryFixture.environment)
            let deadline = Date().addingTimeInterval(60)
            while try server.messages().count < killAfter && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            doomed.kill()
            #expect(doomed.wait().status == SIGKILL)
            let reachedBefore = try server.messages().count
            #expect(reachedBefore >= killAfter && reachedBefore < 160, "trial \(trial): killed mid-batch")

            let rerun = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
            #expect(rerun.status == 0, "\(rerun.errors)")
            let received = try recipients(server)
            #expect(Set(received.keys) == Set(list.map(\.address)), "trial \(trial): everyone reached")
            let duplicates = received.values.reduce(0) { $0 + $1 - 1 }
            #expect(duplicates <= 4, "trial \(trial): \(duplicates) repeated; at most the 4 in flight may be")
        }
    }
}
