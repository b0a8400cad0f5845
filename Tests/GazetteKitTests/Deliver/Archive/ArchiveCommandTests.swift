import Foundation
import Testing
@testable import GazetteKit

@Suite(.serialized) struct ArchiveCommandTests {
    @Test(.enabled(if: UnsubscribeServerTests.ready, "needs the gazette executable, aiosmtpd and curl"))
    func sentIssuesBecomeAStaticSiteWithoutPersonalPartsServedUnderIssues() throws {
        let smtp = try TestSMTPServer.start()
        let fixture = try ListFixture(server: smtp.url)
        defer { fixture.remove() }
        try fixture.writeSubscribers()
        // Before any send there is nothing to archive.
        let empty = try fixture.gazette(["archive", "--config", fixture.configPath])
        #expect(empty.status == 0 && empty.output.contains("archive: 0 issues"), "\(empty.errors)")
        #expect(try fixture.send(server: smtp).status == 0)

        let made = try fixture.gazette(["archive", "--config", fixture.configPath])
        #expect(made.status == 0 && made.output.contains("archive: 1 issues"), "\(made.errors)")
        let site = fixture.outbox + "/archive"
        let token = UnsubscribeToken(key: ListFixture.unsubscribeKey).token(for: "fr@example.org")
        for edition in Edition.allCases {
            let html = try String(contentsOfFile: site + "/" + ArchiveLayout.editionPath(issue: fixture.issueID, edition: edition), encoding: .utf8)
            #expect(!html.contains(IssueEditions.unsubscribePlaceholder) && !html.contains("token=") && !html.contains(token))
            #expect(html.contains(edition == .en ? "href=\"../en/unsubscribe.html\"" : "href=\"../fr/unsubscribe.html\""))
            #expect(html.contains(ListFixture.postalLine))
        }
        let frIndex = try String(contentsOfFile: site + "/fr/index.html", encoding: .utf8)
        #expect(frIndex.contains("href=\"../\(fixture.issueID)/fr.html\"") && frIndex.contains("les numéros parus"))
        #expect(try String(contentsOfFile: site + "/en/unsubscribe.html", encoding: .utf8).contains(ListFixture.contact))

        // The feed is Atom that Python's XML parser reads, and links where the emails say the web copy is.
        let script = """
            import sys, json, xml.etree.ElementTree as ET
            ns = {'a': 'http://www.w3.org/2005/Atom'}
            root = ET.parse(sys.argv[1]).getroot()
            print(json.dumps([[e.find('a:title', ns).text, e.find('a:link', ns).get('href')] for e in root.findall('a:entry', ns)]))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", script, site + "/en/feed.xml"]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        let entries = try JSONSerialization.jsonObject(with: output) as? [[String]]
        let emailed = try ParsedMessage.parse([smtp.storeFolder]).first { $0.toAddress == "en@example.org" }!
        let expected = ArchiveLayout.editionURL(base: ListFixture.archiveURL, issue: fixture.issueID, edition: .en)!
        #expect(entries?.count == 1 && entries?.first?[1] == expected)
        #expect(emailed.parts[0].content.contains(expected))
        #expect(entries?.first?[0] == emailed.subject)

        // gazette serve serves the same under /issues/.
        let server = try ServeProcess(config: fixture.configPath, environment: ListFixture.environment)
        defer { _ = server.stop() }
        let page = try ServeProcess.curl([server.base + "/issues/\(fixture.issueID)/en.html"])
        #expect(page.status == 200 && page.body.contains(ListFixture.postalLine))
        #expect(try ServeProcess.curl([server.base + "/issues/fr/"]).body.contains("les numéros parus"))
        #expect(try ServeProcess.curl([server.base + "/issues/fr/feed.xml"]).status == 200)
    }
}
