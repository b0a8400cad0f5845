import Foundation
import Testing
@testable import GazetteKit

@Suite("SMTP session delivery")
struct SMTPSessionDeliveryTests {
    @Test func twentyMessagesTravelOneConnectionByteForByte() throws {
        let server = try TestSMTPServer.start()
        let trace = SMTPTraceRecorder()
        let messages = (1...20).map { sampleSMTPMessage(number: $0) }
        var outcomes: [SMTPOutcome] = []
        do {
            let session = try SMTPSession(settings: SMTPSettings(
                url: server.url, allowPlaintext: true, timeoutSeconds: 10, trace: trace.sink))
            for (index, message) in messages.enumerated() {
                outcomes.append(session.send(message, from: "news@example.org", to: "reader\(index + 1)@example.org"))
            }
        }

        for (index, outcome) in outcomes.enumerated() {
            #expect(outcome == .accepted(reply: String(format: "250 2.0.0 Ok: queued as %06d", index + 1)))
        }
        #expect(server.connectionCount == 1)
        let lines = trace.all
        #expect(lines.filter { $0.hasPrefix("* Re-using existing connection") }.count == 19)
        #expect(lines.filter { $0.hasPrefix("* Connection #0 to host 127.0.0.1 left intact") }.count == 20)
        #expect(!trace.text.contains("line 7: Les rencontres"), "message bodies stay out of the trace")

        let stored = try server.messages()
        try #require(stored.count == 20)
        for (index, message) in stored.enumerated() {
            #expect(message.bytes == messages[index])
            #expect(message.mailFrom == "news@example.org")
            #expect(message.recipients == ["reader\(index + 1)@example.org"])
            #expect(message.connection == 1)
        }
    }

    @Test func refusedRecipientsGetTheServersReplyAndTheOthersStillGo() throws {
        let server = try TestSMTPServer.start(options: [
            "--reply", "later@example.org=451", "--reply", "gone@example.org=550",
        ])
        let session = try SMTPSession(settings: SMTPSettings(url: server.url, allowPlaintext: true, timeoutSeconds: 10))
        let recipients = ["first@example.org", "later@example.org", "second@example.org", "gone@example.org",
                          "third@example.org", "gone@example.org", "fourth@example.org"]
        let outcomes = recipients.map { session.send(sampleSMTPMessage(number: 1, size: 2_000), from: "news@example.org", to: $0) }

        #expect(outcomes[1] == .deferred(
            code: 451, reply: "451 4.3.0 <later@example.org>: Temporary local problem, try again later (test)"))
        #expect(outcomes[3] == .rejected(
            code: 550, reply: "550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown (test)"))
        #expect(outcomes[5] == outcomes[3])
        for index in [0, 2, 4, 6] { #expect(outcomes[index].isAccepted, "\(recipients[index]): \(outcomes[index])") }
        // Without a trace, replies are not read until the server refuses something; then they are, for good.
        #expect(outcomes[0] == .accepted(reply: "250"))
        #expect(outcomes[2] == .accepted(reply: "250 2.0.0 Ok: queued as 000002"))
        #expect(try server.messages().map(\.recipients) == [
            ["first@example.org"], ["second@example.org"], ["third@example.org"], ["fourth@example.org"],
        ])
    }

    @Test func replyFileIsReadAgainAtEveryRecipient() throws {
        let folder = try TestSMTPServer.makeTemporaryFolder()
        let replies = folder + "/replies"
        try "reader@example.org 452\n".write(toFile: replies, atomically: true, encoding: .utf8)
        let server = try TestSMTPServer(folder: folder, options: ["--reply-file", replies])
        let session = try SMTPSession(settings: SMTPSettings(url: server.url, allowPlaintext: true, timeoutSeconds: 10))
        let message = sampleSMTPMessage(number: 1, size: 1_000)

        let refused = session.send(message, from: "news@example.org", to: "reader@example.org")
        try "".write(toFile: replies, atomically: true, encoding: .utf8)
        let accepted = session.send(message, from: "news@example.org", to: "reader@example.org")

        #expect(refused == .deferred(code: 452, reply: "452 4.2.2 <reader@example.org>: Mailbox full (test)"))
        #expect(accepted.isAccepted)
    }

    @Test func serverStoppingMidBatchFailsTheRestWithoutCrashing() throws {
        let server = try TestSMTPServer.start(options: ["--stop-after", "5"])
        let session = try SMTPSession(settings: SMTPSettings(url: server.url, allowPlaintext: true, timeoutSeconds: 5))
        let outcomes = (1...10).map {
            session.send(sampleSMTPMessage(number: $0, size: 5_000), from: "news@example.org", to: "reader\($0)@example.org")
        }

        #expect(outcomes.prefix(5).allSatisfy { $0.isAccepted })
        // "Connection refused", or "reset by peer" when a message races the server's exit.
        for outcome in outcomes.dropFirst(5) {
            guard case let .connectionFailed(reason) = outcome else {
                Issue.record("expected a connection failure, got \(outcome)")
                continue
            }
            #expect(!reason.isEmpty)
        }
        #expect(try server.messages().count == 5)
    }

    @Test func timedOutConnectionIsNeverReusedForTheNextMessage() throws {
        let server = try TestSMTPServer.start(options: ["--delay-ms", "2000"])
        let trace = SMTPTraceRecorder()
        let session = try SMTPSession(settings: SMTPSettings(
            url: server.url, allowPlaintext: true, timeoutSeconds: 1, trace: trace.sink))
        let outcomes = (1...2).map {
            session.send(sampleSMTPMessage(number: $0, size: 1_000), from: "news@example.org", to: "reader\($0)@example.org")
        }

        for outcome in outcomes {
            guard case let .connectionFailed(reason) = outcome else {
                Issue.record("expected a timeout, got \(outcome)")
                continue
            }
            #expect(reason.contains("Timeout"), "\(reason)")
        }
        // Reused, the first connection would hand the second message the first one's late "250 queued".
        #expect(server.connectionCount == 2)
        #expect(!trace.all.contains { $0.hasPrefix("* Re-using existing connection") })
    }

    @Test func addressesWithLineBreaksAreNeverSent() throws {
        let server = try TestSMTPServer.start()
        let session = try SMTPSession(settings: SMTPSettings(url: server.url, allowPlaintext: true, timeoutSeconds: 5))
        let outcome = session.send([], from: "news@example.org", to: "reader@example.org>\r\nRCPT TO:<other@example.org")
        #expect(outcome == .rejected(code: 501, reply: "501 address contains a control character: not sent"))
        #expect(server.connectionCount == 0)
    }
}
