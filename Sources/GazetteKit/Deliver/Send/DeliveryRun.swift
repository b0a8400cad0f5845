import Foundation
import Logging

/// One send of one issue: every subscriber the ledger has not yet seen through, one message each, over
/// one or more connections (one transport each, on a thread of its own), at the configured rate across
/// all of them, with deferred messages retried a bounded number of times and the ledger written before
/// and after every message.
public final class DeliveryRun {
    public let ledger: DeliveryLedger
    public let factory: MessageFactory
    /// One per connection; each is used by one thread only.
    public let transports: [MessageTransport]
    public var policy: RetryPolicy
    /// Called after every message, from the connection's thread, one call at a time.
    public var onProgress: ((SendProgress) -> Void)?
    /// Told of every 5xx refusal (address, code, reply), so the list can suppress a dead address.
    public var onRefused: ((String, Int, String) -> Void)?
    var logger: Logger
    var now: () -> Double = monotonicSeconds
    var sleep: (Double) -> Void = { seconds in if seconds > 0 { Thread.sleep(forTimeInterval: seconds) } }
    private let limiter: RateLimiter

    public convenience init(ledger: DeliveryLedger, factory: MessageFactory, transport: MessageTransport, rate: Double?,
                            policy: RetryPolicy, logger: Logger = Logger(label: "gazette.send")) {
        self.init(ledger: ledger, factory: factory, transports: [transport], rate: rate, policy: policy, logger: logger)
    }

    public init(ledger: DeliveryLedger, factory: MessageFactory, transports: [MessageTransport], rate: Double?,
                policy: RetryPolicy, logger: Logger = Logger(label: "gazette.send")) {
        precondition(!transports.isEmpty, "a run needs at least one connection")
        self.ledger = ledger
        self.factory = factory
        self.transports = transports
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
        let progress = SendProgress(done: 0, total: queue.count, sent: 0, failed: 0, deferred: 0, elapsed: 0)
        let over = transports.count > 1 ? " over \(transports.count) connections" : ""
        logger.info("\(issue): \(queue.count) to send, \(report.alreadySent) sent before, \(report.queued) newly queued\(over)")

        var round = 0
        var shared = Shared(progress: progress)
        let writer = LedgerStepWriter(ledger: ledger, issue: issue)
        defer { writer.close() }
        while !queue.isEmpty {
            let pass = Pass(items: queue, subscribers: subscribers, factory: factory, connections: transports.count, shared: shared)
            defer { pass.prefetcher.cancel() }
            let workers = transports.indices.dropFirst().map { connection in
                let thread = WorkerThread { [self] in self.work(connection: connection, pass: pass, writer: writer) }
                thread.start()
                return thread
            }
            work(connection: 0, pass: pass, writer: writer)  // the first connection on this thread: a plain send needs no other
            for worker in workers { worker.join() }
            shared = pass.shared
            if let error = shared.error { throw error }
            if let reason = shared.misconfigured { throw SMTPConfigurationError(reason: reason) }
            report.serverUnreachable = shared.serverUnreachable
            report.loginRefused = shared.loginRefused

            let deferred = shared.deferred.sorted { $0.position < $1.position }
            shared.deferred = []
            guard !deferred.isEmpty, round < policy.rounds, !shared.stopped else { break }
            round += 1
            let wait = policy.delay(beforeRound: round)
            logger.info("\(deferred.count) deferred; retrying them in \(wait)s (round \(round) of \(policy.rounds))")
            sleep(wait)
            shared.progress.total += deferred.count
            queue = deferred
        }

        let counts = try ledger.counts(issue: issue)
        report.sent = shared.progress.sent
        report.failed = shared.progress.failed
        report.retryLater = counts.pending
        report.refused = try ledger.refusedCount(issue: issue, subscribers: subscribers)
        report.seconds = now() - started
        return report
    }

