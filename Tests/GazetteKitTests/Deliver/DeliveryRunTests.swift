import Foundation
import Testing
@testable import GazetteKit

/// The send loop's decisions (what is retried, when the run stops, what the ledger says) against a
/// transport that answers from a script, with a fake clock so backoffs take no time.
@Suite struct DeliveryRunTests {
    final class ScriptedTransport: MessageTransport {
        /// Replies per recipient, used in order; the last one repeats.
        var script: [String: [SMTPOutcome]] = [:]
        var fallback: SMTPOutcome = .accepted(reply: "250 2.0.0 Ok")
        private(set) var attempts: [String] = []

        func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome {
            attempts.append(recipient)
            guard var replies = script[recipient], !replies.isEmpty else { return fallback }
            let reply = replies.removeFirst()
            script[recipient] = replies.isEmpty ? [reply] : replies
            return reply
        }
    }

    func makeRun(_ fixture: DeliveryFixture, transport: MessageTransport, policy: RetryPolicy = RetryPolicy(),
                 rate: Double? = nil) throws -> DeliveryRun {
        try fixture.deliveryRun(transports: [transport], policy: policy, rate: rate)
    }

    @Test func deferredMessagesAreRetriedInLaterRoundsThenLeftForTheNextRun() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(10)
        let transport = ScriptedTransport()
        transport.script[list[2].address] = [.deferred(code: 451, reply: "451 4.7.1 greylisted")]
        transport.script[list[5].address] = [.deferred(code: 452, reply: "452 full"), .accepted(reply: "250 ok")]
        transport.script[list[7].address] = [.rejected(code: 550, reply: "550 5.1.1 unknown user")]
        var policy = RetryPolicy()
        policy.rounds = 2
        policy.delaySeconds = 30
        let run = try makeRun(fixture, transport: transport, policy: policy)
        var slept: [Double] = []
        var clock = 0.0
        run.useClock(now: { clock }, sleep: { slept.append($0); clock += $0 })

