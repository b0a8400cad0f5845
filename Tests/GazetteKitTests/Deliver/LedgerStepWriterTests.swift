import Foundation
import GRDB
import Testing
@testable import GazetteKit

/// The send loop's ledger writes on their own thread: a body leaves only once its start (and the end of
/// the connection's previous message) is committed, so a crash still repeats at most one message a
/// connection, while the envelope's round trips overlap the commit.
@Suite struct LedgerStepWriterTests {
    /// A ledger with `count` subscribers queued for the fixture's issue, and a step writer on it.
    static func queuedWriter(_ fixture: DeliveryFixture, subscribers count: Int) throws
        -> (list: [Subscriber], ledger: DeliveryLedger, writer: LedgerStepWriter) {
        let (_, list) = try fixture.subscribers(count)
        let ledger = try #require(try DeliveryLedger.open(outbox: fixture.outbox, create: true))
        try ledger.enqueue(issue: fixture.issueID, subscribers: list)
        return (list, ledger, LedgerStepWriter(ledger: ledger, issue: fixture.issueID))
    }

    /// Checks, at the moment each body is allowed out, what a second reader of the ledger file sees.
    final class LedgerCheckingTransport: MessageTransport, @unchecked Sendable {
        let reader: DeliveryLedger
        let issue: String
        private let lock = NSLock()
        private var lastSent: [ObjectIdentifier: String] = [:]
        private(set) var problems: [String] = []
        private(set) var bodies = 0

        init(reader: DeliveryLedger, issue: String) {
            self.reader = reader
            self.issue = issue
        }

        func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome {
            Issue.record("the send loop must hand its gate to the transport")
            return .accepted(reply: "250")
        }

        func send(_ message: [UInt8], from envelopeSender: String, to recipient: String, after gate: SendGate) -> SMTPOutcome {
            // The envelope would be on the wire now; the body may leave only once the gate opens.
            guard gate.wait() else { return .connectionFailed(reason: "gate refused") }
            let key = recipient.lowercased()
            let thread = ObjectIdentifier(Thread.current)
            do {
                let record = try reader.record(issue: issue, subscriber: key)
                lock.lock()
                defer { lock.unlock() }
                bodies += 1
                if record?.attempts != 1 || record?.messageID == nil {
                    problems.append("\(key): body left before its start was recorded (\(String(describing: record)))")
                }
                if let previous = lastSent[thread], try reader.record(issue: issue, subscriber: previous)?.status != .sent {
                    problems.append("\(previous): the connection's next body left before its end was recorded")
                }
                lastSent[thread] = key
            } catch {
                lock.lock()
                problems.append("\(error)")
                lock.unlock()
            }
            return .accepted(reply: "250 2.0.0 Ok")
        }
    }

    @Test(arguments: [1, 4])
    func everyBodyWaitsForItsStartAndThePreviousEndToBeCommitted(connections: Int) throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(120)
        let ledger = try #require(try DeliveryLedger.open(outbox: fixture.outbox, create: true))
        let reader = try #require(try DeliveryLedger.open(outbox: fixture.outbox, create: false))
        let transports = (0..<connections).map { _ in LedgerCheckingTransport(reader: reader, issue: fixture.issueID) }
        let run = try fixture.deliveryRun(transports: transports)

