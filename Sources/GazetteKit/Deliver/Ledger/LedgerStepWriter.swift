import Foundation

/// Writes the send loop's ledger steps on a thread of its own, so that a connection's SMTP envelope
/// (MAIL, RCPT, DATA: three round trips) goes out while its step commits, instead of after. A message is
/// delivered only by the final dot of its body, and the body waits for its ticket (`SendGate`), so a
/// crash still leaves at most one unrecorded message per connection. Steps that arrive while a commit is
/// running are written together in the next transaction (a group commit): with several connections the
/// ledger costs less than one transaction per message.
final class LedgerStepWriter: @unchecked Sendable {
    typealias Ticket = Int

    private let ledger: DeliveryLedger
    private let issue: String
    private let condition = NSCondition()
    private var pending: [LedgerStep] = []
    /// Tickets up to `submitted` were handed out; those up to `written` are committed.
    private var submitted: Ticket = 0
    private var written: Ticket = 0
    private var failure: Error?
    private var closing = false
    private let finished = DispatchSemaphore(value: 0)

    init(ledger: DeliveryLedger, issue: String) {
        self.ledger = ledger
        self.issue = issue
        let thread = Thread { [self] in
            writeUntilClosed()
            finished.signal()
        }
        thread.name = "gazette.ledger"
        thread.start()
    }

    /// Queues a step; its ticket is what `wait(for:)` and a `SendGate` wait on.
    func submit(_ step: LedgerStep) -> Ticket {
        condition.lock()
        defer { condition.unlock() }
        pending.append(step)
        submitted += 1
        if pending.count == 1 { condition.broadcast() }  // the writer sleeps only on an empty queue
        return submitted
    }

    /// Blocks until the step of `ticket` is committed; throws the error of the commit that failed instead
    /// (then no later step is written either: the run must stop, nothing more may leave).
    func wait(for ticket: Ticket) throws {
        condition.lock()
        defer { condition.unlock() }
        while written < ticket && failure == nil { condition.wait() }
        if written < ticket, let failure { throw failure }
    }

    /// Lets a message's body leave once its step is committed.
    func gate(_ ticket: Ticket) -> SendGate {
        SendGate { [self] in (try? wait(for: ticket)) != nil }
    }

    /// Writes what is queued, then stops the thread. Call once, after every connection is done.
    func close() {
        condition.lock()
        closing = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
    }

    private func writeUntilClosed() {
        condition.lock()
        while true {
            while pending.isEmpty && !closing { condition.wait() }
            if pending.isEmpty || failure != nil {
                condition.unlock()
                return
            }
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            let through = submitted
            condition.unlock()

            var error: Error?
            do { try ledger.steps(issue: issue, batch) } catch let failed { error = failed }

            condition.lock()
            if let error { failure = error } else { written = through }
            condition.broadcast()
        }
    }
}

/// What a message's body waits for before it leaves: the ledger's record that the message is being sent.
/// `wait` returns false when that record could not be written; the message must then not leave.
public struct SendGate: Sendable {
    public let wait: @Sendable () -> Bool

    public init(wait: @escaping @Sendable () -> Bool) { self.wait = wait }

    /// Nothing to wait for.
    public static let open = SendGate { true }
}
