import Foundation
import Testing
@testable import GazetteKit

/// `gazette inbox` on a Maildir and an mbox of real-shaped reports, after a real send.
@Suite(.serialized) struct InboxCommandTests {
    static let fixtures = packageRoot + "/Tests/GazetteKitTests/Fixtures/inbox"

    /// The fixture `name` with the placeholders of this send filled in.
    static func fixture(_ name: String, _ values: [String: String]) throws -> String {
        var text = try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
        for (key, value) in values { text = text.replacingOccurrences(of: "{{\(key)}}", with: value) }
        return text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// Sends the fixture issue (VERP on) and returns the fixture and the placeholder values.
    static func sentFixture() throws -> (ListFixture, [String: String]) {
        let smtp = try TestSMTPServer.start()
        let fixture = try ListFixture(bounceAddress: "bounces+{token}@example.org", server: smtp.url)
        try fixture.writeSubscribers(more: ["zoe.roy@example.org", "away@example.org"])
        let sent = try fixture.send(server: smtp)
        guard sent.status == 0 else { throw TestFailure("send failed: \(sent.errors)") }
        let ledger = try #require(try DeliveryLedger.open(outbox: fixture.outbox, create: false))
        func messageID(_ address: String) throws -> String {
            try #require(try ledger.record(issue: fixture.issueID, subscriber: address)?.messageID)
        }
        let tokens = UnsubscribeToken(key: ListFixture.unsubscribeKey)
        return (fixture, [
            "FR_MESSAGE_ID": try messageID("fr@example.org"),
            "BOTH_MESSAGE_ID": try messageID("both@example.org"),
            "VERP_ADDRESS": "bounces+\(tokens.token(for: "en@example.org"))@example.org",
        ])
    }

    @Test(.enabled(if: ListSenderIdentityTests.ready, "needs the gazette executable and aiosmtpd"))
    func eachKindOfReportIsActedOnOnceAcrossTwoRuns() throws {
        let (fixture, values) = try Self.sentFixture()
        defer { fixture.remove() }
        let maildir = fixture.root + "/Maildir"
        for sub in ["new", "cur", "tmp"] { try FileManager.default.createDirectory(atPath: maildir + "/" + sub, withIntermediateDirectories: true) }
        var files: [String: String] = [
            "1764944042.postfix.mx": try Self.fixture("postfix-hard-bounce.eml", values),
            "1764944043.arf.isp": try Self.fixture("arf-complaint.eml", values),
            "1764944044.mailto.mail": try Self.fixture("unsubscribe-mail.eml", values),
            "1764944045.ooo.mail": try Self.fixture("auto-reply.eml", values),
            "1764944046.broken.mx": try Self.fixture("malformed-report.eml", values),
        ]
        // Two soft bounces now, the third after the first run.
        for n in 1...2 { files["176494405\(n).exim.relay"] = try Self.fixture("exim-delayed.eml", values.merging(["N": "\(n)"]) { $1 }) }
        for (name, text) in files { try text.write(toFile: maildir + "/new/" + name, atomically: true, encoding: .utf8) }

        let first = try fixture.gazette(["inbox", "--config", fixture.configPath, "--maildir", maildir])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.split(separator: "\n").count == 1)
        #expect(first.output.hasPrefix("inbox: 7 new, 0 read before; 3 suppressed (1 bounces, 1 complaints, 1 unsubscribe mails), 2 soft bounces, 1 auto-replies ignored, 0 unmatched, 1 malformed skipped"),
                "\(first.output)")
        let malformedLines = first.errors.split(separator: "\n").filter { $0.contains("malformed") }
        #expect(malformedLines.count == 1 && malformedLines[0].contains("1764944046.broken.mx"), "\(first.errors)")

        let store = try #require(try SuppressionStore.open(outbox: fixture.outbox, create: false))
        var suppressed = Dictionary(uniqueKeysWithValues: try store.all().map { ($0.address, $0) })
        #expect(Set(suppressed.keys) == ["fr@example.org", "both@example.org", "zoe.roy@example.org"])
        #expect(suppressed["fr@example.org"]?.how == .bounce && suppressed["fr@example.org"]?.issue == fixture.issueID)
        #expect(suppressed["both@example.org"]?.how == .complaint && suppressed["both@example.org"]?.issue == fixture.issueID)
        #expect(suppressed["zoe.roy@example.org"]?.how == .mail)
        #expect(try store.softBounces("en@example.org") == 2)