        let report = try run.run(subscribers: list)
        #expect(report.sent == 120)
        #expect(transports.reduce(0) { $0 + $1.bodies } == 120)
        #expect(transports.flatMap(\.problems).isEmpty, "\(transports.flatMap(\.problems).prefix(3))")
        #expect(try ledger.counts(issue: fixture.issueID).sent == 120)
    }

    @Test func stepsFromManyThreadsAreAllCommittedInOrderAndEachTicketWaitsForItsOwn() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (list, ledger, writer) = try Self.queuedWriter(fixture, subscribers: 200)
        let problems = NSLock()
        nonisolated(unsafe) var seen: [String] = []

        DispatchQueue.concurrentPerform(iterations: 4) { lane in
            var previous: String?
            for subscriber in list.enumerated().filter({ $0.offset % 4 == lane }).map(\.element.key) {
                let ending = previous.map { AttemptEnd(subscriber: $0, status: .sent, reply: "250 lane \(lane)") }
                let ticket = writer.submit(LedgerStep(ending: ending, starting: AttemptStart(subscriber: subscriber, messageID: "<\(subscriber)>")))
                do {
                    try writer.wait(for: ticket)
                    // Committed means visible to anyone who reads the file now.
                    let record = try ledger.record(issue: fixture.issueID, subscriber: subscriber)
                    if record?.attempts != 1 || record?.messageID != "<\(subscriber)>" {
                        problems.lock(); seen.append("\(subscriber): \(String(describing: record))"); problems.unlock()
                    }
                    if let previous, try ledger.record(issue: fixture.issueID, subscriber: previous)?.status != .sent {
                        problems.lock(); seen.append("\(previous) not ended"); problems.unlock()
                    }
                } catch {
                    problems.lock(); seen.append("\(error)"); problems.unlock()
                }
                previous = subscriber
            }
            if let previous {
                try? writer.wait(for: writer.submit(LedgerStep(ending: AttemptEnd(subscriber: previous, status: .sent, reply: "250"), starting: nil)))
            }
        }
        writer.close()
        #expect(seen.isEmpty, "\(seen.prefix(3))")
        let counts = try ledger.counts(issue: fixture.issueID)
        #expect(counts.sent == 200)
        #expect(counts.pending == 0)
    }

    @Test func aFailedCommitRefusesItsGateAndEveryLaterOneAndTheRunStopsWithTheError() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (_, list) = try fixture.subscribers(40)
        let ledgerPath = (fixture.outbox as NSString).appendingPathComponent(DeliveryLedger.fileName)

        /// Breaks the ledger (another connection drops its table) when the fifth message is handed over.
        final class BreakingTransport: MessageTransport, @unchecked Sendable {
            let path: String
            var calls = 0, bodies = 0, refused = 0
            init(path: String) { self.path = path }
            func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome { .accepted(reply: "250") }
            func send(_ message: [UInt8], from envelopeSender: String, to recipient: String, after gate: SendGate) -> SMTPOutcome {
                calls += 1
                if calls == 5 {
                    // Waiting out the writer's lock: under a loaded test run the drop met a commit in progress,
                    // failed at once (GRDB's default), and the run went on unbroken.
                    var configuration = Configuration()
                    configuration.busyMode = .timeout(30)
                    do {
                        try DatabaseQueue(path: path, configuration: configuration).write { try $0.execute(sql: "DROP TABLE delivery") }
                    } catch {
                        Issue.record("the table could not be dropped: \(error)")
                    }
                }
                guard gate.wait() else {
                    refused += 1
                    return .connectionFailed(reason: "gate refused")
                }
                bodies += 1
                return .accepted(reply: "250 2.0.0 Ok")
            }
        }
        let transport = BreakingTransport(path: ledgerPath)
        let run = try fixture.deliveryRun(transports: [transport])
        #expect(throws: (any Error).self) { try run.run(subscribers: list) }
        // The fifth message's step may have committed before the table went; the next one cannot have.
        #expect(transport.bodies == 4 || transport.bodies == 5, "\(transport.bodies) bodies left")
        #expect(transport.refused == 1, "the message whose step failed was held back, and the run stopped")
        #expect(transport.calls == transport.bodies + 1)
    }

    @Test func aWriterWhoseCommitFailedRefusesEveryGateAndStillCloses() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (list, ledger, writer) = try Self.queuedWriter(fixture, subscribers: 3)
        let first = writer.submit(LedgerStep(ending: nil, starting: AttemptStart(subscriber: list[0].key, messageID: "<a@x>")))
        try writer.wait(for: first)
        try DatabaseQueue(path: ledger.path).write { try $0.execute(sql: "DROP TABLE delivery") }

        let second = writer.submit(LedgerStep(ending: AttemptEnd(subscriber: list[0].key, status: .sent, reply: "250"),
                                              starting: AttemptStart(subscriber: list[1].key, messageID: "<b@x>")))
        #expect(throws: (any Error).self) { try writer.wait(for: second) }
        #expect(!writer.gate(second).wait())
        let third = writer.submit(LedgerStep(ending: nil, starting: AttemptStart(subscriber: list[2].key, messageID: "<c@x>")))
        #expect(!writer.gate(third).wait(), "nothing is written after a failed commit")
        try writer.wait(for: first)  // committed before the failure: still reads as written
        writer.close()
    }

    @Test func aGateThatRefusesDeliversNothingAndTheEnvelopeGoesBeforeTheGateIsAsked() throws {
        let server = try TestSMTPServer.start(options: ["--reply", "gone@example.org=550"])
        let session = try SMTPSession(settings: SMTPSettings(url: server.url, allowPlaintext: true, timeoutSeconds: 10))
        let asked = NSLock()
        nonisolated(unsafe) var questions = 0
        let refusing = SendGate { asked.lock(); questions += 1; asked.unlock(); return false }
        let opening = SendGate { asked.lock(); questions += 1; asked.unlock(); return true }

        let refused = session.send(sampleSMTPMessage(number: 1), from: "news@example.org", to: "first@example.org", after: refusing)
        #expect(refused == .connectionFailed(reason: "not sent: the ledger could not record it"))
        #expect(questions == 1)
        #expect(try server.messages().isEmpty, "an aborted body is never accepted")

        // The recipient is refused at RCPT: the body is never asked for, so the gate is not either.
        let gone = session.send(sampleSMTPMessage(number: 2), from: "news@example.org", to: "gone@example.org", after: opening)
        if case .rejected(let code, _) = gone { #expect(code == 550) } else { Issue.record("expected a 550, got \(gone)") }
        #expect(questions == 1)

        // A 60 kB body is read in several pieces; the gate is asked once.
        let sent = session.send(sampleSMTPMessage(number: 3), from: "news@example.org", to: "third@example.org", after: opening)
        #expect(sent.isAccepted, "\(sent)")
        #expect(questions == 2)
        #expect(try server.messages().map(\.bytes) == [sampleSMTPMessage(number: 3)])
    }
}
