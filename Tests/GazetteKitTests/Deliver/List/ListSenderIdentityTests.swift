import Foundation
import Testing
@testable import GazetteKit

/// Sender identity in every footer, the From name per edition, the postal-address refusal, `send --test`.
@Suite(.serialized) struct ListSenderIdentityTests {
    static let ready = GazetteProcess.executable != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    @Test(.enabled(if: ready, "needs the gazette executable and /usr/bin/python3 with aiosmtpd"))
    func everyEditionsFooterCarriesTheSenderInItsLanguage() throws {
        let server = try TestSMTPServer.start()
        let fixture = try ListFixture(server: server.url)
        defer { fixture.remove() }
        try fixture.writeSubscribers()
        let result = try fixture.send(server: server)
        #expect(result.status == 0, "\(result.errors)")

        let parsed = try ParsedMessage.parse([server.storeFolder])
        #expect(parsed.count == 3)
        let fr = ListFixture.names[.fr]!, en = ListFixture.names[.en]!
        for message in parsed {
            #expect(message.defects.isEmpty)
            let text = message.parts[0].content, html = message.parts[1].content
            for body in [text, html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&rsquo;", with: "’")] {
                #expect(body.contains(ListFixture.postalLine), "\(message.file): postal address")
                #expect(body.contains(ListFixture.contact), "\(message.file): contact")
            }
            let url = ArchiveLayout.editionURL(base: ListFixture.archiveURL, issue: fixture.issueID,
                                               edition: message.toAddress == "fr@example.org" ? .fr : message.toAddress == "en@example.org" ? .en : .bilingual)!
            #expect(text.contains(url) && html.contains(url), "\(message.file): link to the web archive")
            switch message.toAddress {
            case "fr@example.org":
                #expect(message.fromName == fr)
                #expect(text.contains("Envoyé par \(fr)") && text.contains("Contact : \(ListFixture.contact)"))
                #expect(text.contains("Vous recevez cette lettre") && text.contains("Se désabonner"))
                #expect(text.contains("Voir dans votre navigateur"))
                #expect(!text.contains(en) && !html.contains(en), "the French edition is not signed with the English name")
                #expect(html.contains("Envoyé par <strong>\(fr.htmlEscaped)</strong>"))
            case "en@example.org":
                #expect(message.fromName == en)
                #expect(text.contains("Sent by \(en)") && text.contains("Contact: \(ListFixture.contact)"))
                #expect(text.contains("You are receiving this letter") && text.contains("Unsubscribe"))
                #expect(text.contains("View in your browser"))
                #expect(!text.contains(fr) && !html.contains(fr.htmlEscaped), "the English edition is not signed with the French name")
                #expect(html.contains("Sent by <strong>\(en)</strong>"))
            default:
                #expect(message.fromName == "\(fr) / \(en)")
                #expect(text.contains("Envoyé par \(fr)") && text.contains("Sent by \(en)"))
                #expect(text.contains("Voir dans votre navigateur / View in your browser"))
            }
        }
    }

    @Test(.enabled(if: ready, "needs the gazette executable"))
    func aRealSendRefusesWithoutAPostalAddressAndTheDryRunWarns() throws {
        let server = try TestSMTPServer.start()
        let fixture = try ListFixture(postalAddress: false, server: server.url)
        defer { fixture.remove() }
        try fixture.writeSubscribers()
        let refused = try fixture.send(server: server)
        #expect(refused.status == 1)
        let lines = refused.errors.split(separator: "\n").filter { $0.contains("postal") }
        #expect(lines.count == 1 && lines[0].contains("delivery.sender.postal_address"), "\(refused.errors)")
        #expect(try server.messages().isEmpty)

        let dry = try fixture.gazette(["send", "--config", fixture.configPath, "--issue", fixture.issueFolder, "--dry-run"])
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.errors.contains("delivery.sender.postal_address"))