        // Second run: the same messages are not handled again; the third soft bounce suppresses.
        try Self.fixture("exim-delayed.eml", values.merging(["N": "3"]) { $1 }).write(toFile: maildir + "/new/1764944053.exim.relay", atomically: true, encoding: .utf8)
        let second = try fixture.gazette(["inbox", "--config", fixture.configPath, "--maildir", maildir])
        #expect(second.status == 0)
        #expect(second.output.hasPrefix("inbox: 1 new, 7 read before; 1 suppressed (0 bounces, 0 complaints, 0 unsubscribe mails), 1 soft bounces"), "\(second.output)")
        #expect(!second.errors.contains("malformed"), "a malformed report is reported once")
        suppressed = Dictionary(uniqueKeysWithValues: try store.all().map { ($0.address, $0) })
        #expect(suppressed["en@example.org"]?.how == .bounce)
        #expect(suppressed["away@example.org"] == nil, "an auto-reply suppresses no one")
        // Nothing was deleted without --delete.
        #expect(try FileManager.default.contentsOfDirectory(atPath: maildir + "/new").count == 8)
    }

    @Test(.enabled(if: ListSenderIdentityTests.ready, "needs the gazette executable and aiosmtpd"))
    func anMboxIsReadAndOnlyHandledMessagesAreDeletedWithDelete() throws {
        let (fixture, values) = try Self.sentFixture()
        defer { fixture.remove() }
        let ordinary = "From: friend@example.net\r\nTo: gazette@example.org\r\nSubject: Merci !\r\n\r\nFrom the bottom of my heart: thanks.\r\n"
        var mbox = ""
        for text in [try Self.fixture("postfix-hard-bounce.eml", values), ordinary, try Self.fixture("unsubscribe-mail.eml", values)] {
            let body = text.replacingOccurrences(of: "\r\n", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("From ") ? ">" + $0 : String($0) }.joined(separator: "\n")
            mbox += "From MAILER-DAEMON Sat Dec  5 09:14:02 2026\n" + body + "\n\n"
        }
        let path = fixture.root + "/bounces.mbox"
        try mbox.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try fixture.gazette(["inbox", "--config", fixture.configPath, "--mbox", path, "--delete"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("3 new") && run.output.contains("2 suppressed") && run.output.contains("1 other") && run.output.contains("2 deleted"),
                "\(run.output)")
        let left = try String(contentsOfFile: path, encoding: .utf8)
        #expect(left.contains(">From the bottom of my heart") && !left.contains("Undelivered") && !left.contains("unsubscribe@"))
        #expect(try fixture.gazette(["inbox", "--config", fixture.configPath, "--mbox", path]).output.hasPrefix("inbox: 0 new, 1 read before"))
        let notAMailbox = try fixture.gazette(["inbox", "--config", fixture.configPath, "--maildir", fixture.root + "/nothing"])
        #expect(notAMailbox.status == 1 && notAMailbox.errors.contains("not a Maildir"))
    }
}

/// The same through a real IMAP server (dovecot on loopback), or skipped with the reason.
@Suite(.serialized) struct InboxIMAPTests {
    @Test(.enabled(if: ListSenderIdentityTests.ready, "needs the gazette executable and aiosmtpd"))
    func imapMailboxIsReadOnceAndDeletedOnlyWithDelete() throws {
        let imap: TestIMAPServer
        do {
            imap = try TestIMAPServer()
        } catch let unavailable as TestIMAPServer.Unavailable {
            print("skipped: \(unavailable.description)")
            return
        }
        let (fixture, values) = try InboxCommandTests.sentFixture()
        defer { fixture.remove() }
        try imap.deliver(try InboxCommandTests.fixture("postfix-hard-bounce.eml", values), name: "1764944042.bounce.mx")
        try imap.deliver(try InboxCommandTests.fixture("unsubscribe-mail.eml", values), name: "1764944043.mailto.mail")
        try imap.deliver("From: friend@example.net\r\nTo: gazette@example.org\r\nSubject: Merci\r\n\r\nThanks!\r\n", name: "1764944044.other.mail")
        let arguments = ["inbox", "--config", fixture.configPath, "--imap", imap.url, "--imap-user", TestIMAPServer.user,
                         "--ca-file", imap.certificate]
        var environment = ListFixture.environment
        environment["GAZETTE_IMAP_PASSWORD"] = TestIMAPServer.password

        let first = try fixture.gazette(arguments, environment: environment)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.hasPrefix("inbox: 3 new, 0 read before; 2 suppressed (1 bounces, 0 complaints, 1 unsubscribe mails)"), "\(first.output)")
        let store = try #require(try SuppressionStore.open(outbox: fixture.outbox, create: false))
        #expect(Set(try store.all().map(\.address)) == ["fr@example.org", "zoe.roy@example.org"])
        #expect(imap.messageCount() == 3, "nothing deleted without --delete")

        let second = try fixture.gazette(arguments + ["--delete"], environment: environment)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.hasPrefix("inbox: 0 new, 3 read before; 0 suppressed") && second.output.contains("2 deleted"), "\(second.output)")
        #expect(imap.messageCount() == 1, "only the ordinary mail is left")

        var wrong = environment
        wrong["GAZETTE_IMAP_PASSWORD"] = "not the password"
        let refused = try fixture.gazette(arguments, environment: wrong)
        #expect(refused.status == 1 && refused.errors.contains("IMAP") && !refused.errors.contains("not the password"), "\(refused.errors)")
    }
}