    /// One connection's loop: takes the next message no other connection has, hands the writer its start
    /// together with the end of this connection's previous message (one step), waits for the rate, sends
    /// the envelope while the step commits and the body once it has.
    private func work(connection: Int, pass: Pass, writer: LedgerStepWriter) {
        let transport = transports[connection]
        let issue = factory.editions.issue
        var unwritten: AttemptEnd?
        var failuresInARow = 0
        var carried: Pass.Item?
        defer {
            if let unwritten { pass.capture { try ledger.step(issue: issue, ending: unwritten, starting: nil) } }
        }
        while true {
            guard let item = carried.flatMap({ pass.isStopped ? nil : $0 }) ?? pass.next() else { return }
            carried = nil
            let record = pass.items[item.index]
            let person = pass.subscribers[record.position]
            let key = person.key
            let outcome: SMTPOutcome
            var messageID: String?
            switch item.built {
            case .failure(let error):
                // A message that could not be built (a bad header value) is a permanent failure of that
                // subscriber, not of the run; it never left, so no attempt is counted.
                outcome = .rejected(code: 0, reply: "message not built: \(error)")
            case .success(let message):
                messageID = message.messageID
                let ticket = writer.submit(LedgerStep(ending: unwritten, starting: AttemptStart(subscriber: key, messageID: message.messageID)))
                unwritten = nil
                limiter.waitTurn(now: now, sleep: sleep)
                outcome = transport.send(message.bytes, from: factory.sender.envelopeSender(for: person.address), to: person.address,
                                         after: writer.gate(ticket))
                // A refused envelope never waited for the step; nothing goes on before it is written.
                guard pass.capture({ try writer.wait(for: ticket) }) else { return }
            }
            if case .success = item.built {} else if let previous = unwritten {
                guard pass.capture({ try ledger.step(issue: issue, ending: previous, starting: nil) }) else { return }
                unwritten = nil
            }

            let attempts = record.attempts + 1
            var event = Pass.Event.none
            switch outcome {
            case .accepted(let reply):
                failuresInARow = 0
                unwritten = AttemptEnd(subscriber: key, status: .sent, reply: reply)
                event = .sent
                logger.debug("sent to \(person.address): \(reply)")
            case .rejected(let code, let reply):
                failuresInARow = 0
                unwritten = refused(person, reply: reply)
                onRefused?(person.address, code, reply)
                event = .failed
            case .deferred(_, let reply):
                failuresInARow = 0
                if attempts >= policy.maxAttempts {
                    unwritten = AttemptEnd(subscriber: key, status: .failed, reply: "gave up after \(attempts) attempts: \(reply)")
                    event = .failed
                    logger.warning("\(person.address): gave up after \(attempts) attempts: \(reply)")
                } else {
                    unwritten = AttemptEnd(subscriber: key, status: .retrying, reply: reply)
                    var again = record
                    again.attempts = attempts
                    // The retry carries the same Message-ID, so a copy that did arrive can be told apart.
                    again.messageID = messageID ?? again.messageID
                    event = .deferred(again)
                    logger.info("\(person.address): deferred: \(reply)")
                }
            case .connectionFailed(let reason):
                // The server's trouble, not the subscriber's: the attempt is given back, and the run (this
                // connection) keeps count instead.
                unwritten = AttemptEnd(subscriber: key, status: .retrying, reply: reason, charged: false)
                failuresInARow += 1
                if failuresInARow >= policy.maxConnectionFailures {
                    if pass.retire(item, reason: reason) {
                        logger.error("the server cannot be reached (\(reason)); the rest stays queued for the next run")
                    } else {
                        logger.warning("connection \(connection + 1) given up (\(reason)); the others carry on")
                    }
                    return
                }
                let wait = policy.delay(beforeRound: failuresInARow)
                logger.warning("connection failed (\(reason)); trying again in \(wait)s")
                sleep(wait)
                carried = item  // the same subscriber again, over a new connection
                continue
            case .loginRefused(let reply):
                unwritten = AttemptEnd(subscriber: key, status: .retrying, reply: reply, charged: false)
                pass.stop(loginRefused: reply)
                return
            case .misconfigured(let reason):
                // The server refused TLS as configured: not this subscriber's failure, and no retry helps.
                unwritten = AttemptEnd(subscriber: key, status: .queued, reply: reason, charged: false)
                pass.stop(misconfigured: reason)
                return
            }
            pass.finished(event, elapsed: { self.now() }, report: onProgress)
        }
    }

