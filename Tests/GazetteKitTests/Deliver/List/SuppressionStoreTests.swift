import Foundation
import Testing
@testable import GazetteKit

@Suite struct SuppressionStoreTests {
    func temporaryOutbox() -> String { NSTemporaryDirectory() + "gazette-suppressions-\(UUID().uuidString)" }

    @Test func recordsOnceKeepsTheFirstAndIsHonouredBySendJobs() throws {
        let outbox = temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let store = try #require(try SuppressionStore.open(outbox: outbox, create: true))
        let first = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(try store.record("Ana@Example.org ", how: .oneClick, issue: "2026-12", at: first))
        #expect(try !store.record("ana@example.org", how: .page, issue: "2027-01"), "a second unsubscribe is a no-op")
        #expect(try store.all() == [Suppression(address: "ana@example.org", time: first, how: .oneClick, issue: "2026-12")])
        #expect(try store.contains("ANA@example.org"))
        #expect(try store.remove("ana@example.org"))
        #expect(try !store.remove("ana@example.org"))
        #expect(try store.all().isEmpty)

        // Honoured by every send: SendJob leaves it out as it leaves out the suppression file's.
        try store.record("bob@example.org", how: .bounce)
        let folder = outbox + "/2026-12"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let csv = outbox + "/subscribers.csv"
        try "email,name,language\nbob@example.org,Bob,fr\ncarla@example.org,Carla,en\n".write(toFile: csv, atomically: true, encoding: .utf8)
        var settings = DeliverySettings()
        settings.subscribers = csv
        let list = try SendJob(issueFolder: folder, settings: settings, environment: [:]).loadSubscribers()
        #expect(list.subscribers.map(\.address) == ["carla@example.org"])
    }

    @Test func threeSoftBouncesInARowSuppress() throws {
        let outbox = temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let store = try #require(try SuppressionStore.open(outbox: outbox, create: true))
        #expect(try store.recordSoftBounce("dan@example.org", issue: "a", detail: "4.2.2").suppressed == false)
        #expect(try store.recordSoftBounce("dan@example.org", issue: "b", detail: "4.2.2").suppressed == false)
        #expect(try !store.contains("dan@example.org"))
        let third = try store.recordSoftBounce("dan@example.org", issue: "c", detail: "4.2.2")
        #expect(third == (3, true))
        #expect(try store.all().first?.how == .bounce)
        #expect(try store.softBounces("dan@example.org") == 0)
    }

    @Test func concurrentWritersLoseNothing() async throws {
        let outbox = temporaryOutbox()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let path = outbox
        _ = try SuppressionStore.open(outbox: path, create: true)
        // Separate connections, as the server and a send in another process hold.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    let store = try SuppressionStore.open(outbox: path, create: true)!
                    for index in 0..<50 { try store.record("w\(writer)-\(index)@example.org", how: .oneClick) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try SuppressionStore.open(outbox: path, create: false)!.all().count == 400)
    }

    @Test func recipientRefusalsAreTheAddressesOwn() {
        #expect(BounceRule.isRecipientRefusal(code: 550, reply: "550 5.1.1 <a@b>: Recipient address rejected"))
        #expect(BounceRule.isRecipientRefusal(code: 553, reply: "553 5.1.3 bad"))
        #expect(BounceRule.isRecipientRefusal(code: 554, reply: "554 5.1.1 no such user"))
        #expect(!BounceRule.isRecipientRefusal(code: 554, reply: "554 5.7.1 spam"))
        #expect(!BounceRule.isRecipientRefusal(code: 552, reply: "552 5.2.2 Mailbox full"))
        #expect(!BounceRule.isRecipientRefusal(code: 501, reply: "501 address contains a control character: not sent"))
        #expect(!BounceRule.isRecipientRefusal(code: 451, reply: "451 4.1.1 try later"))
    }
}
