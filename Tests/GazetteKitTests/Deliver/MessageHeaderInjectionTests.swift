import Foundation
import Testing
@testable import GazetteKit

/// No value may start a header line of its own: free text is flattened, identifiers throw.
@Suite struct MessageHeaderInjectionTests {
    static func throwsNaming(_ field: String, _ change: (inout OutgoingMessage) -> Void) -> Bool {
        var message = sampleMessage()
        change(&message)
        do {
            _ = try MIMEWriter.bytes(of: message)
            return false
        } catch let error as MessageError {
            return error.message.contains(field)
        } catch {
            return false
        }
    }

    @Test(.enabled(if: MessageOracle.available, "python3 is absent"))
    func lineBreaksInSubjectAndNamesBecomeSpaces() throws {
        var message = sampleMessage(subject: "Hello\r\nBcc: victim@example.org")
        message.to = Mailbox(address: "ana@example.net", displayName: "Eve\nBcc: x@y")
        message.from = Mailbox(address: "gazette@example.org", displayName: "Gazette\r\n\r\nX-Injected: 1\u{0}\u{85}\u{2028}")
        let bytes = try MIMEWriter.bytes(of: message)
        let parsed = try MessageOracle.parse(bytes)
        let names = parsed.headerNames().map { $0.lowercased() }
        #expect(!names.contains("bcc"))
        #expect(!names.contains("x-injected"))
        #expect(parsed.header("Subject") == "Hello Bcc: victim@example.org")
        #expect(parsed.addresses["To"] == [.init(displayName: "Eve Bcc: x@y", addrSpec: "ana@example.net")])
        #expect(parsed.addresses["From"]?.first?.displayName == "Gazette X-Injected: 1")
        #expect(crlfLines(bytes).bareLineEnds == 0)
    }

    @Test func breakingIdentifiersThrowNamingTheField() {
        #expect(Self.throwsNaming("unsubscribe URL") { $0.unsubscribeURL = "https://example.org/u?t=1\r\nBcc: victim@example.org" })
        #expect(Self.throwsNaming("unsubscribe URL") { $0.unsubscribeURL = "https://example.org/u?t=1>, <https://evil.example" })
        #expect(Self.throwsNaming("unsubscribe URL") { $0.unsubscribeURL = "https://example.org/u?a=1,2" })
        #expect(Self.throwsNaming("unsubscribe URL") { $0.unsubscribeURL = "https://example.org/u t" })
        #expect(Self.throwsNaming("unsubscribe URL") { $0.unsubscribeURL = "https://example.org/désabonnement" })
        #expect(Self.throwsNaming("unsubscribe URL") { $0.unsubscribeURL = "http://example.org/u" })
        #expect(Self.throwsNaming("unsubscribe mailto") { $0.unsubscribeMailto = "u@example.org\nBcc: x@y" })
        #expect(Self.throwsNaming("To address") { $0.to = Mailbox(address: "ana@example.net\r\nBcc: x@y") })
        #expect(Self.throwsNaming("From address") { $0.from = Mailbox(address: "a b@example.org") })
        #expect(Self.throwsNaming("Reply-To address") { $0.replyTo = Mailbox(address: "a@example.org>, <b@example.org") })
        #expect(Self.throwsNaming("Message-ID") { $0.messageID = "<a@b>\r\nBcc: x@y" })
        #expect(Self.throwsNaming("Message-ID") { $0.messageID = "a@b" })
        #expect(Self.throwsNaming("List-Id") { $0.listID = "Gazette <gazette.example.org>\nBcc: x@y" })
        #expect(Self.throwsNaming("List-Id") { $0.listID = "Gazette <not an id>" })
        #expect(Self.throwsNaming("Content-Language") { $0.contentLanguage = "fr\r\nBcc: x@y" })
    }

    @Test func nonASCIIAddressesAreRefusedForLackOfSMTPUTF8() {
        #expect(Self.throwsNaming("SMTPUTF8") { $0.to = Mailbox(address: "josé@example.net") })
        #expect(Self.throwsNaming("SMTPUTF8") { $0.to = Mailbox(address: "jose@exemple-café.fr") })
    }

    @Test func unfoldableHeaderPast998OctetsThrows() {
        let long = "https://example.org/unsubscribe?token=" + String(repeating: "a", count: 960)
        #expect(Self.throwsNaming("List-Unsubscribe") { $0.unsubscribeURL = long })
        // Just under the limit it stays on one line.
        var message = sampleMessage()
        message.unsubscribeMailto = nil
        message.unsubscribeURL = "https://example.org/u?t=" + String(repeating: "a", count: 998 - "List-Unsubscribe: <https://example.org/u?t=>".count)
        let lines = (try? MIMEWriter.bytes(of: message)).map { crlfLines($0).lines } ?? []
        #expect(lines.contains { $0.count == 998 && $0.starts(with: Array("List-Unsubscribe: <".utf8)) })
    }
}
