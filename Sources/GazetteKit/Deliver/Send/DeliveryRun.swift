import Foundation
import Logging

/// One send of one issue: every subscriber the ledger has not yet seen through, one message each, at the
/// configured rate, with deferred messages retried a bounded number of times and the ledger written
/// before and after every message.
public final class DeliveryRun {
    public let ledger: DeliveryLedger
    public let factory: MessageFactory
    public let transport: MessageTransport
    public var policy: RetryPolicy
    public var onProgress: ((SendProgress) -> Void)?
    /// Told of every 5xx refusal (address, code, reply), so the list can suppress a dead address.
    public var onRefused: ((String, Int, String) -> Void)?
    var logger: Logger
    var now: () -> Double = monotonicSeconds
    var sleep: (Double) -> Void = { seconds in if seconds > 0 { Thread.sleep(forTimeInterval: seconds) } }
    private var limiter: RateLimiter

    public init(ledger: DeliveryLedger, factory: MessageFactory, transport: MessageTransport, rate: Double?,
                policy: RetryPolicy, logger: Logger = Logger(label: "gazette.send")) {
        self.ledger = ledger
        self.factory = factory
        self.transport = transport
        self.policy = policy
        self.logger = logger
        limiter = RateLimiter(messagesPerSecond: rate)
    }

    /// Test seam: a clock and a sleep that need not wait for real.
    public func useClock(now: @escaping () -> Double, sleep: @escaping (Double) -> Void) {
        self.now = now
        self.sleep = sleep
    }

    public func run(subscribers: [Subscriber]) throws -> DeliveryReport {
        let issue = factory.editions.issue
        var report = DeliveryReport(issue: issue)
        let started = now()
        report.queued = try ledger.enqueue(issue: issue, subscribers: subscribers)
        // enqueue gave every pending row its subscriber's index in the list; no dictionary of 100,000
        // subscribers is needed to find them again.
        var queue = try ledger.pendingDeliveries(issue: issue, subscribers: subscribers)
        report.alreadySent = try ledger.counts(issue: issue).sent
        var progress = SendProgress(done: 0, total: queue.count, sent: 0, failed: 0, deferred: 0, elapsed: 0)
        logger.info("\(issue): \(queue.count) to send, \(report.alreadySent) sent before, \(report.queued) newly queued")

        var round = 0
        var firstStart: Double?
        var connectionFailures = 0
        while !queue.isEmpty {
            var deferred: [PendingDelivery] = []
            let factory = self.factory
            let pass = queue
            let prefetcher = MessagePrefetcher(count: pass.count) { index in
                let record = pass[index]
                let subscriber = subscribers[record.position]
                let messageID = record.messageID ?? factory.newMessageID()
                return Result { (messageID, try factory.bytes(for: subscriber, messageID: messageID)) }
            }
            defer { prefetcher.cancel() }
            var index = 0
            var built: MessagePrefetcher.Built?
            sending: while index < queue.count {
                let record = queue[index]
                let person = subscribers[record.position]
                let key = person.key
                if built == nil { built = prefetcher.take(index) }
                if firstStart == nil { firstStart = now() }
                let outcome = try attempt(key: key, address: person.address, built!)
                let attempts = record.attempts + 1
                switch outcome {
                case .accepted(let reply):
                    try ledger.finishAttempt(issue: issue, subscriber: key, status: .sent, reply: reply)
                    connectionFailures = 0
                    progress.sent += 1
                    logger.debug("sent to \(person.address): \(reply)")
                case .rejected(let code, let reply):
                    try ledger.finishAttempt(issue: issue, subscriber: key, status: .failed, reply: reply)
                    onRefused?(person.address, code, reply)
                    connectionFailures = 0
                    progress.failed += 1
                    logger.warning("\(person.address): refused for good: \(reply)")
                case .deferred(_, let reply):
                    connectionFailures = 0
                    if attempts >= policy.maxAttempts {
                        try ledger.finishAttempt(issue: issue, subscriber: key, status: .failed,
                                                 reply: "gave up after \(attempts) attempts: \(reply)")
                        progress.failed += 1
                        logger.warning("\(person.address): gave up after \(attempts) attempts: \(reply)")
                    } else {
                        try ledger.finishAttempt(issue: issue, subscriber: key, status: .retrying, reply: reply)
                        var again = record
                        again.attempts = attempts
                        // The retry carries the same Message-ID, so a copy that did arrive can be told apart.
                        if case .success(let message) = built { again.messageID = message.messageID }
                        deferred.append(again)
                        progress.deferred += 1
                        logger.info("\(person.address): deferred: \(reply)")
                    }
                case .misconfigured(let reason):
                    // Not this subscriber's failure: the message stays queued for the run after the fix.
                    try ledger.finishAttempt(issue: issue, subscriber: key, status: .queued, reply: reason)
                    throw SMTPConfigurationError(reason: reason)
                case .connectionFailed(let reason):
                    try ledger.finishAttempt(issue: issue, subscriber: key, status: .retrying, reply: reason)
                    connectionFailures += 1
                    if connectionFailures >= policy.maxConnectionFailures {
                        report.serverUnreachable = reason
                        logger.error("the server cannot be reached (\(reason)); the rest stays queued for the next run")
                        deferred = []
                        break sending
                    }
                    let wait = policy.delay(beforeRound: connectionFailures)
                    logger.warning("connection failed (\(reason)); trying again in \(wait)s")
                    sleep(wait)
                    queue[index].attempts = attempts
                    continue  // the same subscriber again, over a new connection
                }
                index += 1
                built = nil
                progress.done += 1
                progress.elapsed = now() - firstStart!
                onProgress?(progress)
            }
            guard !deferred.isEmpty, round < policy.rounds, report.serverUnreachable == nil else { break }
            round += 1
            let wait = policy.delay(beforeRound: round)
            logger.info("\(deferred.count) deferred; retrying them in \(wait)s (round \(round) of \(policy.rounds))")
            sleep(wait)
            progress.total += deferred.count
            queue = deferred
        }

        let counts = try ledger.counts(issue: issue)
        report.sent = progress.sent
        report.failed = progress.failed
        report.retryLater = counts.pending
        report.seconds = now() - started
        return report
    }

    /// Writes the attempt and sends the message built for it. A message that could not be built (a bad
    /// header value) is a permanent failure of that subscriber, not of the run.
    private func attempt(key: String, address: String, _ built: MessagePrefetcher.Built) throws -> SMTPOutcome {
        let message: (messageID: String, bytes: [UInt8])
        switch built {
        case .success(let value): message = value
        case .failure(let error): return .rejected(code: 0, reply: "message not built: \(error)")
        }
        limiter.waitTurn(now: now, sleep: sleep)
        try ledger.beginAttempt(issue: factory.editions.issue, subscriber: key, messageID: message.messageID)
        return transport.send(message.bytes, from: factory.sender.envelopeSender(for: address), to: address)
    }
}
