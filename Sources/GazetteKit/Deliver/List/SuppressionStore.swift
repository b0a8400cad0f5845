import Foundation
import GRDB

/// The suppressions kept in the ledger database (`outbox/ledger.sqlite`): every unsubscribe, bounce and
/// complaint, from the server, the inbox, a send or by hand. Its own tables beside the ledger's
/// `delivery` rows, so sending and unsubscribing never wait on each other for long (WAL: readers do not
/// block the writer, and each write here is one short transaction).
public final class SuppressionStore: Sendable {
    public let path: String
    private let database: DatabaseQueue

    /// Soft bounces (4.x.x) after which an address is suppressed.
    public static let softBounceLimit = 3

    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
        // A send in another process writes two transactions per message; a wait of a few ms at most.
        configuration.busyMode = .timeout(15)
        database = try DatabaseQueue(path: path, configuration: configuration)
        // Plain CREATE … IF NOT EXISTS rather than a migration: the ledger's migrator owns its own
        // identifiers, and these tables must appear in ledgers made before them without touching it.
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS suppression (
                    address TEXT PRIMARY KEY NOT NULL,
                    suppressed_at DOUBLE NOT NULL,
                    how TEXT NOT NULL,
                    issue TEXT,
                    detail TEXT
                ) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS soft_bounce (
                    address TEXT PRIMARY KEY NOT NULL,
                    count INTEGER NOT NULL,
                    last_at DOUBLE NOT NULL,
                    last_detail TEXT
                ) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS inbox_seen (
                    message_key TEXT PRIMARY KEY NOT NULL,
                    seen_at DOUBLE NOT NULL,
                    outcome TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
    }

    /// The store of an outbox; nil when `create` is off and there is no ledger yet.
    public static func open(outbox: String, create: Bool) throws -> SuppressionStore? {
        let path = (outbox as NSString).appendingPathComponent(DeliveryLedger.fileName)
        if !create && !FileManager.default.fileExists(atPath: path) { return nil }
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
        return try SuppressionStore(path: path)
    }

