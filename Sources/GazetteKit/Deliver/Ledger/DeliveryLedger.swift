import Foundation
import GRDB

/// The SQLite record of every message of every issue (`outbox/ledger.sqlite`): what makes a cron send
/// idempotent and crash-safe. Each attempt is written before the message leaves and after the server
/// answers (the answer together with the start of the connection's next message, one transaction), so a
/// run killed at any point leaves at most one message per connection to be sent again.
public final class DeliveryLedger: Sendable {
    public static let fileName = "ledger.sqlite"

    public let path: String
    private let database: DatabaseQueue

    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // WAL: a commit is one append, so the two transactions per message stay cheap; a killed process
            // loses nothing committed. synchronous=NORMAL gives up durability only on power loss, where
            // the worst case is one message sent twice, never one lost (its row would still be queued).
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    /// Opens the ledger of an outbox folder, creating it when `create` is set; nil when absent otherwise.
    public static func open(outbox: String, create: Bool) throws -> DeliveryLedger? {
        let path = (outbox as NSString).appendingPathComponent(fileName)
        if !create && !FileManager.default.fileExists(atPath: path) { return nil }
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
        return try DeliveryLedger(path: path)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE delivery (
                    issue TEXT NOT NULL,
                    subscriber TEXT NOT NULL,
                    address TEXT NOT NULL,
                    edition TEXT NOT NULL,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_reply TEXT,
                    message_id TEXT,
                    queued_at DOUBLE NOT NULL,
                    attempted_at DOUBLE,
                    finished_at DOUBLE,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (issue, subscriber)
                ) WITHOUT ROWID;
                CREATE INDEX delivery_pending ON delivery (issue, status, position);
                """)
        }
        migrator.registerMigration("v2-no-status-index") { db in
            // Every message moves its row from `queued` to `sent`, so an index on status cost each send
            // step two more b-tree pages to write (a third of a step's CPU). The queries it served read an
            // issue's rows once per run or per `status`, and the primary key already ranges over an issue.
            try db.execute(sql: "DROP INDEX IF EXISTS delivery_pending")
        }
        return migrator
    }

    /// Adds a queued row for every subscriber the ledger does not know yet for this issue (one transaction),
    /// and marks `failed` the pending rows of subscribers no longer on the list (unsubscribed or suppressed
    /// since the last run): they must not get the message. Returns how many were added.
    @discardableResult
    public func enqueue(issue: String, subscribers: [Subscriber], now: Date = Date()) throws -> Int {
        try database.write { db in
            var added = 0
            let insert = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO delivery (issue, subscriber, address, edition, status, attempts, queued_at, position)
                VALUES (?, ?, ?, ?, 'queued', 0, ?, ?)
                """)
            let reorder = try db.makeStatement(sql: """
                UPDATE delivery SET position = ?, address = ?, edition = ?
                WHERE issue = ? AND subscriber = ? AND status IN ('queued', 'retrying')
                """)
            var current = Set<String>()
            current.reserveCapacity(subscribers.count)
            for (position, subscriber) in subscribers.enumerated() {
                current.insert(subscriber.key)
                try insert.execute(arguments: [issue, subscriber.key, subscriber.address, subscriber.edition.rawValue,
                                               now.timeIntervalSince1970, position])
                if db.changesCount > 0 {
                    added += 1
                } else {
                    // A subscriber who changed language since the last run gets the edition they now want.
                    try reorder.execute(arguments: [position, subscriber.address, subscriber.edition.rawValue, issue, subscriber.key])
                }
            }
            // A cursor, not an array: a 100,000-row list must not be held twice.
            var goneKeys: [String] = []
            let pending = try String.fetchCursor(db, sql: """
                SELECT subscriber FROM delivery WHERE issue = ? AND status IN ('queued', 'retrying')
                """, arguments: [issue])
            while let key = try pending.next() {
                if !current.contains(key) { goneKeys.append(key) }
            }
            let gone = try db.makeStatement(sql: """
                UPDATE delivery SET status = 'failed', last_reply = ?, finished_at = ? WHERE issue = ? AND subscriber = ?
                """)
            for key in goneKeys {
                try gone.execute(arguments: [Self.departedReply, now.timeIntervalSince1970, issue, key])
            }
            return added
        }
    }

    /// The rows still to attempt, in list order.
    public func pending(issue: String) throws -> [DeliveryRecord] {
        try database.read { db in
            // Mapped row by row from a cursor: GRDB rows of a whole 100,000-subscriber send at once would
            // weigh more than the records made from them.
            var records: [DeliveryRecord] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT * FROM delivery WHERE issue = ? AND status IN ('queued', 'retrying') ORDER BY position
                """, arguments: [issue])
            while let row = try rows.next() { records.append(Self.record(row)) }
            return records
        }
    }

    /// The rows still to attempt as slim `PendingDelivery`s pointing into `subscribers` (the list given to
    /// `enqueue`), in list order: a 100,000-subscriber send holds 40 bytes per pending message, not a record.
    public func pendingDeliveries(issue: String, subscribers: [Subscriber]) throws -> [PendingDelivery] {
        try database.read { db in
            var pending: [PendingDelivery] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT subscriber, position, attempts, message_id FROM delivery
                WHERE issue = ? AND status IN ('queued', 'retrying') ORDER BY position
                """, arguments: [issue])
            while let row = try rows.next() {
                let position: Int = row["position"]
                guard subscribers.indices.contains(position), subscribers[position].key == row["subscriber"] as String else { continue }
                pending.append(PendingDelivery(position: position, attempts: row["attempts"], messageID: row["message_id"]))
            }
            return pending
        }
    }

    /// Subscriber key → status, for the rows a run will not attempt again (sent or failed).
    public func finishedStatuses(issue: String) throws -> [String: DeliveryStatus] {
        try database.read { db in
            var statuses: [String: DeliveryStatus] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT subscriber, status FROM delivery WHERE issue = ? AND status IN ('sent', 'failed')
                """, arguments: [issue])
            while let row = try rows.next() {
                if let status = DeliveryStatus(rawValue: row["status"]) { statuses[row["subscriber"]] = status }
            }
            return statuses
        }
    }

    public func record(issue: String, subscriber: String) throws -> DeliveryRecord? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM delivery WHERE issue = ? AND subscriber = ?",
                             arguments: [issue, subscriber]).map(Self.record)
        }
    }

    /// Written just before the message leaves: one more attempt, its time, and its Message-ID.
    public func beginAttempt(issue: String, subscriber: String, messageID: String, at time: Date = Date()) throws {
        try step(issue: issue, ending: nil, starting: AttemptStart(subscriber: subscriber, messageID: messageID), at: time)
    }

    /// Written as soon as the server has answered.
    public func finishAttempt(issue: String, subscriber: String, status: DeliveryStatus, reply: String,
                              at time: Date = Date()) throws {
        try step(issue: issue, ending: AttemptEnd(subscriber: subscriber, status: status, reply: reply), starting: nil, at: time)
    }

    /// The send loop's one transaction per message: the end of the attempt whose reply just came and the
    /// start of the next on the same connection, before that one leaves. Nothing a crash may lose gets
    /// worse: until this commits, the answered message still reads as in flight (sent again by the next
    /// run, with its Message-ID), so each connection has at most one message that may be repeated.
    /// A commit costs the same whether it holds one update or two, so this halves the ledger's share.
    public func step(issue: String, ending: AttemptEnd?, starting: AttemptStart?, at time: Date = Date()) throws {
        guard ending != nil || starting != nil else { return }
        try steps(issue: issue, [LedgerStep(ending: ending, starting: starting)], at: time)
    }

    /// Several connections' steps in one transaction (`LedgerStepWriter`'s group commit), in order.
    public func steps(issue: String, _ steps: [LedgerStep], at time: Date = Date()) throws {
        guard !steps.isEmpty else { return }
        try database.writeWithoutTransaction { db in
            // BEGIN and COMMIT as cached statements: GRDB's own transaction parses and prepares both afresh
            // for every transaction, which cost as much as the updates themselves on the send's hot path.
            // IMMEDIATE takes the write lock at once (waiting out `gazette serve`'s writes on the busy timeout).
            try db.cachedStatement(sql: "BEGIN IMMEDIATE").execute()
            do {
                try Self.write(steps, issue: issue, at: time, in: db)
                try db.cachedStatement(sql: "COMMIT").execute()
            } catch {
                if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
                throw error
            }
        }
    }

    private static func write(_ steps: [LedgerStep], issue: String, at time: Date, in db: Database) throws {
        let seconds = time.timeIntervalSince1970
        for step in steps {
            let ending = step.ending, starting = step.starting
            // Cached statements: these run for every message of a 100,000-subscriber send.
            if let ending {
                try db.cachedStatement(sql: """
                    UPDATE delivery SET status = ?, last_reply = ?, attempts = attempts - ?,
                        finished_at = CASE WHEN ? IN ('sent', 'failed') THEN ? ELSE finished_at END
                    WHERE issue = ? AND subscriber = ?
                    """).execute(arguments: [ending.status.rawValue, ending.reply, ending.charged ? 0 : 1,
                                             ending.status.rawValue, seconds, issue, ending.subscriber])
            }
            if let starting {
                try db.cachedStatement(sql: """
                    UPDATE delivery SET attempts = attempts + 1, attempted_at = ?, message_id = ?
                    WHERE issue = ? AND subscriber = ?
                    """).execute(arguments: [seconds, starting.messageID, issue, starting.subscriber])
            }
        }
    }

    /// Why a row is `failed` when its subscriber left the list before the message went: not a refusal.
    public static let departedReply = "no longer on the subscribers list (unsubscribed or suppressed)"

    /// How many of these subscribers the issue has failed for good (refused, given up) over all runs. Rows
    /// of people no longer on the list (suppressed, unsubscribed) are not counted: nothing is owed to them.
    public func refusedCount(issue: String, subscribers: [Subscriber]) throws -> Int {
        try database.read { db in
            var current = Set<String>()
            current.reserveCapacity(subscribers.count)
            for subscriber in subscribers { current.insert(subscriber.key) }
            var count = 0
            let rows = try String.fetchCursor(db, sql: "SELECT subscriber FROM delivery WHERE issue = ? AND status = 'failed'",
                                              arguments: [issue])
            while let key = try rows.next() { if current.contains(key) { count += 1 } }
            return count
        }
    }

    public func counts(issue: String) throws -> DeliveryCounts {
        try database.read { db in
            var counts = DeliveryCounts()
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM delivery WHERE issue = ? GROUP BY status",
                                        arguments: [issue]) {
                if let status = DeliveryStatus(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }

    /// Every issue the ledger knows, oldest first.
    public func issues() throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT issue FROM delivery GROUP BY issue ORDER BY MIN(queued_at), issue")
        }
    }

    /// Rows in these statuses, in list order (for `status`: failures and deferrals with their replies).
    public func records(issue: String, status: DeliveryStatus) throws -> [DeliveryRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM delivery WHERE issue = ? AND status = ? ORDER BY position",
                             arguments: [issue, status.rawValue]).map(Self.record)
        }
    }

    private static func record(_ row: Row) -> DeliveryRecord {
        DeliveryRecord(
            issue: row["issue"], subscriber: row["subscriber"], address: row["address"],
            edition: Edition(rawValue: row["edition"]) ?? .bilingual,
            status: DeliveryStatus(rawValue: row["status"]) ?? .queued, attempts: row["attempts"],
            lastReply: row["last_reply"], messageID: row["message_id"],
            queuedAt: Date(timeIntervalSince1970: row["queued_at"]),
            attemptedAt: (row["attempted_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            finishedAt: (row["finished_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            position: row["position"])
    }
}