        let report = try run.run(subscribers: list)
        #expect(report.sent == 8)
        #expect(report.failed == 1)
        #expect(report.retryLater == 1)
        #expect(slept == [30, 60], "backoff doubles between rounds")
        #expect(transport.attempts.filter { $0 == list[2].address }.count == 3)
        #expect(transport.attempts.filter { $0 == list[7].address }.count == 1, "a 5xx is not retried")
        let ledger = try fixture.ledger()
        #expect(try ledger.record(issue: fixture.issueID, subscriber: list[2].key)?.status == .retrying)
        #expect(try ledger.record(issue: fixture.issueID, subscriber: list[5].key)?.status == .sent)
        #expect(try ledger.record(issue: fixture.issueID, subscriber: list[7].key)?.lastReply == "550 5.1.1 unknown user")
    }

    @Test func aMessageDeferredTooManyTimesIsGivenUp() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(3)
        let transport = ScriptedTransport()
        transport.script[list[1].address] = [.deferred(code: 421, reply: "421 try later")]
        var policy = RetryPolicy()
        policy.rounds = 10
        policy.delaySeconds = 0
        policy.maxAttempts = 4
        let run = try makeRun(fixture, transport: transport, policy: policy)
        run.useClock(now: { 0 }, sleep: { _ in })
        let report = try run.run(subscribers: list)
        #expect(transport.attempts.filter { $0 == list[1].address }.count == 4)
        #expect(report.failed == 1 && report.retryLater == 0)
        let record = try #require(try fixture.ledger().record(issue: fixture.issueID, subscriber: list[1].key))
        #expect(record.status == .failed)
        #expect(record.lastReply == "gave up after 4 attempts: 421 try later")
    }

    @Test func anUnreachableServerStopsTheRunAndLeavesEveryoneQueued() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(20)
        let transport = ScriptedTransport()
        for subscriber in list[4...] { transport.script[subscriber.address] = [.connectionFailed(reason: "Couldn't connect to server")] }
        var policy = RetryPolicy()
        policy.delaySeconds = 1
        policy.maxConnectionFailures = 3
        let run = try makeRun(fixture, transport: transport, policy: policy)
        var slept: [Double] = []
        run.useClock(now: { 0 }, sleep: { slept.append($0) })
        let report = try run.run(subscribers: list)
        #expect(report.sent == 4)
        #expect(report.retryLater == 16)
        #expect(report.serverUnreachable == "Couldn't connect to server")
        #expect(transport.attempts.count == 4 + 3, "the same message tried 3 times, then the run stops")
        #expect(slept == [1, 2])
        #expect(try fixture.ledger().counts(issue: fixture.issueID).pending == 16)
    }

    @Test func theRateLimitHoldsAcrossRetries() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(12)
        let transport = ScriptedTransport()
        transport.script[list[0].address] = [.deferred(code: 451, reply: "451 later"), .accepted(reply: "250 ok")]
        var policy = RetryPolicy()
        policy.delaySeconds = 0
        var clock = 0.0
        var starts: [Double] = []
        let recording = RecordingTransport(inner: transport) { starts.append(clock) }
        let run = try makeRun(fixture, transport: recording, policy: policy, rate: 4)
        run.useClock(now: { clock }, sleep: { clock += $0 })
        let report = try run.run(subscribers: list)
        #expect(report.sent == 12)
        #expect(starts.count == 13, "12 messages and one retry")
        for (previous, next) in zip(starts, starts.dropFirst()) {
            #expect(next - previous >= 0.25 - 1e-9, "no two attempts closer than 1/rate, retries included")
        }
    }

    @Test func aServerThatIsDownIsChargedToTheRunNeverToASubscriber() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(5)
        let down = ScriptedTransport()
        down.fallback = .connectionFailed(reason: "Couldn't connect to server")
        var policy = RetryPolicy()
        policy.delaySeconds = 0
        policy.maxAttempts = 3
        // Five cron runs against a server that is down: each stops after its connection failures…
        for _ in 0..<5 {
            let run = try makeRun(fixture, transport: down, policy: policy)
            run.useClock(now: { 0 }, sleep: { _ in })
            let report = try run.run(subscribers: list)
            #expect(report.serverUnreachable != nil && report.retryLater == 5 && report.failed == 0)
        }
        let ledger = try fixture.ledger()
        for subscriber in list {
            let record = try #require(try ledger.record(issue: fixture.issueID, subscriber: subscriber.key))
            #expect(record.attempts == 0, "\(subscriber.address) was never reached, so no attempt of theirs was used")
            #expect(record.status.isPending)
        }
        // …and when it is back, a greylisting 451 is retried, not given up for attempts the server used.
        let back = ScriptedTransport()
        back.script[list[0].address] = [.deferred(code: 451, reply: "451 greylisted"), .accepted(reply: "250 ok")]
        let run = try makeRun(fixture, transport: back, policy: policy)
        run.useClock(now: { 0 }, sleep: { _ in })
        let report = try run.run(subscribers: list)
        #expect(report.sent == 5 && report.failed == 0)
        #expect(try ledger.record(issue: fixture.issueID, subscriber: list[0].key)?.attempts == 2)
    }

    @Test func aRefusedLoginStopsTheRunAtOnceAndChargesNoOne() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(8)
        let transport = ScriptedTransport()
        transport.fallback = .loginRefused(reply: "535 5.7.8 Authentication credentials invalid")
        let run = try makeRun(fixture, transport: transport)
        var slept: [Double] = []
        run.useClock(now: { 0 }, sleep: { slept.append($0) })
        let report = try run.run(subscribers: list)
        #expect(report.loginRefused == "535 5.7.8 Authentication credentials invalid")
        #expect(transport.attempts.count == 1, "no retry: the password will not get better")
        #expect(slept.isEmpty)
        #expect(report.retryLater == 8)
        #expect(try fixture.ledger().record(issue: fixture.issueID, subscriber: list[0].key)?.attempts == 0)
    }

    @Test func refusalsOfEarlierRunsStillCountButNotOnesOfPeopleWhoLeft() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(6)
        let transport = ScriptedTransport()
        transport.script[list[1].address] = [.rejected(code: 550, reply: "550 no such user")]
        transport.script[list[2].address] = [.rejected(code: 550, reply: "550 no such user")]
        var report = try makeRun(fixture, transport: transport).run(subscribers: list)
        #expect(report.refused == 2 && report.failed == 2)
        report = try makeRun(fixture, transport: transport).run(subscribers: list)
        #expect(report.failed == 0 && report.refused == 2, "a later run still owes the issue to two subscribers")
        // list[2] is suppressed since: nothing is owed to them any more.
        var remaining = list
        remaining.remove(at: 2)
        report = try makeRun(fixture, transport: transport).run(subscribers: remaining)
        #expect(report.refused == 1)
    }

    @Test func fourConnectionsShareTheListEachSubscriberOnceAtOneGlobalRate() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(120)
        let clock = LockedLog()
        let transports = (0..<4).map { connection in
            TimedTransport(connection: connection, log: clock)
        }
        var settings = DeliverySettings()
        settings.from = "Gazette <gazette@example.org>"
        settings.unsubscribeURL = DeliveryFixture.unsubscribePattern
        let sender = try SenderIdentity(settings: settings, environment: DeliveryFixture.environment)
        let factory = MessageFactory(editions: try IssueEditions.load(folder: fixture.issueFolder), sender: sender)
        let ledger = try #require(try DeliveryLedger.open(outbox: fixture.outbox, create: true))
        let rate = 400.0
        let run = DeliveryRun(ledger: ledger, factory: factory, transports: transports, rate: rate, policy: RetryPolicy())
        let report = try run.run(subscribers: list)
        #expect(report.sent == 120)
        let sends = clock.entries
        #expect(sends.count == 120)
        #expect(Set(sends.map(\.recipient)) == Set(list.map(\.address)), "each subscriber once, none twice")
        #expect(Set(sends.map(\.connection)).count == 4, "every connection carried messages")
        let starts = sends.map(\.time).sorted()
        let interval = try #require(RateLimiter(messagesPerSecond: rate).interval)
        #expect(starts.last! - starts.first! >= 119 * interval - 0.001, "the rate is global, not per connection")
        // Threads wake a little late now and then, so two starts can be close; no window may hold a burst.
        let window = 0.05, allowed = Int((window + 0.01) / interval) + 1
        var end = 0
        for (first, start) in starts.enumerated() {
            while end < starts.count, starts[end] < start + window { end += 1 }
            #expect(end - first <= allowed, "\(end - first) starts within \(window) s")
        }
        #expect(try ledger.counts(issue: fixture.issueID).sent == 120)
    }

    final class LockedLog: @unchecked Sendable {
        struct Entry { var connection: Int; var recipient: String; var time: Double }
        private let lock = NSLock()
        private var log: [Entry] = []
        func append(_ entry: Entry) { lock.lock(); log.append(entry); lock.unlock() }
        var entries: [Entry] { lock.lock(); defer { lock.unlock() }; return log }
    }

    /// Takes 2 ms a message, as a quick server on loopback would, and notes when each one started.
    final class TimedTransport: MessageTransport {
        let connection: Int
        let log: LockedLog
        init(connection: Int, log: LockedLog) {
            self.connection = connection
            self.log = log
        }
        func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome {
            log.append(.init(connection: connection, recipient: recipient, time: monotonicSeconds()))
            usleep(2000)
            return .accepted(reply: "250 ok")
        }
    }

    final class RecordingTransport: MessageTransport {
        let inner: MessageTransport
        let onSend: () -> Void
        init(inner: MessageTransport, onSend: @escaping () -> Void) {
            self.inner = inner
            self.onSend = onSend
        }
        func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome {
            onSend()
            return inner.send(message, from: envelopeSender, to: recipient)
        }
    }
}