    static func key(_ address: String) -> String {
        address.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Records a suppression; the first one of an address stays (its time and how), so a second
    /// unsubscribe is a no-op. Returns whether the address was newly suppressed.
    @discardableResult
    public func record(_ address: String, how: Suppression.How, issue: String? = nil, detail: String? = nil,
                       at time: Date = Date()) throws -> Bool {
        let key = Self.key(address)
        guard !key.isEmpty else { return false }
        return try database.write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO suppression (address, suppressed_at, how, issue, detail) VALUES (?, ?, ?, ?, ?)
                """, arguments: [key, time.timeIntervalSince1970, how.rawValue, issue, detail])
            let added = db.changesCount > 0
            try db.execute(sql: "DELETE FROM soft_bounce WHERE address = ?", arguments: [key])
            return added
        }
    }

    /// Lifts a suppression (`gazette suppressions remove`); returns whether there was one.
    @discardableResult
    public func remove(_ address: String) throws -> Bool {
        try database.write { db in
            try db.execute(sql: "DELETE FROM suppression WHERE address = ?", arguments: [Self.key(address)])
            let removed = db.changesCount > 0
            try db.execute(sql: "DELETE FROM soft_bounce WHERE address = ?", arguments: [Self.key(address)])
            return removed
        }
    }

    public func contains(_ address: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM suppression WHERE address = ?", arguments: [Self.key(address)]) ?? false
        }
    }

    /// Every suppression, oldest first.
    public func all() throws -> [Suppression] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM suppression ORDER BY suppressed_at, address").map { row in
                Suppression(address: row["address"], time: Date(timeIntervalSince1970: row["suppressed_at"]),
                            how: Suppression.How(rawValue: row["how"]) ?? .byHand, issue: row["issue"], detail: row["detail"])
            }
        }
    }

    /// The suppressed addresses (lowercased), for a send to leave out.
    public func addresses() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "SELECT address FROM suppression") }
    }

    /// Counts a soft bounce (4.x.x); the `softBounceLimit`-th in a row suppresses the address. A
    /// suppression or its removal starts the count again. Returns the count and whether it suppressed.
    public func recordSoftBounce(_ address: String, issue: String?, detail: String?, at time: Date = Date()) throws -> (count: Int, suppressed: Bool) {
        let key = Self.key(address)
        return try database.write { db in
            try db.execute(sql: """
                INSERT INTO soft_bounce (address, count, last_at, last_detail) VALUES (?, 1, ?, ?)
                ON CONFLICT(address) DO UPDATE SET count = count + 1, last_at = excluded.last_at, last_detail = excluded.last_detail
                """, arguments: [key, time.timeIntervalSince1970, detail])
            let count = try Int.fetchOne(db, sql: "SELECT count FROM soft_bounce WHERE address = ?", arguments: [key]) ?? 1
            guard count >= Self.softBounceLimit else { return (count, false) }
            try db.execute(sql: """
                INSERT OR IGNORE INTO suppression (address, suppressed_at, how, issue, detail) VALUES (?, ?, 'bounce', ?, ?)
                """, arguments: [key, time.timeIntervalSince1970, issue, "\(count) soft bounces, last: \(detail ?? "")"])
            try db.execute(sql: "DELETE FROM soft_bounce WHERE address = ?", arguments: [key])
            return (count, true)
        }
    }

    /// Soft bounces counted since the address was last suppressed or lifted. "In a row": the count only
    /// restarts at a suppression or a removal, since an accepted message proves nothing about the next.
    public func softBounces(_ address: String) throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count FROM soft_bounce WHERE address = ?", arguments: [Self.key(address)]) ?? 0
        }
    }

    /// Marks an inbox message as handled; false when it already was (each message is handled once).
    public func markSeen(_ messageKey: String, outcome: String, at time: Date = Date()) throws -> Bool {
        try database.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO inbox_seen (message_key, seen_at, outcome) VALUES (?, ?, ?)",
                           arguments: [messageKey, time.timeIntervalSince1970, outcome])
            return db.changesCount > 0
        }
    }

    /// What was made of an inbox message read before; nil when it is new.
    public func seenOutcome(_ messageKey: String) throws -> String? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT outcome FROM inbox_seen WHERE message_key = ?", arguments: [messageKey])
        }
    }

    /// The subscriber and issue of a message the ledger sent, by its Message-ID (with or without `<>`).
    public func delivery(messageID: String) throws -> (address: String, issue: String)? {
        let bare = messageID.trimmingCharacters(in: CharacterSet(charactersIn: "<> \t\r\n"))
        return try database.read { db in
            guard try db.tableExists("delivery") else { return nil }
            guard let row = try Row.fetchOne(db, sql: "SELECT address, issue FROM delivery WHERE message_id IN (?, ?) LIMIT 1",
                                             arguments: [bare, "<\(bare)>"]) else { return nil }
            return (row["address"], row["issue"])
        }
    }

    /// The last issue the ledger sent to an address: where an unsubscribe most likely came from.
    public func lastIssue(sentTo address: String) throws -> String? {
        try database.read { db in
            guard try db.tableExists("delivery") else { return nil }
            return try String.fetchOne(db, sql: """
                SELECT issue FROM delivery WHERE subscriber = ? AND status = 'sent' ORDER BY finished_at DESC LIMIT 1
                """, arguments: [Self.key(address)])
        }
    }

    /// The edition last queued for an address: the language of its pages.
    public func lastEdition(sentTo address: String) throws -> Edition? {
        try database.read { db in
            guard try db.tableExists("delivery") else { return nil }
            return try String.fetchOne(db, sql: """
                SELECT edition FROM delivery WHERE subscriber = ? ORDER BY queued_at DESC LIMIT 1
                """, arguments: [Self.key(address)]).flatMap(Edition.init(rawValue:))
        }
    }

    /// Whether the ledger ever queued mail for this address (an unsubscribe mail from a stranger is not
    /// a subscriber's).
    public func knowsAddress(_ address: String) throws -> Bool {
        try database.read { db in
            guard try db.tableExists("delivery") else { return false }
            return try Bool.fetchOne(db, sql: "SELECT 1 FROM delivery WHERE subscriber = ? LIMIT 1", arguments: [Self.key(address)]) ?? false
        }
    }
}
