import Foundation

/// One row of the ledger: one subscriber's message of one issue.
public struct DeliveryRecord: Sendable, Equatable {
    public var issue: String
    /// The subscriber's key (lowercased address).
    public var subscriber: String
    public var address: String
    public var edition: Edition
    public var status: DeliveryStatus
    public var attempts: Int
    /// The server's last reply (or the connection problem), verbatim.
    public var lastReply: String?
    /// Kept from the first attempt on, so a message resent after a crash carries the same Message-ID and
    /// the receiving side can tell it is the same message.
    public var messageID: String?
    public var queuedAt: Date
    /// When the last attempt started; an attempt still `queued` with this set was in flight when a run died.
    public var attemptedAt: Date?
    /// When it was sent or given up.
    public var finishedAt: Date?
    /// File order of the subscribers list, so sends follow the list.
    public var position: Int
}

/// A message still to attempt, as the send loop holds it: where its subscriber is in the list, and what
/// earlier attempts left.
public struct PendingDelivery: Sendable, Equatable {
    public var position: Int
    public var attempts: Int
    public var messageID: String?
}

/// A ledger's counts by status, for `status` and the run summaries.
public struct DeliveryCounts: Sendable, Equatable {
    public var queued = 0
    public var retrying = 0
    public var sent = 0
    public var failed = 0

    public init() {}

    public var total: Int { queued + retrying + sent + failed }
    public var pending: Int { queued + retrying }

    subscript(status: DeliveryStatus) -> Int {
        get {
            switch status {
            case .queued: queued
            case .retrying: retrying
            case .sent: sent
            case .failed: failed
            }
        }
        set {
            switch status {
            case .queued: queued = newValue
            case .retrying: retrying = newValue
            case .sent: sent = newValue
            case .failed: failed = newValue
            }
        }
    }
}

/// The end of one attempt, as the ledger records it.
public struct AttemptEnd: Sendable, Equatable {
    public var subscriber: String
    public var status: DeliveryStatus
    public var reply: String
    /// False when the attempt never reached the subscriber (the server could not be reached or refused
    /// the login): it is given back, so trouble with the server never uses up a subscriber's attempts.
    public var charged: Bool

    public init(subscriber: String, status: DeliveryStatus, reply: String, charged: Bool = true) {
        self.subscriber = subscriber
        self.status = status
        self.reply = reply
        self.charged = charged
    }
}

/// The start of one attempt: written before the message leaves.
public struct AttemptStart: Sendable, Equatable {
    public var subscriber: String
    public var messageID: String

    public init(subscriber: String, messageID: String) {
        self.subscriber = subscriber
        self.messageID = messageID
    }
}

/// One connection's ledger write between two messages: the end of the attempt just answered and the
/// start of the next, either of which may be absent.
public struct LedgerStep: Sendable, Equatable {
    public var ending: AttemptEnd?
    public var starting: AttemptStart?

    public init(ending: AttemptEnd?, starting: AttemptStart?) {
        self.ending = ending
        self.starting = starting
    }
}
