import Testing
@testable import GazetteKit

@Suite struct MessageMailboxTests {
    @Test func parsesTheThreeForms() throws {
        #expect(try Mailbox.parse("La Gazette <gazette@example.org>") == Mailbox(address: "gazette@example.org", displayName: "La Gazette"))
        #expect(try Mailbox.parse("\"Tremblay, Jr.\" <jr@example.org>") == Mailbox(address: "jr@example.org", displayName: "Tremblay, Jr."))
        #expect(try Mailbox.parse("\"Say \\\"hi\\\"\" <hi@example.org>") == Mailbox(address: "hi@example.org", displayName: "Say \"hi\""))
        #expect(try Mailbox.parse("  ana@example.net ") == Mailbox(address: "ana@example.net"))
        #expect(try Mailbox.parse("<ana@example.net>") == Mailbox(address: "ana@example.net"))
        #expect(try Mailbox.parse("Amélie Bélanger <amelie@example.org>").displayName == "Amélie Bélanger")
    }

    @Test(arguments: [
        "", "ana", "ana@", "@example.org", "a b@example.org", "Name <ana@example.org", "Name ana@example.org>",
        "Ana <ana@example.org>\r\nBcc: x@y", "Ana\n<ana@example.org>", "\"Unclosed <ana@example.org>",
        "\"Quoted\" extra <ana@example.org>", "Na\"me <ana@example.org>", "a@b.org, c@d.org", "josé@example.org",
        "ana@exa_mple.org", "ana@example..org",
    ])
    func refusesGarbage(text: String) {
        #expect(throws: MessageError.self) { try Mailbox.parse(text) }
    }

    @Test func domainIsTheLowercasedPartAfterTheLastAt() {
        #expect(Mailbox(address: "Gazette@Example.ORG").domain == "example.org")
        #expect(Mailbox(address: "no-at-sign").domain == "")
    }
}