    /// A 5xx (or a message that could not be built): recorded, never retried.
    private func refused(_ person: Subscriber, reply: String) -> AttemptEnd {
        logger.warning("\(person.address): refused for good: \(reply)")
        return AttemptEnd(subscriber: person.key, status: .failed, reply: reply)
    }
}

/// What the connections of a run share, guarded by one lock: who takes which message, the counts, why
/// the run stopped.
private final class Pass: @unchecked Sendable {
    typealias Item = (index: Int, built: MessagePrefetcher.Built)
    enum Event {
        case none, sent, failed
        case deferred(PendingDelivery)
    }

    let items: [PendingDelivery]
    let subscribers: [Subscriber]
    let prefetcher: MessagePrefetcher
    private let lock = NSLock()
    private var nextIndex = 0
    /// Messages of connections that gave up, for the others to take first.
    private var handedBack: [Item] = []
    private var liveConnections: Int
    private var firstStart: Double?
    private(set) var shared: Shared

    init(items: [PendingDelivery], subscribers: [Subscriber], factory: MessageFactory, connections: Int, shared: Shared) {
        self.items = items
        self.subscribers = subscribers
        self.shared = shared
        liveConnections = connections
        prefetcher = MessagePrefetcher(count: items.count, window: 16 + 2 * connections) { index in
            let record = items[index]
            let subscriber = subscribers[record.position]
            let messageID = record.messageID ?? factory.newMessageID()
            return Result { (messageID, try factory.bytes(for: subscriber, messageID: messageID)) }
        }
    }

    /// The next message for a connection; nil when there is none left or the run stopped. Each message is
    /// given to exactly one connection.
    func next() -> Item? {
        lock.lock()
        if shared.stopped { lock.unlock(); return nil }
        if let back = handedBack.popLast() { lock.unlock(); return back }
        guard nextIndex < items.count else { lock.unlock(); return nil }
        let index = nextIndex
        nextIndex += 1
        lock.unlock()
        return (index, prefetcher.take(index))
    }

    var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return shared.stopped
    }

    func finished(_ event: Event, elapsed now: () -> Double, report: ((SendProgress) -> Void)?) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .none: return
        case .sent: shared.progress.sent += 1
        case .failed: shared.progress.failed += 1
        case .deferred(let again):
            shared.progress.deferred += 1
            shared.deferred.append(again)
        }
        let time = now()
        if firstStart == nil { firstStart = time }
        shared.progress.done += 1
        shared.progress.elapsed = time - firstStart!
        report?(shared.progress)
    }

    /// A connection that failed too often stops; its message goes to another. True when it was the last.
    func retire(_ item: Item, reason: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        liveConnections -= 1
        guard liveConnections == 0 else {
            handedBack.append(item)
            return false
        }
        shared.serverUnreachable = reason
        shared.stopped = true
        return true
    }

    func stop(misconfigured reason: String) {
        lock.lock()
        shared.misconfigured = shared.misconfigured ?? reason
        shared.stopped = true
        lock.unlock()
    }

    func stop(loginRefused reply: String) {
        lock.lock()
        shared.loginRefused = shared.loginRefused ?? reply
        shared.stopped = true
        lock.unlock()
    }

    /// Runs a ledger write; on failure records the error, stops the run and returns false.
    @discardableResult
    func capture(_ body: () throws -> Void) -> Bool {
        do {
            try body()
            return true
        } catch {
            lock.lock()
            shared.error = shared.error ?? error
            shared.stopped = true
            lock.unlock()
            return false
        }
    }
}

/// Carried from pass to pass (retry rounds).
private struct Shared {
    var progress: SendProgress
    var deferred: [PendingDelivery] = []
    var serverUnreachable: String?
    var loginRefused: String?
    var misconfigured: String?
    var stopped = false
    var error: Error?
}

/// A joinable thread for one connection.
private final class WorkerThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let thread: Thread

    init(_ body: @escaping () -> Void) {
        let done = self.done
        // The body touches its run's state only through the Pass lock and its own connection.
        nonisolated(unsafe) let body = body
        thread = Thread {
            body()
            done.signal()
        }
        thread.name = "gazette.connection"
    }

    func start() { thread.start() }
    func join() { done.wait() }
}
