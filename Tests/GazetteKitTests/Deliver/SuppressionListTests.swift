import Foundation
import Testing
@testable import GazetteKit

@Suite struct SuppressionListTests {
    let folder = TemporaryFolder()

    @Test func addressesMatchIgnoringCaseAndSurroundingSpace() {
        let list = SuppressionList(addresses: ["Ana@Example.org", " bob@example.org ", "ana@example.org", ""])
        #expect(list.count == 2)
        #expect(list.contains("ana@example.org"))
        #expect(list.contains("ANA@EXAMPLE.ORG"))
        #expect(list.contains("Bob@Example.org"))
        #expect(!list.contains("carl@example.org"))
        #expect(SuppressionList.empty.count == 0)
        #expect(!SuppressionList.empty.contains("ana@example.org"))
    }

    @Test func plainListSkipsCommentsAndBlankLinesAndIgnoresTrailingWords() throws {
        let path = folder.write("suppressed.txt", "\u{FEFF}# unsubscribed\r\nAna@Example.org\r\n\r\n  # bounced\r\nbob@example.org 2024-05-01 hard bounce\r\n   carl@example.org\r\n")
        let list = try SuppressionList.load(path: path)
        #expect(list.count == 3)
        #expect(list.contains("ana@example.org"))
        #expect(list.contains("bob@example.org"))
        #expect(list.contains("carl@example.org"))
        #expect(!list.contains("# bounced"))
    }

    @Test func csvUsesItsEmailColumnWherever() throws {
        let path = folder.write("suppressed.csv", """
            # exported from the mail provider
            date,Email,reason
            2024-05-01,ana@example.org,"unsubscribed, by link"
            2024-05-02,BOB@example.org,bounce
            """)
        let list = try SuppressionList.load(path: path)
        #expect(list.count == 2)
        #expect(list.contains("bob@example.org"))
        #expect(!list.contains("2024-05-01"))
    }

    @Test func csvWithoutEmailHeaderUsesTheFirstColumn() throws {
        let headed = try SuppressionList.load(path: folder.write("headed.csv", "address,reason\nana@example.org,bounce\n"))
        #expect(headed.count == 1)
        #expect(headed.contains("ana@example.org"))
        let bare = try SuppressionList.load(path: folder.write("bare.csv", "ana@example.org;bounce\nbob@example.org;unsubscribed\n"))
        #expect(bare.count == 2)
        #expect(bare.contains("bob@example.org"))
    }

    @Test func emptyFileSuppressesNobody() throws {
        let list = try SuppressionList.load(path: folder.write("suppressed.txt", "# nobody yet\n\n"))
        #expect(list.count == 0)
    }

    @Test func missingFileThrowsNamingIt() {
        let path = folder.path + "/absent.txt"
        #expect(throws: SubscribersFileError(file: path, message: "cannot read the suppression file")) {
            try SuppressionList.load(path: path)
        }
    }

    @Test func loadedListIsAppliedToSubscribers() throws {
        let suppression = try SuppressionList.load(path: folder.write("suppressed.txt", "BOB@example.org\n"))
        let subscribers = folder.write("subscribers.csv", "email\nana@example.org\nbob@example.org\n")
        let list = try SubscriberList.load(path: subscribers, suppression: suppression)
        #expect(list.subscribers.map(\.address) == ["ana@example.org"])
        #expect(list.suppressedCount == 1)
    }
}
