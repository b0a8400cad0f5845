import Foundation
import GRDB
import Testing
@testable import GazetteKit

@Suite struct DeliveryLedgerTests {
    func temporaryOutbox() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    let list = [
        Subscriber(address: "Ana@Example.org", name: "Ana", edition: .fr),
        Subscriber(address: "bob@example.org", name: nil, edition: .en),
        Subscriber(address: "chloe@example.org", name: "Chloé", edition: .bilingual),
    ]

    @Test func enqueuesOnceAndKeepsListOrder() throws {
        let outbox = try temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let ledger = try #require(try DeliveryLedger.open(outbox: outbox, create: true))
        #expect(try ledger.enqueue(issue: "2026-11", subscribers: list) == 3)
        #expect(try ledger.enqueue(issue: "2026-11", subscribers: list) == 0)
        #expect(try ledger.enqueue(issue: "2026-12", subscribers: list) == 3)
        #expect(try ledger.pending(issue: "2026-11").map(\.subscriber) == ["ana@example.org", "bob@example.org", "chloe@example.org"])
        #expect(try ledger.issues() == ["2026-11", "2026-12"])
    }

    @Test func aLedgerWrittenBeforeTheStatusIndexWasDroppedOpensAndKeepsItsOrder() throws {
        let outbox = try temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let path = (outbox as NSString).appendingPathComponent(DeliveryLedger.fileName)
        do {
            // The first schema, as earlier versions left it, with one issue half sent.
            let old = try DatabaseQueue(path: path)
            try old.write { db in
                try db.execute(sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1');
                    CREATE TABLE delivery (issue TEXT NOT NULL, subscriber TEXT NOT NULL, address TEXT NOT NULL,
                        edition TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_reply TEXT,
                        message_id TEXT, queued_at DOUBLE NOT NULL, attempted_at DOUBLE, finished_at DOUBLE,
                        position INTEGER NOT NULL, PRIMARY KEY (issue, subscriber)) WITHOUT ROWID;
                    CREATE INDEX delivery_pending ON delivery (issue, status, position);
                    INSERT INTO delivery VALUES ('i', 'zoe@example.org', 'zoe@example.org', 'fr', 'queued', 0, NULL, NULL, 1, NULL, NULL, 0);
                    INSERT INTO delivery VALUES ('i', 'ana@example.org', 'ana@example.org', 'fr', 'sent', 1, '250', '<a@x>', 1, 2, 3, 1);
                    INSERT INTO delivery VALUES ('i', 'bob@example.org', 'bob@example.org', 'en', 'retrying', 1, '451', '<b@x>', 1, 2, NULL, 2);
                    """)
            }
        }
        let ledger = try #require(try DeliveryLedger.open(outbox: outbox, create: false))
        #expect(try ledger.pending(issue: "i").map(\.subscriber) == ["zoe@example.org", "bob@example.org"], "list order kept")
        #expect(try ledger.counts(issue: "i").sent == 1)
        let indexes = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'delivery' AND sql IS NOT NULL")
        }
        #expect(indexes.isEmpty, "no index for a send step to keep up to date: \(indexes)")
    }

    @Test func attemptsAndOutcomesSurviveReopening() throws {
        let outbox = try temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        do {
            let ledger = try #require(try DeliveryLedger.open(outbox: outbox, create: true))
            try ledger.enqueue(issue: "i", subscribers: list)
            try ledger.beginAttempt(issue: "i", subscriber: "ana@example.org", messageID: "<1@example.org>")
            try ledger.finishAttempt(issue: "i", subscriber: "ana@example.org", status: .sent, reply: "250 ok")
            try ledger.beginAttempt(issue: "i", subscriber: "bob@example.org", messageID: "<2@example.org>")
            try ledger.finishAttempt(issue: "i", subscriber: "bob@example.org", status: .failed, reply: "550 no such user")
            // Chloé's attempt begins and the process "dies" before the server answers.
            try ledger.beginAttempt(issue: "i", subscriber: "chloe@example.org", messageID: "<3@example.org>")
        }
        let reopened = try #require(try DeliveryLedger.open(outbox: outbox, create: false))
        let counts = try reopened.counts(issue: "i")
        #expect(counts.sent == 1 && counts.failed == 1 && counts.queued == 1 && counts.retrying == 0)
        let inFlight = try #require(try reopened.pending(issue: "i").first)
        #expect(inFlight.subscriber == "chloe@example.org")
        #expect(inFlight.attempts == 1)
        #expect(inFlight.messageID == "<3@example.org>")
        #expect(inFlight.attemptedAt != nil)
        let failed = try reopened.records(issue: "i", status: .failed)
        #expect(failed.map(\.lastReply) == ["550 no such user"])
        #expect(failed.first?.finishedAt != nil)
    }

    @Test func subscribersWhoLeftBeforeTheirMessageAreNotSent() throws {
        let outbox = try temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let ledger = try #require(try DeliveryLedger.open(outbox: outbox, create: true))
        try ledger.enqueue(issue: "i", subscribers: list)
        try ledger.beginAttempt(issue: "i", subscriber: "ana@example.org", messageID: "<1@x>")
        try ledger.finishAttempt(issue: "i", subscriber: "ana@example.org", status: .sent, reply: "250 ok")
        // Ana (already sent) and Bob (not yet) leave the list; Chloé now wants English.
        try ledger.enqueue(issue: "i", subscribers: [Subscriber(address: "chloe@example.org", name: nil, edition: .en)])
        #expect(try ledger.pending(issue: "i").map(\.subscriber) == ["chloe@example.org"])
        #expect(try ledger.pending(issue: "i").first?.edition == .en)
        #expect(try ledger.record(issue: "i", subscriber: "ana@example.org")?.status == .sent)
        let bob = try #require(try ledger.record(issue: "i", subscriber: "bob@example.org"))
        #expect(bob.status == .failed)
        #expect(bob.lastReply?.contains("no longer on the subscribers list") == true)
    }

    @Test func openingWithoutCreateFindsNothing() throws {
        let outbox = try temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        #expect(try DeliveryLedger.open(outbox: outbox, create: false) == nil)
    }

    @Test func aSecondLockOnTheSameOutboxIsRefusedUntilTheFirstIsReleased() throws {
        let outbox = try temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        var first: SendLock? = try SendLock.acquire(outbox: outbox).get()
        #expect(first != nil)
        // flock locks belong to the open file description, so a second open in this process conflicts too.
        switch try SendLock.acquire(outbox: outbox) {
        case .success: Issue.record("a second lock was granted while the first is held")
        case .failure(let held):
            #expect(held.pid == Int(getpid()))
            #expect(held.description.contains("another gazette send is running"))
        }
        first = nil
        #expect(throws: Never.self) { try SendLock.acquire(outbox: outbox).get() }
    }
}