        let preview = try fixture.gazette(["preview", "--config", fixture.configPath, "--as-of", "2026-12-05", "--window", "60",
                                           packageRoot + "/Examples"])
        #expect(preview.status == 0)
        #expect(preview.errors.contains("warning: no postal address: set delivery.sender.postal_address"))
    }

    @Test(.enabled(if: ready, "needs the gazette executable"))
    func testSendGoesOutOncePerEditionAndLeavesTheLedgerAlone() throws {
        let server = try TestSMTPServer.start()
        let fixture = try ListFixture(server: server.url)
        defer { fixture.remove() }
        try fixture.writeSubscribers()
        let featured = try? Data(contentsOf: URL(fileURLWithPath: fixture.outbox + "/featured.json"))
        let result = try fixture.send(server: server, extra: ["--test", "organizer@example.org"])
        #expect(result.status == 0, "\(result.errors)")
        let messages = try server.messages()
        #expect(messages.count == 3)
        #expect(messages.allSatisfy { $0.recipients == ["organizer@example.org"] })
        let parsed = try ParsedMessage.parse([server.storeFolder])
        #expect(parsed.allSatisfy { $0.subject.hasPrefix("[TEST] ") })
        #expect(Set(parsed.map(\.fromName)) == [ListFixture.names[.fr]!, ListFixture.names[.en]!, "\(ListFixture.names[.fr]!) / \(ListFixture.names[.en]!)"])
        #expect(!FileManager.default.fileExists(atPath: fixture.outbox + "/ledger.sqlite"), "no ledger row was written")
        #expect((try? Data(contentsOf: URL(fileURLWithPath: fixture.outbox + "/featured.json"))) == featured)
    }

    @Test(.enabled(if: ready, "needs the gazette executable"))
    func verpEnvelopeSenderNamesEachSubscriber() throws {
        let server = try TestSMTPServer.start()
        let fixture = try ListFixture(bounceAddress: "bounces+{token}@example.org", server: server.url)
        defer { fixture.remove() }
        let addresses = try fixture.writeSubscribers()
        #expect(try fixture.send(server: server).status == 0)
        let tokens = UnsubscribeToken(key: ListFixture.unsubscribeKey)
        let messages = try server.messages()
        #expect(messages.count == addresses.count)
        for message in messages {
            let local = message.mailFrom.split(separator: "@")[0]
            #expect(local.hasPrefix("bounces+"))
            #expect(tokens.address(in: String(local.dropFirst("bounces+".count))) == message.recipients[0])
        }
    }
}

/// Suppressions from a 5xx and by hand, through the CLI.
@Suite(.serialized) struct ListSuppressionCommandTests {
    @Test(.enabled(if: ListSenderIdentityTests.ready, "needs the gazette executable and aiosmtpd"))
    func a550ToRCPTSuppressesAndTheCommandListsAddsAndRemoves() throws {
        let server = try TestSMTPServer.start(options: ["--reply", "gone@example.org=550", "--reply", "full@example.org=552"])
        let fixture = try ListFixture(server: server.url)
        defer { fixture.remove() }
        try fixture.writeSubscribers(more: ["gone@example.org", "full@example.org"])
        let sent = try fixture.send(server: server)
        #expect(sent.status == 4, "\(sent.errors)")
        let list = try fixture.gazette(["suppressions", "--config", fixture.configPath, "--format", "csv"])
        #expect(list.status == 0)
        let rows = list.output.split(separator: "\n")
        #expect(rows.first == "address,time,how,issue,detail")
        #expect(rows.count == 2, "only the 550: a full mailbox is not a dead address: \(list.output)")
        #expect(rows.last?.hasPrefix("gone@example.org,") == true && rows.last?.contains(",bounce,\(fixture.issueID),") == true)

        #expect(try fixture.gazette(["suppressions", "add", "--config", fixture.configPath, "Fr@Example.org"]).status == 0)
        let dry = try fixture.gazette(["send", "--config", fixture.configPath, "--issue", fixture.issueFolder, "--dry-run", "--all"])
        #expect(dry.status == 0, "\(dry.errors)")
        let summary = try String(contentsOfFile: fixture.issueFolder + "/dry-run/summary.txt", encoding: .utf8)
        #expect(!summary.contains("fr@example.org") && !summary.contains("gone@example.org"), "suppressed left out of the dry run: \(summary)")
        let text = try fixture.gazette(["suppressions", "--config", fixture.configPath])
        #expect(text.output.contains("fr@example.org") && text.output.contains("by-hand") && text.output.contains("2 suppressed"))
        #expect(try fixture.gazette(["suppressions", "remove", "--config", fixture.configPath, "fr@example.org"]).status == 0)
        let removedAgain = try fixture.gazette(["suppressions", "remove", "--config", fixture.configPath, "fr@example.org"])
        #expect(removedAgain.status == 1 && removedAgain.errors.contains("not suppressed"))
        #expect(try fixture.gazette(["suppressions", "add", "--config", fixture.configPath, "not an address"]).status == 1)
    }
}
